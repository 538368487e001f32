"""Messages create and count_tokens parameters, and the Message the API returns."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, Union

from msgspec import UNSET, Meta, UnsetType

from ._base import RequestStruct, ResponseStruct, Unknown
from .content import ContentBlock, ContentBlockParam, TextBlockParam, to_param
from .tools import ToolChoice, ToolUnion

Model = Annotated[
    str,
    Meta(
        min_length=1,
        description="Model id or alias, e.g. claude-sonnet-4-5-20250929 or claude-opus-4-5.",
    ),
]
KnownModel = Literal[
    "claude-opus-4-5-20251101",
    "claude-opus-4-5",
    "claude-3-7-sonnet-latest",
    "claude-3-7-sonnet-20250219",
    "claude-3-5-haiku-latest",
    "claude-3-5-haiku-20241022",
    "claude-haiku-4-5",
    "claude-haiku-4-5-20251001",
    "claude-sonnet-4-20250514",
    "claude-sonnet-4-0",
    "claude-4-sonnet-20250514",
    "claude-sonnet-4-5",
    "claude-sonnet-4-5-20250929",
    "claude-opus-4-0",
    "claude-opus-4-20250514",
    "claude-4-opus-20250514",
    "claude-opus-4-1-20250805",
    "claude-3-opus-latest",
    "claude-3-opus-20240229",
    "claude-3-haiku-20240307",
]
StopReason = Literal[
    "end_turn",
    "max_tokens",
    "stop_sequence",
    "tool_use",
    "pause_turn",
    "refusal",
    "model_context_window_exceeded",
]
StopSequence = Annotated[
    str, Meta(pattern=r"\S", description="Must contain a non-whitespace character.")
]

# --------------------------------------------------------------------------- request pieces


class MessageParam(RequestStruct):
    """One conversation turn: a role and its content (a string is one text block)."""

    role: Literal["user", "assistant"]
    content: str | list[ContentBlockParam]


class Metadata(RequestStruct):
    """Request metadata: an opaque id of the end user (no names or emails)."""

    user_id: Annotated[str, Meta(max_length=256)] | None | UnsetType = UNSET


ThinkingDisplay = Literal["summarized", "omitted"]


class ThinkingConfigEnabled(RequestStruct, tag_field="type", tag="enabled"):
    """Extended thinking on, with a token budget (>= 1024, below ``max_tokens``).

    Deprecated on the Claude 4.6 models and rejected from Claude 4.7 on: use adaptive thinking.
    """

    type: ClassVar[Literal["enabled"]] = "enabled"
    budget_tokens: Annotated[int, Meta(ge=1024)]
    display: ThinkingDisplay | UnsetType = UNSET


class ThinkingConfigAdaptive(RequestStruct, tag_field="type", tag="adaptive"):
    """Adaptive thinking (Claude 4.6 and later): the model decides how much to think; steer it
    with ``output_config.effort``. Newer than the seeds' API version."""

    type: ClassVar[Literal["adaptive"]] = "adaptive"
    display: ThinkingDisplay | UnsetType = UNSET


class ThinkingConfigDisabled(RequestStruct, tag_field="type", tag="disabled"):
    """Extended thinking off."""

    type: ClassVar[Literal["disabled"]] = "disabled"


ThinkingConfig = Union[ThinkingConfigEnabled, ThinkingConfigAdaptive, ThinkingConfigDisabled]


class SkillParams(RequestStruct):
    """An Agent Skill to load into the container (beta ``skills-2025-10-02``)."""

    skill_id: Annotated[str, Meta(min_length=1)]
    type: Literal["anthropic", "custom"]
    version: str | UnsetType = UNSET


class ContainerParams(RequestStruct):
    """The code-execution container to reuse, and the skills to load into it."""

    id: str | None | UnsetType = UNSET
    skills: list[SkillParams] | None | UnsetType = UNSET


class InputTokensClearAtLeast(RequestStruct, tag_field="type", tag="input_tokens"):
    """Clear only when at least this many input tokens can be removed."""

    type: ClassVar[Literal["input_tokens"]] = "input_tokens"
    value: Annotated[int, Meta(ge=0)]


class ToolUsesKeep(RequestStruct, tag_field="type", tag="tool_uses"):
    """How many of the most recent tool uses to keep."""

    type: ClassVar[Literal["tool_uses"]] = "tool_uses"
    value: Annotated[int, Meta(ge=0)]


