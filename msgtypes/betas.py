"""Which ``anthropic-beta`` header value unlocks which request feature (as of anthropic 2.14.0).

One superset of Structs carries stable and beta fields alike; these tables tell them apart. Each
entry lists the header values that enable a feature (any one of them is enough). A feature that
is generally available (GA) is in no table: it needs no header, and the retired header that once
enabled it is still accepted (see :data:`GA_BETAS`).

Sources: which features are beta is read from the official SDK 2.14.0, whose stable types hold
the GA surface and whose beta types add the rest (``tests/sdk_snapshots``, ``beta_only`` paths);
which header unlocks a feature comes from the feature docs, the SDK's CHANGELOG and helpers, and
the project's API facts sheet (section 12) for the late-2025 values.
"""

from __future__ import annotations

from typing import Literal, get_args

__all__ = [
    "AnthropicBeta",
    "BLOCK_TYPE_BETAS",
    "DEPRECATED_BETAS",
    "FAST_MODE_BETAS",
    "FIELD_BETAS",
    "GA_BETAS",
    "INLINE_TOOL_DEFINITION_BETAS",
    "KNOWN_BETAS",
    "MESSAGE_FIELD_BETAS",
    "SOURCE_TYPE_BETAS",
    "TOOL_OPTION_BETAS",
    "TOOL_TYPE_BETAS",
    "VALUE_BETAS",
]

#: The header values the official SDK 2.14.0 lists (``AnthropicBetaParam``).
AnthropicBeta = Literal[
    "message-batches-2024-09-24",
    "prompt-caching-2024-07-31",
    "computer-use-2024-10-22",
    "computer-use-2025-01-24",
    "computer-use-2025-11-24",
    "pdfs-2024-09-25",
    "token-counting-2024-11-01",
    "token-efficient-tools-2025-02-19",
    "output-128k-2025-02-19",
    "output-300k-2026-03-24",
    "files-api-2025-04-14",
    "mcp-client-2025-04-04",
    "mcp-client-2025-11-20",
    "mcp-client-2026-09-15",
    "mcp-tunnels-2026-06-22",
    "dev-full-thinking-2025-05-14",
    "interleaved-thinking-2025-05-14",
    "code-execution-2025-05-22",
    "extended-cache-ttl-2025-04-11",
    "context-1m-2025-08-07",
    "context-management-2025-06-27",
    "model-context-window-exceeded-2025-08-26",
    "skills-2025-10-02",
    "structured-outputs-2025-11-13",
    "compact-2026-01-12",
    "compact-2026-09-04",
    "fast-mode-2026-02-01",
    "advisor-tool-2026-03-01",
    "task-budgets-2026-03-13",
    "user-profiles-2026-03-24",
    "user-profiles-2026-08-18",
    "user-profiles-2026-09-04",
    "user-profiles-billing-2026-10-01",
    "managed-agents-2026-04-01",
    "cache-diagnosis-2026-04-07",
    "dreaming-2026-04-21",
    "thinking-token-count-2026-05-13",
    "fallback-credit-2026-06-01",
    "fallback-credit-2026-07-01",
    "server-side-fallback-2026-06-01",
    "server-side-fallback-2026-07-01",
    "mid-conversation-output-config-2026-07-01",
    "mid-conversation-tool-changes-2026-07-01",
    "mid-conversation-system-clear-at-2026-08-21",
    "ce-user-management-2026-07-13",
    "agent-memory-2026-07-22",
    "thinking-binding-controls-2026-08-01",
    "telemetry-destinations-2026-08-11",
    "message-threads-2026-08-12",
    "thinking-display-updates-2026-08-18",
    "analytics-usage-cost-2026-08-24",
    "ce-plugins-2026-09-01",
    "google-managed-data-controls-2026-09-01",
    "inline-tools-2026-09-15",
    "spend-limit-reads-2026-09-26",
    "efs-2026-10-01",
    "ce-claude-code-managed-settings-2026-10-06",
    "webhooks-2026-10-07",
    "admin-user-sign-out-2026-10-08",
    "experimental-claude-tag-2026-10-21",
]

