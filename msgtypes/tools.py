"""Tool definitions of every version, and ``tool_choice``.

A tool object sent without ``type`` is a custom tool, as the API treats it: the codec adds
``"type": "custom"`` before decoding, so it decodes, converts and encodes as :class:`Tool`.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal, Union

from msgspec import UNSET, Meta, UnsetType

from ._base import RequestStruct
from ._common import CacheControlEphemeral, CitationsConfigParam

ToolName = Annotated[
    str,
    Meta(
        pattern=r"^[a-zA-Z0-9_-]{1,128}$",
        description="Letters, digits, '_' and '-'; 1-128 characters (docs advise <= 64).",
    ),
]
AllowedCaller = Literal[
    "direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"
]
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
    eager_input_streaming: bool | None | UnsetType = UNSET
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


class CodeExecutionTool20260120(_ToolOptions, tag_field="type", tag="code_execution_20260120"):
    """Server-side code execution, January 2026 version (callable from code it runs)."""

    type: ClassVar[Literal["code_execution_20260120"]] = "code_execution_20260120"
    name: Literal["code_execution"]


class CodeExecutionTool20260521(_ToolOptions, tag_field="type", tag="code_execution_20260521"):
    """Server-side code execution, May 2026 version."""

    type: ClassVar[Literal["code_execution_20260521"]] = "code_execution_20260521"
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


class _WebSearchOptions(_ToolOptions):
    """Options of every web search tool version."""

    name: Literal["web_search"]
    allowed_domains: list[str] | None | UnsetType = UNSET
    blocked_domains: list[str] | None | UnsetType = UNSET
    max_uses: Annotated[int, Meta(gt=0)] | None | UnsetType = UNSET
    user_location: UserLocation | None | UnsetType = UNSET


class WebSearchTool20250305(_WebSearchOptions, tag_field="type", tag="web_search_20250305"):
    """Server-side web search."""

    type: ClassVar[Literal["web_search_20250305"]] = "web_search_20250305"


class WebSearchTool20260209(_WebSearchOptions, tag_field="type", tag="web_search_20260209"):
    """Server-side web search with dynamic filtering (February 2026 version)."""

    type: ClassVar[Literal["web_search_20260209"]] = "web_search_20260209"


ResponseInclusion = Literal["full", "excluded"]


class WebSearchTool20260318(_WebSearchOptions, tag_field="type", tag="web_search_20260318"):
    """Server-side web search, March 2026 version: results may be left out of the reply."""

    type: ClassVar[Literal["web_search_20260318"]] = "web_search_20260318"
    response_inclusion: ResponseInclusion | None | UnsetType = UNSET


class WebFetchURLSourceToolReference(RequestStruct, tag_field="type", tag="tool_reference"):
    """A tool, by name, whose results may (or may not) supply URLs to fetch."""

    type: ClassVar[Literal["tool_reference"]] = "tool_reference"
    name: str


class WebFetchURLSourceAll(RequestStruct, tag_field="type", tag="all"):
    """URLs from every such source may be fetched."""

    type: ClassVar[Literal["all"]] = "all"


class WebFetchURLSourceNone(RequestStruct, tag_field="type", tag="none"):
    """No URL from such a source may be fetched."""

    type: ClassVar[Literal["none"]] = "none"


class WebFetchURLSourceOnly(RequestStruct, tag_field="type", tag="only"):
    """Only URLs from the results of the listed tools may be fetched."""

    type: ClassVar[Literal["only"]] = "only"
    tools: list[WebFetchURLSourceToolReference]


class WebFetchURLSourceExcept(RequestStruct, tag_field="type", tag="except"):
    """URLs from the results of every tool but the listed ones may be fetched."""

    type: ClassVar[Literal["except"]] = "except"
    tools: list[WebFetchURLSourceToolReference]


WebFetchToolURLSource = Union[
    WebFetchURLSourceAll, WebFetchURLSourceNone, WebFetchURLSourceOnly, WebFetchURLSourceExcept
]


class WebFetchURLSources(RequestStruct):
    """Where in the conversation a URL must appear for web fetch to accept it."""

    client_tool_results: WebFetchToolURLSource | None | UnsetType = UNSET
    server_tool_results: WebFetchToolURLSource | None | UnsetType = UNSET
    user_input: WebFetchURLSourceAll | WebFetchURLSourceNone | None | UnsetType = UNSET


class _WebFetchOptions(_ToolOptions):
    """Options of every web fetch tool version."""

    name: Literal["web_fetch"]
    allowed_domains: list[str] | None | UnsetType = UNSET
    blocked_domains: list[str] | None | UnsetType = UNSET
    citations: CitationsConfigParam | None | UnsetType = UNSET
    max_content_tokens: Annotated[int, Meta(gt=0)] | None | UnsetType = UNSET
    max_uses: Annotated[int, Meta(gt=0)] | None | UnsetType = UNSET
    url_sources: WebFetchURLSources | None | UnsetType = UNSET


class WebFetchTool20250910(_WebFetchOptions, tag_field="type", tag="web_fetch_20250910"):
    """Server-side web page fetch (beta ``web-fetch-2025-09-10`` in late 2025, GA since)."""

    type: ClassVar[Literal["web_fetch_20250910"]] = "web_fetch_20250910"


class WebFetchTool20260209(_WebFetchOptions, tag_field="type", tag="web_fetch_20260209"):
    """Server-side web fetch with dynamic filtering (February 2026 version)."""

    type: ClassVar[Literal["web_fetch_20260209"]] = "web_fetch_20260209"


class WebFetchTool20260309(_WebFetchOptions, tag_field="type", tag="web_fetch_20260309"):
    """Server-side web fetch, March 2026 version: ``use_cache`` may be turned off."""

    type: ClassVar[Literal["web_fetch_20260309"]] = "web_fetch_20260309"
    use_cache: bool | None | UnsetType = UNSET


class WebFetchTool20260318(_WebFetchOptions, tag_field="type", tag="web_fetch_20260318"):
    """Server-side web fetch, March 18 2026 version: results may be left out of the reply."""

    type: ClassVar[Literal["web_fetch_20260318"]] = "web_fetch_20260318"
    response_inclusion: ResponseInclusion | None | UnsetType = UNSET
    use_cache: bool | None | UnsetType = UNSET


class AdvisorTool20260301(_ToolOptions, tag_field="type", tag="advisor_20260301"):
    """A second model the model may consult mid-turn (server tool, March 2026)."""

    type: ClassVar[Literal["advisor_20260301"]] = "advisor_20260301"
    model: Annotated[str, Meta(min_length=1)]
    name: Literal["advisor"]
    caching: CacheControlEphemeral | None | UnsetType = UNSET
    max_tokens: Annotated[int, Meta(ge=1)] | None | UnsetType = UNSET
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


class ToolsetMemberConfig(RequestStruct):
    """Whether one tool of a toolset is enabled, and whether its definition loads on demand."""

    defer_loading: bool | None | UnsetType = UNSET
    enabled: bool | None | UnsetType = UNSET


_Member = ToolsetMemberConfig | None | UnsetType


class BrowserToolsetConfigs(RequestStruct):
    """Per-action settings of the browser toolset (an action left out keeps its default)."""

    close_tab: _Member = UNSET
    double_click: _Member = UNSET
    file_upload: _Member = UNSET
    find: _Member = UNSET
    form_input: _Member = UNSET
    get_page_text: _Member = UNSET
    hold_key: _Member = UNSET
    hover: _Member = UNSET
    javascript_exec: _Member = UNSET
    key: _Member = UNSET
    left_click: _Member = UNSET
    left_click_drag: _Member = UNSET
    left_mouse_down: _Member = UNSET
    left_mouse_up: _Member = UNSET
    list_tabs: _Member = UNSET
    middle_click: _Member = UNSET
    mouse_move: _Member = UNSET
    navigate: _Member = UNSET
    new_tab: _Member = UNSET
    read_console: _Member = UNSET
    read_network: _Member = UNSET
    read_page: _Member = UNSET
    right_click: _Member = UNSET
    screenshot: _Member = UNSET
    scroll: _Member = UNSET
    scroll_to: _Member = UNSET
    switch_tab: _Member = UNSET
    triple_click: _Member = UNSET
    type: _Member = UNSET
    wait: _Member = UNSET
    zoom: _Member = UNSET


class BrowserToolset20260801(RequestStruct, tag_field="type", tag="browser_toolset_20260801"):
    """Client-side browser control as a set of tools (August 2026 version)."""

    type: ClassVar[Literal["browser_toolset_20260801"]] = "browser_toolset_20260801"
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET
    configs: BrowserToolsetConfigs | None | UnsetType = UNSET


class ComputerToolsetConfigs(RequestStruct):
    """Per-action settings of the computer toolset (an action left out keeps its default)."""

    cursor_position: _Member = UNSET
    double_click: _Member = UNSET
    hold_key: _Member = UNSET
    key: _Member = UNSET
    left_click: _Member = UNSET
    left_click_drag: _Member = UNSET
    left_mouse_down: _Member = UNSET
    left_mouse_up: _Member = UNSET
    middle_click: _Member = UNSET
    mouse_move: _Member = UNSET
    right_click: _Member = UNSET
    screenshot: _Member = UNSET
    scroll: _Member = UNSET
    triple_click: _Member = UNSET
    type: _Member = UNSET
    wait: _Member = UNSET
    zoom: _Member = UNSET


class ComputerToolset20260801(RequestStruct, tag_field="type", tag="computer_toolset_20260801"):
    """Client-side computer use as a set of tools (August 2026 version)."""

    type: ClassVar[Literal["computer_toolset_20260801"]] = "computer_toolset_20260801"
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET
    configs: ComputerToolsetConfigs | None | UnsetType = UNSET


class MCPToolConfig(RequestStruct):
    """Per-tool settings of an MCP toolset."""

    defer_loading: bool | UnsetType = UNSET
    enabled: bool | UnsetType = UNSET


class MCPToolDefaultConfig(RequestStruct):
    """Settings applied to every tool of an MCP toolset unless overridden."""

    defer_loading: bool | UnsetType = UNSET
    enabled: bool | UnsetType = UNSET


class MCPToolParam(RequestStruct):
    """One tool of an MCP server as the API listed it: name, description and input schema."""

    input_schema: JSONObject
    name: str
    description: str | None | UnsetType = UNSET


class MCPToolset(RequestStruct, tag_field="type", tag="mcp_toolset"):
    """The tools of one MCP server (beta ``mcp-client-2025-11-20``)."""

    type: ClassVar[Literal["mcp_toolset"]] = "mcp_toolset"
    mcp_server_name: Annotated[str, Meta(min_length=1, max_length=255)]
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET
    configs: dict[str, MCPToolConfig] | None | UnsetType = UNSET
    default_config: MCPToolDefaultConfig | None | UnsetType = UNSET
    tools: list[MCPToolParam] | None | UnsetType = UNSET


ToolUnion = Union[
    Tool,
    ToolBash20241022,
    ToolBash20250124,
    CodeExecutionTool20250522,
    CodeExecutionTool20250825,
    CodeExecutionTool20260120,
    CodeExecutionTool20260521,
    BrowserToolset20260801,
    ToolComputerUse20241022,
    MemoryTool20250818,
    ToolComputerUse20250124,
    ToolTextEditor20241022,
    ToolComputerUse20251124,
    ComputerToolset20260801,
    ToolTextEditor20250124,
    ToolTextEditor20250429,
    ToolTextEditor20250728,
    WebSearchTool20250305,
    WebFetchTool20250910,
    WebSearchTool20260209,
    WebFetchTool20260209,
    WebFetchTool20260309,
    WebSearchTool20260318,
    WebFetchTool20260318,
    AdvisorTool20260301,
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
