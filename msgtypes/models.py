"""Models API objects."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Literal

import msgspec

from ._base import ResponseStruct
from .batches import Page


class CapabilitySupport(ResponseStruct):
    """Whether the model supports one feature."""

    supported: bool = False


_NO = CapabilitySupport


class ThinkingTypes(ResponseStruct):
    """Which ``thinking`` modes the model accepts."""

    adaptive: CapabilitySupport = msgspec.field(default_factory=_NO)
    between_tools: CapabilitySupport = msgspec.field(default_factory=_NO)
    disabled: CapabilitySupport = msgspec.field(default_factory=_NO)
    enabled: CapabilitySupport = msgspec.field(default_factory=_NO)


class ThinkingCapability(ResponseStruct):
    """Thinking support and its modes."""

    supported: bool = False
    types: ThinkingTypes = msgspec.field(default_factory=ThinkingTypes)


class EffortCapability(ResponseStruct):
    """``output_config.effort`` support, level by level."""

    supported: bool = False
    low: CapabilitySupport = msgspec.field(default_factory=_NO)
    medium: CapabilitySupport = msgspec.field(default_factory=_NO)
    high: CapabilitySupport = msgspec.field(default_factory=_NO)
    max: CapabilitySupport = msgspec.field(default_factory=_NO)
    xhigh: CapabilitySupport | None = None


class ContextManagementCapability(ResponseStruct):
    """Which context-management edits the model supports."""

    supported: bool = False
    clear_thinking_20251015: CapabilitySupport | None = None
    clear_tool_uses_20250919: CapabilitySupport | None = None
    compact_20260112: CapabilitySupport | None = None


class CompactionCapability(ResponseStruct):
    """Server-side compaction support."""

    supported: bool = False
    summarize: CapabilitySupport = msgspec.field(default_factory=_NO)


class ServerToolsCapability(ResponseStruct):
    """Which server tools the model can use."""

    supported: bool = False
    code_execution: CapabilitySupport = msgspec.field(default_factory=_NO)
    web_search: CapabilitySupport = msgspec.field(default_factory=_NO)


class ModelCapabilities(ResponseStruct):
    """What the model supports, feature by feature (as the Models API reports it)."""

    batch: CapabilitySupport = msgspec.field(default_factory=_NO)
    citations: CapabilitySupport = msgspec.field(default_factory=_NO)
    code_execution: CapabilitySupport = msgspec.field(default_factory=_NO)
    compaction: CompactionCapability | None = None
    context_management: ContextManagementCapability = msgspec.field(
        default_factory=ContextManagementCapability
    )
    effort: EffortCapability = msgspec.field(default_factory=EffortCapability)
    image_input: CapabilitySupport = msgspec.field(default_factory=_NO)
    pdf_input: CapabilitySupport = msgspec.field(default_factory=_NO)
    server_tools: ServerToolsCapability = msgspec.field(default_factory=ServerToolsCapability)
    structured_outputs: CapabilitySupport = msgspec.field(default_factory=_NO)
    thinking: ThinkingCapability = msgspec.field(default_factory=ThinkingCapability)


ModelLine = Literal["haiku", "sonnet", "opus", "fable", "mythos"]
ModelLifecycle = Literal["active", "deprecated", "retired"]


class ModelInfo(ResponseStruct, tag_field="type", tag="model"):
    """A model the API serves: its id, lifecycle, limits and capabilities.

    Fields newer than the seeds' API default to None (``lifecycle`` to ``"active"``), so an
    older or minimal model object still decodes.
    """

    type: ClassVar[Literal["model"]] = "model"
    id: str
    created_at: datetime
    display_name: str
    allowed_fallback_models: list[str] | None = None
    capabilities: ModelCapabilities | None = None
    deprecated_at: datetime | None = None
    lifecycle: ModelLifecycle = "active"
    line: ModelLine | None = None
    max_input_tokens: int | None = None
    max_tokens: int | None = None
    retires_at: datetime | None = None


ModelListPage = Page[ModelInfo]