#: Header values the API accepted in late 2025 although no SDK literal lists them (api-facts
#: §12b), and later ones seen on the wire (structured-outputs-2025-12-15).
_SEEN_ON_THE_WIRE = (
    "code-execution-2025-08-25",
    "web-fetch-2025-09-10",
    "advanced-tool-use-2025-11-20",
    "effort-2025-11-24",
    "fine-grained-tool-streaming-2025-05-14",
    "search-results-2025-06-09",
    "tool-examples-2025-10-29",
    "tool-search-tool-2025-10-19",
    "structured-outputs-2025-12-15",
)

#: Values Claude Code 2.1.280 sends to api.anthropic.com on its requests (a transcription of its
#: beta registry; third-party, confidence M): the API accepts them, at least for that client's
#: accounts, so they are no unknown values. ``afk-mode-2026-01-31`` is left out: the API has
#: answered it with "Unexpected value(s)" (api-facts §12d).
_CLIENT_BETAS = (
    "claude-code-20250219",
    "oauth-2025-04-20",
    "web-search-2025-03-05",
    "prompt-caching-scope-2026-01-05",
    "prompt-caching-evict-2026-05-12",
    "redact-thinking-2026-02-12",
    "thinking-resumption-2026-07-17",
    "context-hint-2026-04-09",
    "mcp-servers-2025-12-04",
    "environments-2025-11-01",
    "ccr-byoc-2025-07-29",
    "mid-conversation-system-2026-04-07",
    "per-turn-control-2026-07-01",
    "timing-2026-09-09",
    "auto-mode-classifier-2026-07-16",
    "dangerous-tool-use-2026-09-03",
)

#: Every header value known to be accepted.
KNOWN_BETAS: frozenset[str] = frozenset(
    [*get_args(AnthropicBeta), *_SEEN_ON_THE_WIRE, *_CLIENT_BETAS]
)

#: Headers of features that are generally available now: the API still accepts them and
#: ignores them (at most worth an informational note). Value: what the header used to unlock.
GA_BETAS: dict[str, str] = {
    "message-batches-2024-09-24": "the Message Batches API",
    "prompt-caching-2024-07-31": "cache_control",
    "pdfs-2024-09-25": "PDF document blocks",
    "token-counting-2024-11-01": "POST /v1/messages/count_tokens",
    "extended-cache-ttl-2025-04-11": 'cache_control ttl "1h"',
    "files-api-2025-04-14": "file sources (file_id) in image and document blocks",
    "code-execution-2025-05-22": "code_execution_20250522",
    "code-execution-2025-08-25": "code_execution_20250825, container, container_upload blocks",
    "web-fetch-2025-09-10": "web_fetch_20250910",
    "search-results-2025-06-09": "search_result blocks",
    "skills-2025-10-02": "container.skills",
    "advanced-tool-use-2025-11-20": "tool search, defer_loading, allowed_callers, input_examples",
    "tool-search-tool-2025-10-19": "tool search tools",
    "tool-examples-2025-10-29": "tool input_examples",
    "effort-2025-11-24": "output_config.effort",
    "structured-outputs-2025-11-13": "output_format / output_config.format and tool strict",
    "structured-outputs-2025-12-15": "output_config.format and tool strict",
    "context-management-2025-06-27": "the memory_20250818 tool (context_management stays beta)",
    "cache-diagnosis-2026-04-07": "diagnostics",
    "fine-grained-tool-streaming-2025-05-14": "eager_input_streaming",
    "token-efficient-tools-2025-02-19": "token-efficient tool use (built into Claude 4 and later)",
}

#: Values the SDK 2.14 CHANGELOG ("deprecate old beta header values") asks to delete: still
#: accepted by the API, to be removed from the SDKs.
DEPRECATED_BETAS: frozenset[str] = frozenset(
    {
        "prompt-caching-2024-07-31",
        "pdfs-2024-09-25",
        "token-counting-2024-11-01",
        "token-efficient-tools-2025-02-19",
        "extended-cache-ttl-2025-04-11",
        "cache-diagnosis-2026-04-07",
        "ce-user-management-2026-07-13",
        "message-batches-2024-09-24",
    }
)

