"""Small request pieces that blocks and tool definitions both use (kept apart to avoid a cycle)."""

from __future__ import annotations

from typing import ClassVar, Literal

from msgspec import UNSET, UnsetType

from ._base import RequestStruct

__all__ = ["CacheControlEphemeral", "CitationsConfigParam"]


class CacheControlEphemeral(RequestStruct, tag_field="type", tag="ephemeral"):
    """A prompt-cache breakpoint at this block; ``ttl`` is ``"5m"`` (default) or ``"1h"``."""

    type: ClassVar[Literal["ephemeral"]] = "ephemeral"
    ttl: Literal["5m", "1h"] | UnsetType = UNSET


class CitationsConfigParam(RequestStruct):
    """Whether the model may cite this document."""

    enabled: bool | UnsetType = UNSET
