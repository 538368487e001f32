"""Which ``anthropic-beta`` header value unlocks which request feature (late 2025).

One superset of Structs carries stable and beta fields alike; this table is what tells them apart.
Each entry lists the header values that enable the feature (any one of them is enough). Source:
the API reference and feature docs, as summarised in the project's API facts sheet (section 12).
"""

from __future__ import annotations

from typing import Literal, get_args

__all__ = [
    "AnthropicBeta",
    "KNOWN_BETAS",
    "TOOL_TYPE_BETAS",
    "FIELD_BETAS",
    "BLOCK_TYPE_BETAS",
    "TOOL_OPTION_BETAS",
    "SOURCE_TYPE_BETAS",
]

AnthropicBeta = Literal[
    "message-batches-2024-09-24",
    "prompt-caching-2024-07-31",
    "computer-use-2024-10-22",
    "computer-use-2025-01-24",
    "pdfs-2024-09-25",
    "token-counting-2024-11-01",
    "token-efficient-tools-2025-02-19",
    "output-128k-2025-02-19",
    "files-api-2025-04-14",
    "mcp-client-2025-04-04",
    "mcp-client-2025-11-20",
    "dev-full-thinking-2025-05-14",
    "interleaved-thinking-2025-05-14",
    "code-execution-2025-05-22",
    "extended-cache-ttl-2025-04-11",
    "context-1m-2025-08-07",
    "context-management-2025-06-27",
    "model-context-window-exceeded-2025-08-26",
    "skills-2025-10-02",
]

#: Every header value known to be accepted, including those newer than the SDK's literal.
KNOWN_BETAS: frozenset[str] = frozenset(
    [
        *get_args(AnthropicBeta),
        "code-execution-2025-08-25",
        "web-fetch-2025-09-10",
        "advanced-tool-use-2025-11-20",
        "effort-2025-11-24",
        "structured-outputs-2025-11-13",
        "computer-use-2025-11-24",
        "fine-grained-tool-streaming-2025-05-14",
        "search-results-2025-06-09",
        "tool-examples-2025-10-29",
        "tool-search-tool-2025-10-19",
    ]
)

_ADVANCED_TOOLS = ("advanced-tool-use-2025-11-20", "tool-search-tool-2025-10-19")

#: Tool definition ``type`` -> headers. Types not listed are generally available.
TOOL_TYPE_BETAS: dict[str, tuple[str, ...]] = {
    "bash_20241022": ("computer-use-2024-10-22",),
    "text_editor_20241022": ("computer-use-2024-10-22",),
    "computer_20241022": ("computer-use-2024-10-22",),
    "computer_20250124": ("computer-use-2025-01-24",),
    "computer_20251124": ("computer-use-2025-11-24",),
    "code_execution_20250522": ("code-execution-2025-05-22",),
    "code_execution_20250825": ("code-execution-2025-08-25",),
    "memory_20250818": ("context-management-2025-06-27",),
    "web_fetch_20250910": ("web-fetch-2025-09-10",),
    "tool_search_tool_regex_20251119": _ADVANCED_TOOLS,
    "tool_search_tool_regex": _ADVANCED_TOOLS,
    "tool_search_tool_bm25_20251119": _ADVANCED_TOOLS,
    "tool_search_tool_bm25": _ADVANCED_TOOLS,
    "mcp_toolset": ("mcp-client-2025-11-20",),
}

#: Options on a tool definition -> headers.
TOOL_OPTION_BETAS: dict[str, tuple[str, ...]] = {
    "defer_loading": _ADVANCED_TOOLS,
    "allowed_callers": ("advanced-tool-use-2025-11-20",),
    "input_examples": ("advanced-tool-use-2025-11-20", "tool-examples-2025-10-29"),
    "strict": ("structured-outputs-2025-11-13",),
}

#: Top-level request fields (dotted for nested ones) -> headers.
FIELD_BETAS: dict[str, tuple[str, ...]] = {
    "mcp_servers": ("mcp-client-2025-11-20", "mcp-client-2025-04-04"),
    "container": ("code-execution-2025-08-25", "code-execution-2025-05-22"),
    "container.skills": ("skills-2025-10-02",),
    "context_management": ("context-management-2025-06-27",),
    "output_format": ("structured-outputs-2025-11-13",),
    "output_config.effort": ("effort-2025-11-24",),
}

#: Content block ``type`` in ``messages`` -> headers.
BLOCK_TYPE_BETAS: dict[str, tuple[str, ...]] = {
    "mcp_tool_use": ("mcp-client-2025-11-20", "mcp-client-2025-04-04"),
    "mcp_tool_result": ("mcp-client-2025-11-20", "mcp-client-2025-04-04"),
    "container_upload": ("code-execution-2025-08-25",),
    "web_fetch_tool_result": ("web-fetch-2025-09-10",),
    "code_execution_tool_result": ("code-execution-2025-05-22", "code-execution-2025-08-25"),
    "bash_code_execution_tool_result": ("code-execution-2025-08-25",),
    "text_editor_code_execution_tool_result": ("code-execution-2025-08-25",),
    "tool_search_tool_result": _ADVANCED_TOOLS,
    "tool_reference": _ADVANCED_TOOLS,
}

#: Image/document ``source.type`` -> headers.
SOURCE_TYPE_BETAS: dict[str, tuple[str, ...]] = {
    "file": ("files-api-2025-04-14",),
}
