"""Models API objects."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Literal

from ._base import ResponseStruct
from .batches import Page


class ModelInfo(ResponseStruct, tag_field="type", tag="model"):
    """A model the API serves."""

    type: ClassVar[Literal["model"]] = "model"
    id: str
    created_at: datetime
    display_name: str


ModelListPage = Page[ModelInfo]
