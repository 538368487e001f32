"""The keyword arguments of every resource method, as TypedDicts.

Each method is typed ``**kwargs: Unpack[SomethingKwargs]``, so mypy checks names and value
types exactly as it would for a written-out signature, and the same TypedDict tells the client at
run time which names the method accepts. Values may be msgtypes Structs or dict literals (typed
by the generated mirrors in :mod:`msgtypes.dicts`). The names and the split between stable and
beta methods follow the official SDK.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from .. import dicts as d
    from .._common import CacheControlEphemeral
    from ..batches import MessageBatchRequest
    from ..content import TextBlockParam
    from ..messages import (
        BillingPolicy,
        CompactionConfig,
        ContainerParams,
        ContextManagementConfig,
        DiagnosticsParam,
        FallbackCreditTokenParam,
        FallbackParam,
        JSONOutputFormat,
        MessageParam,
        Metadata,
        OutputConfig,
        RequestMCPServerURLDefinition,
        ThinkingConfig,
        ThreadParams,
    )
    from ..tools import ToolChoice, ToolUnion
    from ._http import TimeoutType

__all__ = [
    "BatchCreateKwargs",
    "BetaBatchCreateKwargs",
    "BetaListKwargs",
    "BetaMessageCountTokensKwargs",
    "BetaMessageCreateKwargs",
    "BetaMessageCreateStreamingKwargs",
    "BetaMessageCreateWithStreamKwargs",
    "BetaMessageStreamKwargs",
    "BetaOptions",
    "CompletionCreateKwargs",
    "CompletionCreateStreamingKwargs",
    "CompletionCreateWithStreamKwargs",
    "ListKwargs",
    "MessageCountTokensKwargs",
    "MessageCreateKwargs",
    "MessageCreateStreamingKwargs",
    "MessageCreateWithStreamKwargs",
    "MessageStreamKwargs",
    "ModelListKwargs",
    "RequestOptions",
    "option_names",
]


class RequestOptions(TypedDict, total=False):
    """Per-call options every method takes; they win over the client's settings.

    ``workspace_id`` selects the Workspace (the ``anthropic-workspace-id`` header), for keys
    that can act on more than one."""

    extra_headers: Mapping[str, str | None] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    timeout: TimeoutType
    workspace_id: str


class BetaOptions(RequestOptions, total=False):
    """Per-call options plus the ``anthropic-beta`` values to send."""

    betas: Sequence[str]


class _ProfileOption(TypedDict, total=False):
    """The user profile a request runs for (the ``anthropic-user-profile-id`` header)."""

    user_profile_id: str


def option_names() -> frozenset[str]:
    """Names that are call options, not body fields."""
    return frozenset(BetaOptions.__annotations__) | frozenset(_ProfileOption.__annotations__)


# --------------------------------------------------------------------------- messages


class _MessageRequired(TypedDict):
    max_tokens: int
    messages: Iterable[MessageParam | d.MessageParam]
    model: str


class _MessageFields(_MessageRequired, RequestOptions, _ProfileOption, total=False):
    """Body fields of ``messages.create`` (bar ``stream``): every field of the one
    :class:`~msgtypes.MessageCreateParams` superset, so a ``msgtypes.dicts.MessageCreateParams``
    unpacks into it; which fields a version or beta accepts is the linter's business."""

    billing_policy: BillingPolicy | d.BillingPolicy | None
    cache_control: CacheControlEphemeral | d.CacheControlEphemeral | None
    compaction: CompactionConfig | d.CompactionConfig | None
    container: ContainerParams | d.ContainerParams | str | None
    context_management: ContextManagementConfig | d.ContextManagementConfig | None
    diagnostics: DiagnosticsParam | d.DiagnosticsParam | None
    fallback_credit_token: str | FallbackCreditTokenParam | d.FallbackCreditTokenParam | None
    fallbacks: Iterable[FallbackParam | d.FallbackParam] | Literal["default"] | None
    inference_geo: str | None
    mcp_servers: Iterable[RequestMCPServerURLDefinition | d.RequestMCPServerURLDefinition]
    metadata: Metadata | d.Metadata
    output_config: OutputConfig | d.OutputConfig
    output_format: JSONOutputFormat | d.JSONOutputFormat | None
    service_tier: Literal["auto", "standard_only"]
    speed: Literal["standard", "fast"] | None
    stop_sequences: Sequence[str]
    system: str | Iterable[TextBlockParam | d.TextBlockParam]
    temperature: float
    thinking: ThinkingConfig | d.ThinkingConfig
    thread: ThreadParams | d.ThreadParams | None
    tool_choice: ToolChoice | d.ToolChoice
    tools: Iterable[ToolUnion | d.ToolUnion]
    top_k: int
    top_p: float


