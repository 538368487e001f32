"""Messages create and count_tokens parameters, and the Message the API returns."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, Union

from msgspec import UNSET, Meta, UnsetType

from ._base import RequestStruct, ResponseStruct, Unknown
from ._common import CacheControlEphemeral
from .content import ContentBlock, ContentBlockParam, RefusalCategory, TextBlockParam, to_param
from .tools import ToolChoice, ToolUnion

Model = Annotated[
    str,
    Meta(
        min_length=1,
        description="Model id or alias, e.g. claude-sonnet-4-5-20250929 or claude-opus-4-5.",
    ),
]
KnownModel = Literal[
    "claude-fable-5-2",
    "claude-mythos-5-2",
    "claude-haiku-5-5",
    "claude-sonnet-5-5",
    "claude-fable-5-1",
    "claude-opus-5-5",
    "claude-mythos-5-1",
    "claude-sonnet-5",
    "claude-fable-5",
    "claude-mythos-5",
    "claude-opus-5",
    "claude-opus-4-8",
    "claude-opus-4-7",
    "claude-mythos-preview",
    "claude-opus-4-6",
    "claude-sonnet-4-6",
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
    "compaction",
    "refusal",
    "model_context_window_exceeded",
]
StopSequence = Annotated[
    str, Meta(pattern=r"\S", description="Must contain a non-whitespace character.")
]

# --------------------------------------------------------------------------- request pieces


Effort = Literal["low", "medium", "high", "xhigh", "max"]


class SystemMessageOutputConfig(RequestStruct):
    """Output settings a ``system`` turn changes for the rest of the conversation."""

    effort: Effort | None | UnsetType = UNSET


class MessageParam(RequestStruct):
    """One conversation turn: a role and its content (a string is one text block).

    ``system`` turns (newer than the seeds' API) carry instructions mid-conversation: text and
    tool additions/removals, with ``clear_at`` and ``output_config``, which only they may set.
    """

    role: Literal["user", "assistant", "system"]
    content: str | list[ContentBlockParam]
    clear_at: Literal["next_user_message", "never"] | None | UnsetType = UNSET
    output_config: SystemMessageOutputConfig | None | UnsetType = UNSET


class Metadata(RequestStruct):
    """Request metadata: an opaque id of the end user (no names or emails)."""

    user_id: Annotated[str, Meta(max_length=256)] | None | UnsetType = UNSET


ThinkingDisplay = Literal["summarized", "omitted", "updates"]


ThinkingPrefixMismatchBehavior = Literal["error", "drop_block"]


class ThinkingBlockBinding(RequestStruct):
    """What happens to a thinking block sent back with a prefix that no longer matches."""

    prefix_mismatch_behavior: ThinkingPrefixMismatchBehavior | None | UnsetType = UNSET


class ThinkingConfigEnabled(RequestStruct, tag_field="type", tag="enabled"):
    """Extended thinking on, with a token budget (>= 1024, below ``max_tokens``).

    Deprecated on the Claude 4.6 models and rejected from Claude 4.7 on: use adaptive thinking.
    """

    type: ClassVar[Literal["enabled"]] = "enabled"
    budget_tokens: Annotated[int, Meta(ge=1024)]
    block_binding: ThinkingBlockBinding | None | UnsetType = UNSET
    display: ThinkingDisplay | None | UnsetType = UNSET


class ThinkingConfigAdaptive(RequestStruct, tag_field="type", tag="adaptive"):
    """Adaptive thinking (Claude 4.6 and later): the model decides how much to think; steer it
    with ``output_config.effort``. Newer than the seeds' API version."""

    type: ClassVar[Literal["adaptive"]] = "adaptive"
    block_binding: ThinkingBlockBinding | None | UnsetType = UNSET
    display: ThinkingDisplay | None | UnsetType = UNSET


class ThinkingConfigDisabled(RequestStruct, tag_field="type", tag="disabled"):
    """Extended thinking off."""

    type: ClassVar[Literal["disabled"]] = "disabled"


class ThinkingConfigBetweenTools(RequestStruct, tag_field="type", tag="between_tools"):
    """Thinking only between tool calls, not before the first reply text."""

    type: ClassVar[Literal["between_tools"]] = "between_tools"


ThinkingConfig = Union[
    ThinkingConfigEnabled,
    ThinkingConfigAdaptive,
    ThinkingConfigDisabled,
    ThinkingConfigBetweenTools,
]


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


class Compact20260112Edit(RequestStruct, tag_field="type", tag="compact_20260112"):
    """Summarise the earlier conversation into a compaction block once it gets long."""

    type: ClassVar[Literal["compact_20260112"]] = "compact_20260112"
    instructions: str | None | UnsetType = UNSET
    pause_after_compaction: bool | UnsetType = UNSET
    trigger: InputTokensTrigger | None | UnsetType = UNSET


ContextManagementEdit = Union[
    ClearToolUses20250919Edit, ClearThinking20251015Edit, Compact20260112Edit
]


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


class JSONOutputFormat(RequestStruct, tag_field="type", tag="json_schema"):
    """Structured output: the reply is JSON matching ``schema``."""

    type: ClassVar[Literal["json_schema"]] = "json_schema"
    schema: dict[str, Any]


class TokenTaskBudget(RequestStruct, tag_field="type", tag="tokens"):
    """A token budget for a whole agentic task (across turns); ``remaining`` carries it on."""

    type: ClassVar[Literal["tokens"]] = "tokens"
    total: Annotated[int, Meta(ge=1)]
    remaining: Annotated[int, Meta(ge=0)] | None | UnsetType = UNSET


class OutputConfig(RequestStruct):
    """Output settings: ``effort``, the structured ``format`` and a task budget."""

    effort: Effort | None | UnsetType = UNSET
    format: JSONOutputFormat | None | UnsetType = UNSET
    task_budget: TokenTaskBudget | None | UnsetType = UNSET


BillTo = Literal["self", "user_profile"]


class BillingPolicy(RequestStruct, tag_field="type", tag="billing_policy"):
    """Which organisation pays for the request (yours, or the attributed user profile's)."""

    type: ClassVar[Literal["billing_policy"]] = "billing_policy"
    bill_to: BillTo | UnsetType = UNSET


class CompactionConfig(RequestStruct, tag_field="type", tag="summarize"):
    """Server-side compaction settings: summarise with optional custom ``instructions``."""

    type: ClassVar[Literal["summarize"]] = "summarize"
    instructions: str | None | UnsetType = UNSET


class DiagnosticsParam(RequestStruct):
    """Ask the API to explain prompt-cache misses against an earlier message."""

    previous_message_id: str | None | UnsetType = UNSET


class FallbackCreditTokenParam(RequestStruct):
    """A refusal's fallback credit token, redeemed on the retry."""

    token: str
    mode: Literal["strict", "best_effort"] | UnsetType = UNSET


Speed = Literal["standard", "fast"]


class FallbackParam(RequestStruct):
    """A model to retry with when the requested one refuses, and its own settings."""

    model: Model
    max_tokens: Annotated[int, Meta(ge=1)] | None | UnsetType = UNSET
    output_config: OutputConfig | None | UnsetType = UNSET
    speed: Speed | None | UnsetType = UNSET
    thinking: ThinkingConfig | None | UnsetType = UNSET


class ThreadCreateParams(RequestStruct, tag_field="type", tag="create"):
    """Start a server-side thread: the API keeps this conversation for later requests."""

    type: ClassVar[Literal["create"]] = "create"


class ThreadContinueParams(RequestStruct, tag_field="type", tag="continue"):
    """Continue the server-side thread of an earlier message."""

    type: ClassVar[Literal["continue"]] = "continue"
    previous_message_id: str


ThreadParams = Union[ThreadCreateParams, ThreadContinueParams]


# --------------------------------------------------------------------------- request bodies


class MessageCountTokensParams(RequestStruct):
    """Body of ``POST /v1/messages/count_tokens``."""

    messages: Annotated[list[MessageParam], Meta(min_length=1, max_length=100_000)]
    model: Model
    billing_policy: BillingPolicy | None | UnsetType = UNSET
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET
    compaction: CompactionConfig | None | UnsetType = UNSET
    context_management: ContextManagementConfig | None | UnsetType = UNSET
    mcp_servers: list[RequestMCPServerURLDefinition] | UnsetType = UNSET
    output_config: OutputConfig | UnsetType = UNSET
    output_format: JSONOutputFormat | None | UnsetType = UNSET
    speed: Speed | None | UnsetType = UNSET
    system: str | list[TextBlockParam] | UnsetType = UNSET
    thinking: ThinkingConfig | UnsetType = UNSET
    tool_choice: ToolChoice | UnsetType = UNSET
    tools: list[ToolUnion] | UnsetType = UNSET


class MessageCreateParams(RequestStruct):
    """Body of ``POST /v1/messages``: stable and beta fields of every API version together.

    ``temperature``, ``top_k`` and ``top_p`` are accepted on API version 2023-06-01 only
    (see :mod:`msgtypes.versions`); ``max_tokens`` 0 only warms the prompt cache.
    """

    max_tokens: Annotated[int, Meta(ge=0)]
    messages: Annotated[list[MessageParam], Meta(min_length=1, max_length=100_000)]
    model: Model
    billing_policy: BillingPolicy | None | UnsetType = UNSET
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET
    compaction: CompactionConfig | None | UnsetType = UNSET
    container: ContainerParams | str | None | UnsetType = UNSET
    context_management: ContextManagementConfig | None | UnsetType = UNSET
    diagnostics: DiagnosticsParam | None | UnsetType = UNSET
    fallback_credit_token: str | FallbackCreditTokenParam | None | UnsetType = UNSET
    fallbacks: list[FallbackParam] | Literal["default"] | None | UnsetType = UNSET
    inference_geo: str | None | UnsetType = UNSET
    mcp_servers: list[RequestMCPServerURLDefinition] | UnsetType = UNSET
    metadata: Metadata | UnsetType = UNSET
    output_config: OutputConfig | UnsetType = UNSET
    output_format: JSONOutputFormat | None | UnsetType = UNSET
    service_tier: Literal["auto", "standard_only"] | UnsetType = UNSET
    speed: Speed | None | UnsetType = UNSET
    stop_sequences: list[StopSequence] | UnsetType = UNSET
    stream: bool | UnsetType = UNSET
    system: str | list[TextBlockParam] | UnsetType = UNSET
    temperature: Annotated[float, Meta(ge=0.0, le=1.0)] | UnsetType = UNSET
    thinking: ThinkingConfig | UnsetType = UNSET
    thread: ThreadParams | None | UnsetType = UNSET
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


class OutputTokensDetails(ResponseStruct):
    """How the output tokens split up."""

    thinking_tokens: int = 0


class FallbackCreditRedeemed(ResponseStruct, tag_field="type", tag="redeemed"):
    """The fallback credit token was honoured."""

    type: ClassVar[Literal["redeemed"]] = "redeemed"


class FallbackCreditNotApplied(ResponseStruct, tag_field="type", tag="not_applied"):
    """The fallback credit token was not honoured, and why."""

    type: ClassVar[Literal["not_applied"]] = "not_applied"
    reason: Literal[
        "body_mismatch",
        "continuation_excluded",
        "continuation_only",
        "expired",
        "invalid_target_model",
        "not_enabled",
        "reprice_unavailable",
        "temporarily_unavailable",
        "variant_fields_present",
        "wrong_organization",
        "wrong_platform",
        "wrong_workspace",
    ]
    remove_to_redeem: list[str] | None = None


_FallbackCreditStatusMembers = Union[FallbackCreditRedeemed, FallbackCreditNotApplied]
if TYPE_CHECKING:  # the type checker also sees Unknown: a type newer than this version
    FallbackCreditStatus = Union[_FallbackCreditStatusMembers, Unknown]
else:
    FallbackCreditStatus = _FallbackCreditStatusMembers


class FallbackCreditUsage(ResponseStruct):
    """What became of the fallback credit token sent with the request."""

    status: FallbackCreditStatus


class _IterationCounts(ResponseStruct):
    """Token counts of one sampling iteration of a turn."""

    input_tokens: int = 0
    output_tokens: int = 0
    cache_creation: CacheCreation | None = None
    cache_creation_input_tokens: int = 0
    cache_read_input_tokens: int = 0


class MessageIterationUsage(_IterationCounts, tag_field="type", tag="message"):
    """Usage of one model call inside the turn."""

    type: ClassVar[Literal["message"]] = "message"
    model: str | None = None


class CompactionIterationUsage(_IterationCounts, tag_field="type", tag="compaction"):
    """Usage of a server-side compaction inside the turn."""

    type: ClassVar[Literal["compaction"]] = "compaction"


class AdvisorMessageIterationUsage(_IterationCounts, tag_field="type", tag="advisor_message"):
    """Usage of an advisor model call inside the turn."""

    type: ClassVar[Literal["advisor_message"]] = "advisor_message"
    model: str


class FallbackMessageIterationUsage(_IterationCounts, tag_field="type", tag="fallback_message"):
    """Usage of the fallback model's call inside the turn."""

    type: ClassVar[Literal["fallback_message"]] = "fallback_message"
    model: str


_IterationMembers = Union[
    MessageIterationUsage,
    CompactionIterationUsage,
    AdvisorMessageIterationUsage,
    FallbackMessageIterationUsage,
]
if TYPE_CHECKING:  # the type checker also sees Unknown: a type newer than this version
    IterationUsage = Union[_IterationMembers, Unknown]
else:
    IterationUsage = _IterationMembers


class Usage(ResponseStruct):
    """Billing and rate-limit token counts of a Message."""

    input_tokens: int
    output_tokens: int
    cache_creation: CacheCreation | None = None
    cache_creation_input_tokens: int | None = None
    cache_read_input_tokens: int | None = None
    fallback_credit: FallbackCreditUsage | None = None
    inference_geo: str | None = None
    iterations: list[IterationUsage] | None = None
    output_tokens_details: OutputTokensDetails | None = None
    server_tool_use: ServerToolUsage | None = None
    service_tier: Literal["standard", "priority", "batch"] | None = None
    speed: Literal["standard", "fast"] | None = None


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


class CacheMissModelChanged(ResponseStruct, tag_field="type", tag="model_changed"):
    """The cache missed because the model differs from the earlier message's."""

    type: ClassVar[Literal["model_changed"]] = "model_changed"
    cache_missed_input_tokens: int = 0


class CacheMissSystemChanged(ResponseStruct, tag_field="type", tag="system_changed"):
    """The cache missed because the system prompt changed."""

    type: ClassVar[Literal["system_changed"]] = "system_changed"
    cache_missed_input_tokens: int = 0


class CacheMissToolsChanged(ResponseStruct, tag_field="type", tag="tools_changed"):
    """The cache missed because the tools changed."""

    type: ClassVar[Literal["tools_changed"]] = "tools_changed"
    cache_missed_input_tokens: int = 0


class CacheMissMessagesChanged(ResponseStruct, tag_field="type", tag="messages_changed"):
    """The cache missed because earlier messages changed."""

    type: ClassVar[Literal["messages_changed"]] = "messages_changed"
    cache_missed_input_tokens: int = 0


class CacheMissPreviousMessageNotFound(
    ResponseStruct, tag_field="type", tag="previous_message_not_found"
):
    """The earlier message named in ``diagnostics`` was not found."""

    type: ClassVar[Literal["previous_message_not_found"]] = "previous_message_not_found"


class CacheMissUnavailable(ResponseStruct, tag_field="type", tag="unavailable"):
    """No cache-miss explanation is available."""

    type: ClassVar[Literal["unavailable"]] = "unavailable"


_CacheMissMembers = Union[
    CacheMissModelChanged,
    CacheMissSystemChanged,
    CacheMissToolsChanged,
    CacheMissMessagesChanged,
    CacheMissPreviousMessageNotFound,
    CacheMissUnavailable,
]
if TYPE_CHECKING:  # the type checker also sees Unknown: a type newer than this version
    CacheMissReason = Union[_CacheMissMembers, Unknown]
else:
    CacheMissReason = _CacheMissMembers


class Diagnostics(ResponseStruct):
    """Answers to the request's ``diagnostics`` (why the prompt cache missed)."""

    cache_miss_reason: CacheMissReason | None = None


class RefusalStopDetails(ResponseStruct, tag_field="type", tag="refusal"):
    """Why the model refused, and how a retry on a fallback model can be credited."""

    type: ClassVar[Literal["refusal"]] = "refusal"
    category: RefusalCategory | None = None
    explanation: str | None = None
    fallback_credit_token: str | None = None
    fallback_has_prefill_claim: bool | None = None
    recommended_model: str | None = None


if TYPE_CHECKING:  # the type checker also sees Unknown: a type newer than this version
    StopDetails = Union[RefusalStopDetails, Unknown]
else:
    StopDetails = RefusalStopDetails

ThinkingBindingReason = Literal[
    "model_binding_mismatch",
    "prefix_binding_mismatch",
    "organization_binding_mismatch",
    "end_user_binding_mismatch",
]


class ThinkingDroppedInputTransformation(ResponseStruct, tag_field="type", tag="thinking_dropped"):
    """A thinking block of the request was dropped before the model saw it."""

    type: ClassVar[Literal["thinking_dropped"]] = "thinking_dropped"
    path: str
    reason: ThinkingBindingReason


class ThinkingMismatchAllowedInputTransformation(
    ResponseStruct, tag_field="type", tag="thinking_mismatch_allowed"
):
    """A thinking block whose binding did not match was kept anyway."""

    type: ClassVar[Literal["thinking_mismatch_allowed"]] = "thinking_mismatch_allowed"
    path: str
    reason: ThinkingBindingReason


_InputTransformationMembers = Union[
    ThinkingDroppedInputTransformation, ThinkingMismatchAllowedInputTransformation
]
if TYPE_CHECKING:  # the type checker also sees Unknown: a type newer than this version
    InputTransformation = Union[_InputTransformationMembers, Unknown]
else:
    InputTransformation = _InputTransformationMembers


class Message(ResponseStruct, tag_field="type", tag="message"):
    """The model's reply: content blocks, why it stopped, and token usage."""

    type: ClassVar[Literal["message"]] = "message"
    id: str
    content: list[ContentBlock]
    model: str
    role: Literal["assistant"]
    usage: Usage
    stop_reason: StopReason | None = None
    stop_sequence: str | None = None
    container: Container | None = None
    context_management: ContextManagementResponse | None = None
    diagnostics: Diagnostics | None = None
    input_transformations: list[InputTransformation] | None = None
    stop_details: StopDetails | None = None

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