_COMPUTER_2024 = ("computer-use-2024-10-22",)
_MCP = ("mcp-client-2025-11-20", "mcp-client-2026-09-15", "mcp-client-2025-04-04")
_FALLBACK = ("server-side-fallback-2026-07-01", "server-side-fallback-2026-06-01")
# inline-tools also covers tool changes by reference (mid-conversation-system-messages docs)
_TOOL_CHANGES = ("inline-tools-2026-09-15", "mid-conversation-tool-changes-2026-07-01")
_ADVISOR = ("advisor-tool-2026-03-01",)
_COMPACT = ("compact-2026-09-04", "compact-2026-01-12")

#: Tool definition ``type`` -> headers. Types not listed are generally available.
TOOL_TYPE_BETAS: dict[str, tuple[str, ...]] = {
    "bash_20241022": _COMPUTER_2024,
    "text_editor_20241022": _COMPUTER_2024,
    "computer_20241022": _COMPUTER_2024,
    "computer_20250124": ("computer-use-2025-01-24",),
    "computer_20251124": ("computer-use-2025-11-24",),
    "advisor_20260301": _ADVISOR,
    "mcp_toolset": _MCP,
}

#: Options on a tool definition -> headers (``strict``, ``defer_loading``, ``allowed_callers``
#: and ``input_examples`` are GA in 2.14's stable tool types).
TOOL_OPTION_BETAS: dict[str, tuple[str, ...]] = {}

#: Top-level request fields (dotted for nested ones) -> headers.
FIELD_BETAS: dict[str, tuple[str, ...]] = {
    "mcp_servers": _MCP,
    "context_management": ("context-management-2025-06-27", *_COMPACT),
    "compaction": ("compact-2026-09-04",),  # compaction on demand; 2026-01-12 is the edit's
    "billing_policy": ("user-profiles-billing-2026-10-01",),
    "fallbacks": _FALLBACK,
    "fallback_credit_token": ("fallback-credit-2026-07-01", "fallback-credit-2026-06-01"),
    "thread": ("message-threads-2026-08-12",),
    "output_config.task_budget": ("task-budgets-2026-03-13",),
    "thinking.block_binding": ("thinking-binding-controls-2026-08-01",),
}

#: Fields of a turn in ``messages`` (a ``system`` turn's settings) -> headers.
MESSAGE_FIELD_BETAS: dict[str, tuple[str, ...]] = {
    "clear_at": ("mid-conversation-system-clear-at-2026-08-21",),
    "output_config": ("mid-conversation-output-config-2026-07-01",),
}

#: Content block ``type`` in ``messages`` -> headers.
BLOCK_TYPE_BETAS: dict[str, tuple[str, ...]] = {
    "mcp_tool_use": _MCP,
    "mcp_tool_result": _MCP,
    "mcp_tool_listing": _MCP,
    "advisor_tool_result": _ADVISOR,
    "compaction": _COMPACT,
    "fallback": _FALLBACK,
    "tool_addition": _TOOL_CHANGES,
    "tool_removal": _TOOL_CHANGES,
}

#: Image/document ``source.type`` -> headers (file sources are GA).
SOURCE_TYPE_BETAS: dict[str, tuple[str, ...]] = {}

#: Values that need a header although their field does not: field (dotted) -> value -> headers.
#: ``fallbacks: "default"`` needs exactly the 2026-07-01 value (2026-06-01 takes a list only);
#: ``thinking.display: "updates"`` is in beta (thinking-troubleshooting docs); each context edit
#: needs its own feature's header (context editing, or compaction).
VALUE_BETAS: dict[str, dict[str, tuple[str, ...]]] = {
    "fallbacks": {"default": ("server-side-fallback-2026-07-01",)},
    "thinking.display": {"updates": ("thinking-display-updates-2026-08-18",)},
    "context_management.edits[].type": {
        "clear_tool_uses_20250919": ("context-management-2025-06-27",),
        "clear_thinking_20251015": ("context-management-2025-06-27",),
        "compact_20260112": _COMPACT,
    },
}

#: A ``tool_addition`` that carries a full definition (``tool.type: "tool_definition"``) needs
#: this header; ``mid-conversation-tool-changes-2026-07-01`` covers references only.
INLINE_TOOL_DEFINITION_BETAS: tuple[str, ...] = ("inline-tools-2026-09-15",)

#: ``speed: "fast"`` on models where fast mode is a research preview (build-with-claude/fast-mode).
FAST_MODE_BETAS: tuple[str, ...] = ("fast-mode-2026-02-01",)