class InputTokensTrigger(RequestStruct, tag_field="type", tag="input_tokens"):
    """Apply the edit once the prompt exceeds this many input tokens."""

    type: ClassVar[Literal["input_tokens"]] = "input_tokens"
    value: Annotated[int, Meta(ge=1)]


class ToolUsesTrigger(RequestStruct, tag_field="type", tag="tool_uses"):
    """Apply the edit once the conversation has this many tool uses."""

    type: ClassVar[Literal["tool_uses"]] = "tool_uses"
    value: Annotated[int, Meta(ge=1)]


class ClearToolUses20250919Edit(RequestStruct, tag_field="type", tag="clear_tool_uses_20250919"):
    """Clear old tool results (and optionally inputs) from the context."""

    type: ClassVar[Literal["clear_tool_uses_20250919"]] = "clear_tool_uses_20250919"
    clear_at_least: InputTokensClearAtLeast | None | UnsetType = UNSET
    clear_tool_inputs: bool | list[str] | None | UnsetType = UNSET
    exclude_tools: list[str] | None | UnsetType = UNSET
    keep: ToolUsesKeep | UnsetType = UNSET
    trigger: InputTokensTrigger | ToolUsesTrigger | UnsetType = UNSET


class ThinkingTurns(RequestStruct, tag_field="type", tag="thinking_turns"):
    """Keep thinking blocks of this many recent assistant turns."""

    type: ClassVar[Literal["thinking_turns"]] = "thinking_turns"
    value: Annotated[int, Meta(ge=0)]


class AllThinkingTurns(RequestStruct, tag_field="type", tag="all"):
    """Keep thinking blocks of every turn."""

    type: ClassVar[Literal["all"]] = "all"


class ClearThinking20251015Edit(RequestStruct, tag_field="type", tag="clear_thinking_20251015"):
    """Clear thinking blocks of older assistant turns from the context."""

    type: ClassVar[Literal["clear_thinking_20251015"]] = "clear_thinking_20251015"
    keep: ThinkingTurns | AllThinkingTurns | Literal["all"] | UnsetType = UNSET


ContextManagementEdit = Union[ClearToolUses20250919Edit, ClearThinking20251015Edit]


class ContextManagementConfig(RequestStruct):
    """Context edits the API applies before the model sees the prompt (beta)."""

    edits: list[ContextManagementEdit] | UnsetType = UNSET


class RequestMCPServerToolConfiguration(RequestStruct):
    """Which tools of an MCP server are enabled (``mcp-client-2025-04-04`` style)."""

    allowed_tools: list[str] | None | UnsetType = UNSET
    enabled: bool | None | UnsetType = UNSET


class RequestMCPServerURLDefinition(RequestStruct, tag_field="type", tag="url"):
    """A remote MCP server the API connects to (beta ``mcp-client-2025-11-20``)."""

    type: ClassVar[Literal["url"]] = "url"
    name: Annotated[str, Meta(min_length=1)]
    url: Annotated[str, Meta(description="The server's URL (the docs require https://).")]
    authorization_token: str | None | UnsetType = UNSET
    tool_configuration: RequestMCPServerToolConfiguration | None | UnsetType = UNSET


class OutputConfig(RequestStruct):
    """Output settings, e.g. ``effort`` (beta ``effort-2025-11-24``)."""

    effort: Literal["low", "medium", "high"] | None | UnsetType = UNSET


class JSONOutputFormat(RequestStruct, tag_field="type", tag="json_schema"):
    """Structured output: the reply is JSON matching ``schema``."""

    type: ClassVar[Literal["json_schema"]] = "json_schema"
    schema: dict[str, Any]


# --------------------------------------------------------------------------- request bodies


class MessageCountTokensParams(RequestStruct):
    """Body of ``POST /v1/messages/count_tokens``."""

    messages: Annotated[list[MessageParam], Meta(min_length=1, max_length=100_000)]
    model: Model
    context_management: ContextManagementConfig | None | UnsetType = UNSET
    mcp_servers: list[RequestMCPServerURLDefinition] | UnsetType = UNSET
    output_config: OutputConfig | UnsetType = UNSET
    output_format: JSONOutputFormat | None | UnsetType = UNSET
    system: str | list[TextBlockParam] | UnsetType = UNSET
    thinking: ThinkingConfig | UnsetType = UNSET
    tool_choice: ToolChoice | UnsetType = UNSET
    tools: list[ToolUnion] | UnsetType = UNSET


