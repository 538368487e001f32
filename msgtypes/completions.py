"""The legacy Text Completions API (``POST /v1/complete``)."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from msgspec import UNSET, Meta, UnsetType

from ._base import RequestStruct, ResponseStruct
from .messages import Metadata, Model


class CompletionCreateParams(RequestStruct):
    """Body of ``POST /v1/complete``: a prompt of alternating Human/Assistant turns."""

    max_tokens_to_sample: Annotated[int, Meta(ge=1)]
    model: Model
    prompt: Annotated[str, Meta(min_length=1)]
    metadata: Metadata | UnsetType = UNSET
    stop_sequences: list[str] | UnsetType = UNSET
    stream: bool | UnsetType = UNSET
    temperature: Annotated[float, Meta(ge=0.0, le=1.0)] | UnsetType = UNSET
    top_k: Annotated[int, Meta(ge=0)] | UnsetType = UNSET
    top_p: Annotated[float, Meta(ge=0.0, le=1.0)] | UnsetType = UNSET


class Completion(ResponseStruct, tag_field="type", tag="completion"):
    """A legacy completion."""

    type: ClassVar[Literal["completion"]] = "completion"
    id: str
    completion: str
    model: str
    stop_reason: str | None = None
