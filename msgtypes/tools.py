"""Tool definitions of every version, and ``tool_choice``.

A tool object sent without ``type`` is a custom tool, as the API treats it: the codec adds
``"type": "custom"`` before decoding, so it decodes, converts and encodes as :class:`Tool`.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal, Union

from msgspec import UNSET, Meta, UnsetType

from ._base import RequestStruct
from .content import CacheControlEphemeral, CitationsConfigParam

ToolName = Annotated[
    str,
    Meta(
        pattern=r"^[a-zA-Z0-9_-]{1,128}$",
        description="Letters, digits, '_' and '-'; 1-128 characters (docs advise <= 64).",
    ),
]
AllowedCaller = Literal["direct", "code_execution_20250825"]
JSONObject = dict[str, Any]

InputSchema = Annotated[
    dict[str, Any],
    Meta(
        description="JSON Schema (draft 2020-12) of the tool's input; must be of type object.",
        extra_json_schema={
            "properties": {
                "type": {"enum": ["object"]},
                "properties": {"anyOf": [{"type": "object"}, {"type": "null"}]},
                "required": {
                    "anyOf": [{"type": "array", "items": {"type": "string"}}, {"type": "null"}]
                },
            },
            "required": ["type"],
        },
    ),
]


class _ToolOptions(RequestStruct):
    """Options every tool definition accepts (most of them beta features)."""

    cache_control: CacheControlEphemeral | None | UnsetType = UNSET
    allowed_callers: list[AllowedCaller] | UnsetType = UNSET
    defer_loading: bool | UnsetType = UNSET
    strict: bool | UnsetType = UNSET


class Tool(_ToolOptions, tag_field="type", tag="custom"):
    """A client tool you define: its name, description and JSON Schema of its input."""

    type: ClassVar[Literal["custom"]] = "custom"
    name: ToolName
    input_schema: InputSchema
    description: str | UnsetType = UNSET
    input_examples: list[JSONObject] | UnsetType = UNSET


class ToolBash20241022(_ToolOptions, tag_field="type", tag="bash_20241022"):
    """Anthropic-defined bash tool, October 2024 version (beta ``computer-use-2024-10-22``)."""

    type: ClassVar[Literal["bash_20241022"]] = "bash_20241022"
    name: Literal["bash"]
    input_examples: list[JSONObject] | UnsetType = UNSET


class ToolBash20250124(_ToolOptions, tag_field="type", tag="bash_20250124"):
    """Anthropic-defined bash tool, January 2025 version."""

    type: ClassVar[Literal["bash_20250124"]] = "bash_20250124"
    name: Literal["bash"]
    input_examples: list[JSONObject] | UnsetType = UNSET


class CodeExecutionTool20250522(_ToolOptions, tag_field="type", tag="code_execution_20250522"):
    """Server-side Python code execution (beta ``code-execution-2025-05-22``)."""

    type: ClassVar[Literal["code_execution_20250522"]] = "code_execution_20250522"
    name: Literal["code_execution"]


class CodeExecutionTool20250825(_ToolOptions, tag_field="type", tag="code_execution_20250825"):
    """Server-side bash and file tools in a container (beta ``code-execution-2025-08-25``)."""

    type: ClassVar[Literal["code_execution_20250825"]] = "code_execution_20250825"
    name: Literal["code_execution"]


class _ComputerOptions(_ToolOptions):
    """The display a computer-use tool controls."""

    display_height_px: Annotated[int, Meta(ge=1)]
    display_width_px: Annotated[int, Meta(ge=1)]
    name: Literal["computer"]
    display_number: Annotated[int, Meta(ge=0)] | None | UnsetType = UNSET
    input_examples: list[JSONObject] | UnsetType = UNSET


class ToolComputerUse20241022(_ComputerOptions, tag_field="type", tag="computer_20241022"):
    """Computer use, October 2024 version (beta ``computer-use-2024-10-22``)."""

    type: ClassVar[Literal["computer_20241022"]] = "computer_20241022"


class ToolComputerUse20250124(_ComputerOptions, tag_field="type", tag="computer_20250124"):
    """Computer use, January 2025 version (beta ``computer-use-2025-01-24``)."""

    type: ClassVar[Literal["computer_20250124"]] = "computer_20250124"


class ToolComputerUse20251124(_ComputerOptions, tag_field="type", tag="computer_20251124"):
    """Computer use with zoom, November 2025 version (beta ``computer-use-2025-11-24``)."""

    type: ClassVar[Literal["computer_20251124"]] = "computer_20251124"
    enable_zoom: bool | UnsetType = UNSET


class MemoryTool20250818(_ToolOptions, tag_field="type", tag="memory_20250818"):
    """Client-side memory directory tool (beta ``context-management-2025-06-27``)."""

    type: ClassVar[Literal["memory_20250818"]] = "memory_20250818"
    name: Literal["memory"]
    input_examples: list[JSONObject] | UnsetType = UNSET


class ToolTextEditor20241022(_ToolOptions, tag_field="type", tag="text_editor_20241022"):
    """Text editor tool, October 2024 version (beta ``computer-use-2024-10-22``)."""

    type: ClassVar[Literal["text_editor_20241022"]] = "text_editor_20241022"
    name: Literal["str_replace_editor"]
    input_examples: list[JSONObject] | UnsetType = UNSET


class ToolTextEditor20250124(_ToolOptions, tag_field="type", tag="text_editor_20250124"):
    """Text editor tool, January 2025 version."""

    type: ClassVar[Literal["text_editor_20250124"]] = "text_editor_20250124"
    name: Literal["str_replace_editor"]
    input_examples: list[JSONObject] | UnsetType = UNSET


class ToolTextEditor20250429(_ToolOptions, tag_field="type", tag="text_editor_20250429"):
    """Text editor tool, April 2025 version (Claude 4)."""

    type: ClassVar[Literal["text_editor_20250429"]] = "text_editor_20250429"
    name: Literal["str_replace_based_edit_tool"]
    input_examples: list[JSONObject] | UnsetType = UNSET


class ToolTextEditor20250728(_ToolOptions, tag_field="type", tag="text_editor_20250728"):
    """Text editor tool, July 2025 version, with ``max_characters`` for views."""

    type: ClassVar[Literal["text_editor_20250728"]] = "text_editor_20250728"
    name: Literal["str_replace_based_edit_tool"]
    input_examples: list[JSONObject] | UnsetType = UNSET
    max_characters: Annotated[int, Meta(ge=1)] | None | UnsetType = UNSET


class UserLocation(RequestStruct, tag_field="type", tag="approximate"):
    """Approximate user location that biases web search results."""

    type: ClassVar[Literal["approximate"]] = "approximate"
    city: Annotated[str, Meta(min_length=1, max_length=255)] | None | UnsetType = UNSET
    country: Annotated[str, Meta(min_length=2, max_length=2)] | None | UnsetType = UNSET
    region: Annotated[str, Meta(min_length=1, max_length=255)] | None | UnsetType = UNSET
    timezone: Annotated[str, Meta(min_length=1, max_length=255)] | None | UnsetType = UNSET


class WebSearchTool20250305(_ToolOptions, tag_field="type", tag="web_search_20250305"):
    """Server-side web search."""

    type: ClassVar[Literal["web_search_20250305"]] = "web_search_20250305"
    name: Literal["web_search"]
    allowed_domains: list[str] | None | UnsetType = UNSET
    blocked_domains: list[str] | None | UnsetType = UNSET
    max_uses: Annotated[int, Meta(gt=0)] | None | UnsetType = UNSET
    user_location: UserLocation | None | UnsetType = UNSET


class WebFetchTool20250910(_ToolOptions, tag_field="type", tag="web_fetch_20250910"):
    """Server-side web page fetch (beta ``web-fetch-2025-09-10``)."""

    type: ClassVar[Literal["web_fetch_20250910"]] = "web_fetch_20250910"
    name: Literal["web_fetch"]
    allowed_domains: list[str] | None | UnsetType = UNSET
    blocked_domains: list[str] | None | UnsetType = UNSET
    citations: CitationsConfigParam | None | UnsetType = UNSET
    max_content_tokens: Annotated[int, Meta(gt=0)] | None | UnsetType = UNSET
    max_uses: Annotated[int, Meta(gt=0)] | None | UnsetType = UNSET


class ToolSearchToolBm25_20251119(
    _ToolOptions, tag_field="type", tag="tool_search_tool_bm25_20251119"
):
    """Server-side BM25 search over deferred tools (beta ``advanced-tool-use-2025-11-20``)."""

    type: ClassVar[str] = "tool_search_tool_bm25_20251119"
    name: Literal["tool_search_tool_bm25"]


class ToolSearchToolBm25(ToolSearchToolBm25_20251119, tag="tool_search_tool_bm25"):
    """The same BM25 tool search, under its unversioned type name."""

    type: ClassVar[str] = "tool_search_tool_bm25"


class ToolSearchToolRegex20251119(
    _ToolOptions, tag_field="type", tag="tool_search_tool_regex_20251119"
):
    """Server-side regex search over deferred tools (beta ``advanced-tool-use-2025-11-20``)."""

    type: ClassVar[str] = "tool_search_tool_regex_20251119"
    name: Literal["tool_search_tool_regex"]


class ToolSearchToolRegex(ToolSearchToolRegex20251119, tag="tool_search_tool_regex"):
    """The same regex tool search, under its unversioned type name."""

    type: ClassVar[str] = "tool_search_tool_regex"


class MCPToolConfig(RequestStruct):
    """Per-tool settings of an MCP toolset."""

    defer_loading: bool | UnsetType = UNSET
    enabled: bool | UnsetType = UNSET


class MCPToolDefaultConfig(RequestStruct):
    """Settings applied to every tool of an MCP toolset unless overridden."""

    defer_loading: bool | UnsetType = UNSET
    enabled: bool | UnsetType = UNSET


class MCPToolset(RequestStruct, tag_field="type", tag="mcp_toolset"):
    """The tools of one MCP server (beta ``mcp-client-2025-11-20``)."""

    type: ClassVar[Literal["mcp_toolset"]] = "mcp_toolset"
    mcp_server_name: Annotated[str, Meta(min_length=1, max_length=255)]
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET
    configs: dict[str, MCPToolConfig] | None | UnsetType = UNSET
    default_config: MCPToolDefaultConfig | UnsetType = UNSET


ToolUnion = Union[
    Tool,
    ToolBash20241022,
    ToolBash20250124,
    CodeExecutionTool20250522,
    CodeExecutionTool20250825,
    ToolComputerUse20241022,
    MemoryTool20250818,
    ToolComputerUse20250124,
    ToolTextEditor20241022,
    ToolComputerUse20251124,
    ToolTextEditor20250124,
    ToolTextEditor20250429,
    ToolTextEditor20250728,
    WebSearchTool20250305,
    WebFetchTool20250910,
    ToolSearchToolBm25_20251119,
    ToolSearchToolBm25,
    ToolSearchToolRegex20251119,
    ToolSearchToolRegex,
    MCPToolset,
]

# --------------------------------------------------------------------------- tool_choice


class ToolChoiceAuto(RequestStruct, tag_field="type", tag="auto"):
    """The model decides whether to call tools."""

    type: ClassVar[Literal["auto"]] = "auto"
    disable_parallel_tool_use: bool | UnsetType = UNSET


class ToolChoiceAny(RequestStruct, tag_field="type", tag="any"):
    """The model must call one of the tools."""

    type: ClassVar[Literal["any"]] = "any"
    disable_parallel_tool_use: bool | UnsetType = UNSET


class ToolChoiceTool(RequestStruct, tag_field="type", tag="tool"):
    """The model must call the named tool."""

    type: ClassVar[Literal["tool"]] = "tool"
    name: str
    disable_parallel_tool_use: bool | UnsetType = UNSET


class ToolChoiceNone(RequestStruct, tag_field="type", tag="none"):
    """The model may not call tools."""

    type: ClassVar[Literal["none"]] = "none"


ToolChoice = Union[ToolChoiceAuto, ToolChoiceAny, ToolChoiceTool, ToolChoiceNone]