class _StreamTrue(TypedDict):
    stream: Literal[True]


class MessageCreateKwargs(_MessageFields, total=False):
    """``messages.create`` without streaming."""

    stream: Literal[False]


class MessageCreateStreamingKwargs(_MessageFields, _StreamTrue, total=False):
    """``messages.create(stream=True)``."""


class MessageCreateWithStreamKwargs(_MessageFields, total=False):
    """``messages.create`` with ``stream`` only known at run time."""

    stream: bool


class MessageStreamKwargs(_MessageFields, total=False):
    """``messages.stream``."""


class _BetaMessageFields(_MessageFields, BetaOptions, total=False):
    """Body fields of ``beta.messages.create`` (bar ``stream``), plus the beta header values."""


class BetaMessageCreateKwargs(_BetaMessageFields, total=False):
    """``beta.messages.create`` without streaming."""

    stream: Literal[False]


class BetaMessageCreateStreamingKwargs(_BetaMessageFields, _StreamTrue, total=False):
    """``beta.messages.create(stream=True)``."""


class BetaMessageCreateWithStreamKwargs(_BetaMessageFields, total=False):
    """``beta.messages.create`` with ``stream`` only known at run time."""

    stream: bool


class BetaMessageStreamKwargs(_BetaMessageFields, total=False):
    """``beta.messages.stream``."""


class _CountRequired(TypedDict):
    messages: Iterable[MessageParam | d.MessageParam]
    model: str


class MessageCountTokensKwargs(_CountRequired, RequestOptions, _ProfileOption, total=False):
    """``messages.count_tokens``: every field of :class:`~msgtypes.MessageCountTokensParams`."""

    billing_policy: BillingPolicy | d.BillingPolicy | None
    cache_control: CacheControlEphemeral | d.CacheControlEphemeral | None
    compaction: CompactionConfig | d.CompactionConfig | None
    context_management: ContextManagementConfig | d.ContextManagementConfig | None
    mcp_servers: Iterable[RequestMCPServerURLDefinition | d.RequestMCPServerURLDefinition]
    output_config: OutputConfig | d.OutputConfig
    output_format: JSONOutputFormat | d.JSONOutputFormat | None
    speed: Literal["standard", "fast"] | None
    system: str | Iterable[TextBlockParam | d.TextBlockParam]
    thinking: ThinkingConfig | d.ThinkingConfig
    tool_choice: ToolChoice | d.ToolChoice
    tools: Iterable[ToolUnion | d.ToolUnion]


class BetaMessageCountTokensKwargs(MessageCountTokensKwargs, BetaOptions, total=False):
    """``beta.messages.count_tokens``."""


# --------------------------------------------------------------------------- batches, models


class _BatchRequired(TypedDict):
    requests: Iterable[MessageBatchRequest | d.MessageBatchRequest]


class BatchCreateKwargs(_BatchRequired, RequestOptions, _ProfileOption, total=False):
    """``messages.batches.create``."""


class BetaBatchCreateKwargs(_BatchRequired, BetaOptions, _ProfileOption, total=False):
    """``beta.messages.batches.create``."""


class ListKwargs(RequestOptions, total=False):
    """Cursor parameters of the list endpoints (batches)."""

    after_id: str
    before_id: str
    limit: int


class BetaListKwargs(ListKwargs, BetaOptions, total=False):
    """Cursor parameters plus ``betas`` (beta batches)."""


class ModelListKwargs(BetaListKwargs, total=False):
    """``models.list``: the cursor, ``betas``, and the lifecycle stages to list (by default
    the API lists active and deprecated models)."""

    lifecycle: Sequence[Literal["active", "deprecated", "retired"]]


# --------------------------------------------------------------------------- completions


class _CompletionRequired(TypedDict):
    max_tokens_to_sample: int
    model: str
    prompt: str


class _CompletionFields(_CompletionRequired, BetaOptions, total=False):
    metadata: Metadata | d.Metadata
    stop_sequences: Sequence[str]
    temperature: float
    top_k: int
    top_p: float


class CompletionCreateKwargs(_CompletionFields, total=False):
    """``completions.create`` without streaming."""

    stream: Literal[False]


class CompletionCreateStreamingKwargs(_CompletionFields, _StreamTrue, total=False):
    """``completions.create(stream=True)``."""


class CompletionCreateWithStreamKwargs(_CompletionFields, total=False):
    """``completions.create`` with ``stream`` only known at run time."""

    stream: bool