class MessageCreateParams(RequestStruct):
    """Body of ``POST /v1/messages``: stable and beta fields together."""

    max_tokens: Annotated[int, Meta(ge=1)]
    messages: Annotated[list[MessageParam], Meta(min_length=1, max_length=100_000)]
    model: Model
    container: ContainerParams | str | None | UnsetType = UNSET
    context_management: ContextManagementConfig | None | UnsetType = UNSET
    mcp_servers: list[RequestMCPServerURLDefinition] | UnsetType = UNSET
    metadata: Metadata | UnsetType = UNSET
    output_config: OutputConfig | UnsetType = UNSET
    output_format: JSONOutputFormat | None | UnsetType = UNSET
    service_tier: Literal["auto", "standard_only"] | UnsetType = UNSET
    stop_sequences: list[StopSequence] | UnsetType = UNSET
    stream: bool | UnsetType = UNSET
    system: str | list[TextBlockParam] | UnsetType = UNSET
    temperature: Annotated[float, Meta(ge=0.0, le=1.0)] | UnsetType = UNSET
    thinking: ThinkingConfig | UnsetType = UNSET
    tool_choice: ToolChoice | UnsetType = UNSET
    tools: list[ToolUnion] | UnsetType = UNSET
    top_k: Annotated[int, Meta(ge=0)] | UnsetType = UNSET
    top_p: Annotated[float, Meta(ge=0.0, le=1.0)] | UnsetType = UNSET


# =========================================================================== response side


class CacheCreation(ResponseStruct):
    """Input tokens written to the cache, by time-to-live."""

    ephemeral_1h_input_tokens: int = 0
    ephemeral_5m_input_tokens: int = 0


class ServerToolUsage(ResponseStruct):
    """How many server tool requests the turn made."""

    web_search_requests: int = 0
    web_fetch_requests: int = 0


class Usage(ResponseStruct):
    """Billing and rate-limit token counts of a Message."""

    input_tokens: int
    output_tokens: int
    cache_creation: CacheCreation | None = None
    cache_creation_input_tokens: int | None = None
    cache_read_input_tokens: int | None = None
    server_tool_use: ServerToolUsage | None = None
    service_tier: Literal["standard", "priority", "batch"] | None = None


class Skill(ResponseStruct):
    """A skill loaded in the container."""

    skill_id: str
    type: Literal["anthropic", "custom"]
    version: str


class Container(ResponseStruct):
    """The code-execution container the request used (reuse it by id)."""

    id: str
    expires_at: datetime
    skills: list[Skill] | None = None


class ClearToolUses20250919EditResponse(
    ResponseStruct, tag_field="type", tag="clear_tool_uses_20250919"
):
    """What a clear-tool-uses edit removed."""

    type: ClassVar[Literal["clear_tool_uses_20250919"]] = "clear_tool_uses_20250919"
    cleared_input_tokens: int
    cleared_tool_uses: int


class ClearThinking20251015EditResponse(
    ResponseStruct, tag_field="type", tag="clear_thinking_20251015"
):
    """What a clear-thinking edit removed."""

    type: ClassVar[Literal["clear_thinking_20251015"]] = "clear_thinking_20251015"
    cleared_input_tokens: int
    cleared_thinking_turns: int


_AppliedEditMembers = Union[ClearToolUses20250919EditResponse, ClearThinking20251015EditResponse]
if TYPE_CHECKING:  # the type checker also sees Unknown: a type newer than this version
    AppliedEdit = Union[_AppliedEditMembers, Unknown]
else:
    AppliedEdit = _AppliedEditMembers


class ContextManagementResponse(ResponseStruct):
    """The context edits the API applied to this request."""

    applied_edits: list[AppliedEdit]


class Message(ResponseStruct, tag_field="type", tag="message"):
    """The model's reply: content blocks, why it stopped, and token usage."""

    type: ClassVar[Literal["message"]] = "message"
    id: str
    content: list[ContentBlock]
    model: str
    role: Literal["assistant"]
    stop_reason: StopReason | None
    stop_sequence: str | None
    usage: Usage
    container: Container | None = None
    context_management: ContextManagementResponse | None = None

    def to_param(self) -> MessageParam:
        """This reply as the assistant turn of the next request, every block kept."""
        return MessageParam(role="assistant", content=[to_param(block) for block in self.content])


class CountTokensContextManagementResponse(ResponseStruct):
    """Input tokens before context edits were applied."""

    original_input_tokens: int


class MessageTokensCount(ResponseStruct):
    """Result of count_tokens."""

    input_tokens: int
    context_management: CountTokensContextManagementResponse | None = None
