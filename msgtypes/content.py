"""Content blocks, their sources and citations: the request side (``*Param``) and the response side.

Request blocks are strict (``RequestStruct``); response blocks are lenient (``ResponseStruct``) and
every response union also admits :class:`~msgtypes.Unknown` for block types newer than this library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, Union

import msgspec
from msgspec import UNSET, Meta, UnsetType

from ._base import RequestStruct, ResponseStruct, Unknown
from ._common import CacheControlEphemeral as CacheControlEphemeral
from ._common import CitationsConfigParam as CitationsConfigParam
from .codec import decoder_for
from .tools import MCPToolParam, ToolUnion

# --------------------------------------------------------------------------- shared pieces

ToolUseId = Annotated[str, Meta(pattern=r"^[a-zA-Z0-9_-]+$", description="A tool_use block id.")]
ImageMediaType = Literal["image/jpeg", "image/png", "image/gif", "image/webp"]
RefusalCategory = Literal["cyber", "bio", "frontier_llm", "reasoning_extraction", "general_harms"]
ServerToolName = Literal[
    "advisor",
    "web_search",
    "web_fetch",
    "code_execution",
    "bash_code_execution",
    "text_editor_code_execution",
    "tool_search_tool_regex",
    "tool_search_tool_bm25",
]


# --------------------------------------------------------------------------- request citations


class CitationCharLocationParam(RequestStruct, tag_field="type", tag="char_location"):
    """A citation of a character range in a plain-text document."""

    type: ClassVar[Literal["char_location"]] = "char_location"
    cited_text: str
    document_index: int
    document_title: str | None
    end_char_index: int
    start_char_index: int
    file_id: str | None | UnsetType = UNSET


class CitationPageLocationParam(RequestStruct, tag_field="type", tag="page_location"):
    """A citation of a page range in a PDF document."""

    type: ClassVar[Literal["page_location"]] = "page_location"
    cited_text: str
    document_index: int
    document_title: str | None
    end_page_number: int
    start_page_number: int
    file_id: str | None | UnsetType = UNSET


class CitationContentBlockLocationParam(
    RequestStruct, tag_field="type", tag="content_block_location"
):
    """A citation of a range of blocks in a custom-content document."""

    type: ClassVar[Literal["content_block_location"]] = "content_block_location"
    cited_text: str
    document_index: int
    document_title: str | None
    end_block_index: int
    start_block_index: int
    file_id: str | None | UnsetType = UNSET


class CitationWebSearchResultLocationParam(
    RequestStruct, tag_field="type", tag="web_search_result_location"
):
    """A citation of a web search result."""

    type: ClassVar[Literal["web_search_result_location"]] = "web_search_result_location"
    cited_text: str
    encrypted_index: str
    title: str | None
    url: str


class CitationSearchResultLocationParam(
    RequestStruct, tag_field="type", tag="search_result_location"
):
    """A citation of blocks inside a ``search_result`` block."""

    type: ClassVar[Literal["search_result_location"]] = "search_result_location"
    cited_text: str
    end_block_index: int
    search_result_index: int
    source: str
    start_block_index: int
    title: str | None


TextCitationParam = Union[
    CitationCharLocationParam,
    CitationPageLocationParam,
    CitationContentBlockLocationParam,
    CitationWebSearchResultLocationParam,
    CitationSearchResultLocationParam,
]

# --------------------------------------------------------------------------- request sources


class Base64ImageSource(RequestStruct, tag_field="type", tag="base64"):
    """Image bytes inline, base64-encoded (no ``data:`` URL prefix)."""

    type: ClassVar[Literal["base64"]] = "base64"
    data: str
    media_type: ImageMediaType


class URLImageSource(RequestStruct, tag_field="type", tag="url"):
    """An image the API fetches from a URL."""

    type: ClassVar[Literal["url"]] = "url"
    url: str


class FileImageSource(RequestStruct, tag_field="type", tag="file"):
    """An image uploaded with the Files API (beta ``files-api-2025-04-14``)."""

    type: ClassVar[Literal["file"]] = "file"
    file_id: str


ImageSource = Union[Base64ImageSource, URLImageSource, FileImageSource]


class Base64PDFSource(RequestStruct, tag_field="type", tag="base64"):
    """A PDF inline, base64-encoded."""

    type: ClassVar[Literal["base64"]] = "base64"
    data: str
    media_type: Literal["application/pdf"]


class PlainTextSource(RequestStruct, tag_field="type", tag="text"):
    """A plain-text document."""

    type: ClassVar[Literal["text"]] = "text"
    data: str
    media_type: Literal["text/plain"]


class ContentBlockSource(RequestStruct, tag_field="type", tag="content"):
    """A document made of text and image blocks (citations point at block indexes)."""

    type: ClassVar[Literal["content"]] = "content"
    content: str | list[ContentBlockSourceContent]


class URLPDFSource(RequestStruct, tag_field="type", tag="url"):
    """A PDF the API fetches from a URL."""

    type: ClassVar[Literal["url"]] = "url"
    url: str


class FileDocumentSource(RequestStruct, tag_field="type", tag="file"):
    """A document uploaded with the Files API (beta ``files-api-2025-04-14``)."""

    type: ClassVar[Literal["file"]] = "file"
    file_id: str


DocumentSource = Union[
    Base64PDFSource, PlainTextSource, ContentBlockSource, URLPDFSource, FileDocumentSource
]

# --------------------------------------------------------------------------- request blocks


class TextBlockParam(RequestStruct, tag_field="type", tag="text"):
    """Text in a message or in ``system``."""

    type: ClassVar[Literal["text"]] = "text"
    text: str
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET
    citations: list[TextCitationParam] | None | UnsetType = UNSET


class ImageTransformations(RequestStruct):
    """What the API does with an image larger than the model accepts: downsize it, or fail."""

    oversized_image: Literal["downsize", "error"] | UnsetType = UNSET


class ImageBlockParam(RequestStruct, tag_field="type", tag="image"):
    """An image for the model to see."""

    type: ClassVar[Literal["image"]] = "image"
    source: ImageSource
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET
    transformations: ImageTransformations | None | UnsetType = UNSET


ContentBlockSourceContent = Union[TextBlockParam, ImageBlockParam]


class DocumentBlockParam(RequestStruct, tag_field="type", tag="document"):
    """A document (PDF, plain text, custom content or file) the model can read and cite."""

    type: ClassVar[Literal["document"]] = "document"
    source: DocumentSource
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET
    citations: CitationsConfigParam | None | UnsetType = UNSET
    context: str | None | UnsetType = UNSET
    title: str | None | UnsetType = UNSET


class SearchResultBlockParam(RequestStruct, tag_field="type", tag="search_result"):
    """A search result supplied by the caller, citable like a document."""

    type: ClassVar[Literal["search_result"]] = "search_result"
    content: list[TextBlockParam]
    source: str
    title: str
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET
    citations: CitationsConfigParam | UnsetType = UNSET


class ThinkingBlockParam(RequestStruct, tag_field="type", tag="thinking"):
    """A thinking block sent back unchanged, with its signature."""

    type: ClassVar[Literal["thinking"]] = "thinking"
    signature: str
    thinking: str


class RedactedThinkingBlockParam(RequestStruct, tag_field="type", tag="redacted_thinking"):
    """An encrypted thinking block sent back unchanged."""

    type: ClassVar[Literal["redacted_thinking"]] = "redacted_thinking"
    data: str


class DirectCaller(RequestStruct, tag_field="type", tag="direct"):
    """The tool was called by the model directly."""

    type: ClassVar[Literal["direct"]] = "direct"


class ServerToolCaller(RequestStruct, tag_field="type", tag="code_execution_20250825"):
    """The tool was called from code the code-execution tool ran."""

    type: ClassVar[Literal["code_execution_20250825"]] = "code_execution_20250825"
    tool_id: str


class ServerToolCaller20260120(RequestStruct, tag_field="type", tag="code_execution_20260120"):
    """The tool was called from code the January 2026 code-execution tool ran."""

    type: ClassVar[Literal["code_execution_20260120"]] = "code_execution_20260120"
    tool_id: str


Caller = Union[DirectCaller, ServerToolCaller, ServerToolCaller20260120]


class ToolUseBlockParam(RequestStruct, tag_field="type", tag="tool_use"):
    """A client tool call made by the model (in an assistant turn)."""

    type: ClassVar[Literal["tool_use"]] = "tool_use"
    id: ToolUseId
    input: dict[str, Any]
    name: Annotated[str, Meta(min_length=1, max_length=200)]
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET
    caller: Caller | UnsetType = UNSET
    toolset_name: str | None | UnsetType = UNSET


class ToolReferenceBlockParam(RequestStruct, tag_field="type", tag="tool_reference"):
    """A reference to a tool definition, returned by a tool search."""

    type: ClassVar[Literal["tool_reference"]] = "tool_reference"
    tool_name: Annotated[str, Meta(min_length=1, max_length=64)]
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET


class BrowserStateTabEntry(RequestStruct):
    """One open browser tab."""

    tab_id: str
    title: str
    url: str
    active: bool | UnsetType = UNSET


class BrowserStateChangeTabOpened(RequestStruct, tag_field="type", tag="tab_opened"):
    """A tab was opened since the last state."""

    type: ClassVar[Literal["tab_opened"]] = "tab_opened"
    tab_id: str


class BrowserStateChangeDownloadStarted(RequestStruct, tag_field="type", tag="download_started"):
    """A download started."""

    type: ClassVar[Literal["download_started"]] = "download_started"
    download_id: str
    url: str


class BrowserStateChangeDownloadCompleted(
    RequestStruct, tag_field="type", tag="download_completed"
):
    """A download finished."""

    type: ClassVar[Literal["download_completed"]] = "download_completed"
    download_id: str
    url: str
    path: str | None | UnsetType = UNSET
    size_bytes: int | None | UnsetType = UNSET


class BrowserStateChangeDownloadFailed(RequestStruct, tag_field="type", tag="download_failed"):
    """A download failed."""

    type: ClassVar[Literal["download_failed"]] = "download_failed"
    download_id: str
    url: str
    error: str | None | UnsetType = UNSET


BrowserStateChange = Union[
    BrowserStateChangeTabOpened,
    BrowserStateChangeDownloadStarted,
    BrowserStateChangeDownloadCompleted,
    BrowserStateChangeDownloadFailed,
]


class BrowserStateBlockParam(RequestStruct, tag_field="type", tag="browser_state"):
    """The browser's tabs (and what changed), returned by a browser-toolset tool result."""

    type: ClassVar[Literal["browser_state"]] = "browser_state"
    tabs: list[BrowserStateTabEntry]
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET
    state_changes: list[BrowserStateChange] | None | UnsetType = UNSET


ToolResultContent = Union[
    TextBlockParam,
    ImageBlockParam,
    SearchResultBlockParam,
    DocumentBlockParam,
    ToolReferenceBlockParam,
    BrowserStateBlockParam,
]


class ToolResultBlockParam(RequestStruct, tag_field="type", tag="tool_result"):
    """The result of a client tool call (in the next user turn)."""

    type: ClassVar[Literal["tool_result"]] = "tool_result"
    tool_use_id: ToolUseId
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET
    content: str | list[ToolResultContent] | None | UnsetType = UNSET
    is_error: bool | UnsetType = UNSET
    toolset_name: str | None | UnsetType = UNSET


class ServerToolUseBlockParam(RequestStruct, tag_field="type", tag="server_tool_use"):
    """A server tool call made by the model, sent back in history."""

    type: ClassVar[Literal["server_tool_use"]] = "server_tool_use"
    id: str
    input: dict[str, Any]
    name: ServerToolName
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET
    caller: Caller | UnsetType = UNSET


# Web search results

WebSearchErrorCode = Literal[
    "invalid_tool_input",
    "unavailable",
    "max_uses_exceeded",
    "too_many_requests",
    "query_too_long",
    "request_too_large",
]


class WebSearchResultBlockParam(RequestStruct, tag_field="type", tag="web_search_result"):
    """One web search hit, sent back in history."""

    type: ClassVar[Literal["web_search_result"]] = "web_search_result"
    encrypted_content: str
    title: str
    url: str
    page_age: str | None | UnsetType = UNSET


class WebSearchToolRequestError(
    RequestStruct, tag_field="type", tag="web_search_tool_result_error"
):
    """A failed web search, sent back in history."""

    type: ClassVar[Literal["web_search_tool_result_error"]] = "web_search_tool_result_error"
    error_code: WebSearchErrorCode


WebSearchToolResultContentParam = Union[list[WebSearchResultBlockParam], WebSearchToolRequestError]


class WebSearchToolResultBlockParam(RequestStruct, tag_field="type", tag="web_search_tool_result"):
    """The result of a web search server tool call."""

    type: ClassVar[Literal["web_search_tool_result"]] = "web_search_tool_result"
    content: WebSearchToolResultContentParam
    tool_use_id: str
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET
    caller: Caller | UnsetType = UNSET


# Web fetch results

WebFetchErrorCode = Literal[
    "invalid_tool_input",
    "url_too_long",
    "url_not_allowed",
    "url_not_in_prior_context",
    "url_not_accessible",
    "unsupported_content_type",
    "too_many_requests",
    "max_uses_exceeded",
    "unavailable",
    "content_too_large",
]


class WebFetchToolResultErrorBlockParam(
    RequestStruct, tag_field="type", tag="web_fetch_tool_result_error"
):
    """A failed web fetch, sent back in history."""

    type: ClassVar[Literal["web_fetch_tool_result_error"]] = "web_fetch_tool_result_error"
    error_code: WebFetchErrorCode


class WebFetchBlockParam(RequestStruct, tag_field="type", tag="web_fetch_result"):
    """A fetched page as a document, sent back in history."""

    type: ClassVar[Literal["web_fetch_result"]] = "web_fetch_result"
    content: DocumentBlockParam
    url: str
    retrieved_at: str | None | UnsetType = UNSET


class WebFetchToolResultBlockParam(RequestStruct, tag_field="type", tag="web_fetch_tool_result"):
    """The result of a web fetch server tool call."""

    type: ClassVar[Literal["web_fetch_tool_result"]] = "web_fetch_tool_result"
    content: WebFetchToolResultErrorBlockParam | WebFetchBlockParam
    tool_use_id: str
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET
    caller: Caller | UnsetType = UNSET


# Code execution results

CodeExecutionErrorCode = Literal[
    "invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded"
]
BashCodeExecutionErrorCode = Literal[
    "invalid_tool_input",
    "unavailable",
    "too_many_requests",
    "execution_time_exceeded",
    "output_file_too_large",
]
TextEditorCodeExecutionErrorCode = Literal[
    "invalid_tool_input",
    "unavailable",
    "too_many_requests",
    "execution_time_exceeded",
    "file_not_found",
]


class CodeExecutionOutputBlockParam(RequestStruct, tag_field="type", tag="code_execution_output"):
    """A file the code produced."""

    type: ClassVar[Literal["code_execution_output"]] = "code_execution_output"
    file_id: str


class CodeExecutionResultBlockParam(RequestStruct, tag_field="type", tag="code_execution_result"):
    """What a code run printed and returned."""

    type: ClassVar[Literal["code_execution_result"]] = "code_execution_result"
    content: list[CodeExecutionOutputBlockParam]
    return_code: int
    stderr: str
    stdout: str


class EncryptedCodeExecutionResultBlockParam(
    RequestStruct, tag_field="type", tag="encrypted_code_execution_result"
):
    """A code run whose output the API returned encrypted (sent back unchanged)."""

    type: ClassVar[Literal["encrypted_code_execution_result"]] = "encrypted_code_execution_result"
    content: list[CodeExecutionOutputBlockParam]
    encrypted_stdout: str
    return_code: int
    stderr: str


class CodeExecutionToolResultErrorParam(
    RequestStruct, tag_field="type", tag="code_execution_tool_result_error"
):
    """A failed code run."""

    type: ClassVar[Literal["code_execution_tool_result_error"]] = "code_execution_tool_result_error"
    error_code: CodeExecutionErrorCode


CodeExecutionToolResultContentParam = Union[
    CodeExecutionToolResultErrorParam,
    CodeExecutionResultBlockParam,
    EncryptedCodeExecutionResultBlockParam,
]


class CodeExecutionToolResultBlockParam(
    RequestStruct, tag_field="type", tag="code_execution_tool_result"
):
    """The result of a code execution server tool call."""

    type: ClassVar[Literal["code_execution_tool_result"]] = "code_execution_tool_result"
    content: CodeExecutionToolResultContentParam
    tool_use_id: str
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET


class BashCodeExecutionOutputBlockParam(
    RequestStruct, tag_field="type", tag="bash_code_execution_output"
):
    """A file a bash command produced."""

    type: ClassVar[Literal["bash_code_execution_output"]] = "bash_code_execution_output"
    file_id: str


class BashCodeExecutionResultBlockParam(
    RequestStruct, tag_field="type", tag="bash_code_execution_result"
):
    """What a bash command printed and returned."""

    type: ClassVar[Literal["bash_code_execution_result"]] = "bash_code_execution_result"
    content: list[BashCodeExecutionOutputBlockParam]
    return_code: int
    stderr: str
    stdout: str


class BashCodeExecutionToolResultErrorParam(
    RequestStruct, tag_field="type", tag="bash_code_execution_tool_result_error"
):
    """A failed bash command."""

    type: ClassVar[Literal["bash_code_execution_tool_result_error"]] = (
        "bash_code_execution_tool_result_error"
    )
    error_code: BashCodeExecutionErrorCode


class BashCodeExecutionToolResultBlockParam(
    RequestStruct, tag_field="type", tag="bash_code_execution_tool_result"
):
    """The result of a bash code-execution call."""

    type: ClassVar[Literal["bash_code_execution_tool_result"]] = "bash_code_execution_tool_result"
    content: BashCodeExecutionToolResultErrorParam | BashCodeExecutionResultBlockParam
    tool_use_id: str
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET


class TextEditorCodeExecutionToolResultErrorParam(
    RequestStruct, tag_field="type", tag="text_editor_code_execution_tool_result_error"
):
    """A failed file edit in the code-execution container."""

    type: ClassVar[Literal["text_editor_code_execution_tool_result_error"]] = (
        "text_editor_code_execution_tool_result_error"
    )
    error_code: TextEditorCodeExecutionErrorCode
    error_message: str | None | UnsetType = UNSET


class TextEditorCodeExecutionViewResultBlockParam(
    RequestStruct, tag_field="type", tag="text_editor_code_execution_view_result"
):
    """A file viewed in the code-execution container."""

    type: ClassVar[Literal["text_editor_code_execution_view_result"]] = (
        "text_editor_code_execution_view_result"
    )
    content: str
    file_type: Literal["text", "image", "pdf"]
    num_lines: int | None | UnsetType = UNSET
    start_line: int | None | UnsetType = UNSET
    total_lines: int | None | UnsetType = UNSET


class TextEditorCodeExecutionCreateResultBlockParam(
    RequestStruct, tag_field="type", tag="text_editor_code_execution_create_result"
):
    """A file created (or overwritten) in the code-execution container."""

    type: ClassVar[Literal["text_editor_code_execution_create_result"]] = (
        "text_editor_code_execution_create_result"
    )
    is_file_update: bool


class TextEditorCodeExecutionStrReplaceResultBlockParam(
    RequestStruct, tag_field="type", tag="text_editor_code_execution_str_replace_result"
):
    """A string replacement made in a file of the code-execution container."""

    type: ClassVar[Literal["text_editor_code_execution_str_replace_result"]] = (
        "text_editor_code_execution_str_replace_result"
    )
    lines: list[str] | None | UnsetType = UNSET
    new_lines: int | None | UnsetType = UNSET
    new_start: int | None | UnsetType = UNSET
    old_lines: int | None | UnsetType = UNSET
    old_start: int | None | UnsetType = UNSET


class TextEditorCodeExecutionToolResultBlockParam(
    RequestStruct, tag_field="type", tag="text_editor_code_execution_tool_result"
):
    """The result of a text-editor code-execution call."""

    type: ClassVar[Literal["text_editor_code_execution_tool_result"]] = (
        "text_editor_code_execution_tool_result"
    )
    content: Union[
        TextEditorCodeExecutionToolResultErrorParam,
        TextEditorCodeExecutionViewResultBlockParam,
        TextEditorCodeExecutionCreateResultBlockParam,
        TextEditorCodeExecutionStrReplaceResultBlockParam,
    ]
    tool_use_id: str
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET


# Tool search results


class ToolSearchToolResultErrorParam(
    RequestStruct, tag_field="type", tag="tool_search_tool_result_error"
):
    """A failed tool search."""

    type: ClassVar[Literal["tool_search_tool_result_error"]] = "tool_search_tool_result_error"
    error_code: CodeExecutionErrorCode
    error_message: str | None | UnsetType = UNSET


class ToolSearchToolSearchResultBlockParam(
    RequestStruct, tag_field="type", tag="tool_search_tool_search_result"
):
    """The tools a tool search found."""

    type: ClassVar[Literal["tool_search_tool_search_result"]] = "tool_search_tool_search_result"
    tool_references: list[ToolReferenceBlockParam]


class ToolSearchToolResultBlockParam(
    RequestStruct, tag_field="type", tag="tool_search_tool_result"
):
    """The result of a tool search server tool call."""

    type: ClassVar[Literal["tool_search_tool_result"]] = "tool_search_tool_result"
    content: ToolSearchToolResultErrorParam | ToolSearchToolSearchResultBlockParam
    tool_use_id: str
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET


# MCP and containers


class MCPToolUseBlockParam(RequestStruct, tag_field="type", tag="mcp_tool_use"):
    """A call to a tool of an MCP server, sent back in history."""

    type: ClassVar[Literal["mcp_tool_use"]] = "mcp_tool_use"
    id: str
    input: dict[str, Any]
    name: str
    server_name: Annotated[str, Meta(min_length=1, max_length=255)]
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET


class RequestMCPToolResultBlockParam(RequestStruct, tag_field="type", tag="mcp_tool_result"):
    """The result of an MCP tool call, sent back in history."""

    type: ClassVar[Literal["mcp_tool_result"]] = "mcp_tool_result"
    tool_use_id: str
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET
    content: str | list[TextBlockParam] | None | UnsetType = UNSET
    is_error: bool | UnsetType = UNSET


class ContainerUploadBlockParam(RequestStruct, tag_field="type", tag="container_upload"):
    """A Files API file to place in the code-execution container."""

    type: ClassVar[Literal["container_upload"]] = "container_upload"
    file_id: str
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET


# Advisor results

AdvisorErrorCode = Literal[
    "max_uses_exceeded",
    "prompt_too_long",
    "too_many_requests",
    "overloaded",
    "unavailable",
    "execution_time_exceeded",
    "model_not_found",
]


class AdvisorToolResultErrorParam(RequestStruct, tag_field="type", tag="advisor_tool_result_error"):
    """A failed advisor consultation, sent back in history."""

    type: ClassVar[Literal["advisor_tool_result_error"]] = "advisor_tool_result_error"
    error_code: AdvisorErrorCode


class AdvisorResultBlockParam(RequestStruct, tag_field="type", tag="advisor_result"):
    """The advisor's answer, sent back in history."""

    type: ClassVar[Literal["advisor_result"]] = "advisor_result"
    text: str
    stop_reason: str | None | UnsetType = UNSET


class AdvisorRedactedResultBlockParam(
    RequestStruct, tag_field="type", tag="advisor_redacted_result"
):
    """An encrypted advisor answer, sent back unchanged."""

    type: ClassVar[Literal["advisor_redacted_result"]] = "advisor_redacted_result"
    encrypted_content: str
    stop_reason: str | None | UnsetType = UNSET


class AdvisorToolResultBlockParam(RequestStruct, tag_field="type", tag="advisor_tool_result"):
    """The result of an advisor server tool call."""

    type: ClassVar[Literal["advisor_tool_result"]] = "advisor_tool_result"
    content: Union[
        AdvisorToolResultErrorParam, AdvisorResultBlockParam, AdvisorRedactedResultBlockParam
    ]
    tool_use_id: str
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET


# Tool changes (mid-conversation tool additions and removals, also inside compaction blocks)


class ToolChangeToolReference(RequestStruct, tag_field="type", tag="tool_reference"):
    """A tool of the request's ``tools``, by name."""

    type: ClassVar[Literal["tool_reference"]] = "tool_reference"
    name: str


class ToolChangeMCPToolReference(RequestStruct, tag_field="type", tag="mcp_tool_reference"):
    """One tool of an MCP server, by server and tool name."""

    type: ClassVar[Literal["mcp_tool_reference"]] = "mcp_tool_reference"
    name: str
    server_name: str


class ToolChangeMCPToolsetReference(
    RequestStruct, tag_field="type", tag="mcp_toolset_reference"
):
    """Every tool of an MCP server."""

    type: ClassVar[Literal["mcp_toolset_reference"]] = "mcp_toolset_reference"
    server_name: str


class ToolChangeToolDefinition(RequestStruct, tag_field="type", tag="tool_definition"):
    """A whole tool definition, as it would appear in ``tools``."""

    type: ClassVar[Literal["tool_definition"]] = "tool_definition"
    definition: ToolUnion


ToolChangeReference = Union[
    ToolChangeToolReference, ToolChangeMCPToolReference, ToolChangeMCPToolsetReference
]


class RequestToolAdditionBlockParam(RequestStruct, tag_field="type", tag="tool_addition"):
    """Makes a tool available from this point of the conversation on."""

    type: ClassVar[Literal["tool_addition"]] = "tool_addition"
    tool: ToolChangeReference | ToolChangeToolDefinition
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET


class RequestToolRemovalBlockParam(RequestStruct, tag_field="type", tag="tool_removal"):
    """Withdraws a tool from this point of the conversation on."""

    type: ClassVar[Literal["tool_removal"]] = "tool_removal"
    tool: ToolChangeReference
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET


ToolChangeBlockParam = Union[RequestToolAdditionBlockParam, RequestToolRemovalBlockParam]


class CompactionBlockParam(RequestStruct, tag_field="type", tag="compaction"):
    """A summary of the earlier conversation made by server-side compaction, sent back."""

    type: ClassVar[Literal["compaction"]] = "compaction"
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET
    content: str | None | UnsetType = UNSET
    encrypted_content: str | None | UnsetType = UNSET
    signature: str | None | UnsetType = UNSET
    tool_changes: list[ToolChangeBlockParam] | None | UnsetType = UNSET


class MCPToolListingBlockParam(RequestStruct, tag_field="type", tag="mcp_tool_listing"):
    """The tools an MCP server listed, sent back in history."""

    type: ClassVar[Literal["mcp_tool_listing"]] = "mcp_tool_listing"
    mcp_server_name: str
    tools: list[MCPToolParam]


class FallbackInfoParam(RequestStruct):
    """The model a turn was served by (before or after a fallback)."""

    model: Annotated[str, Meta(min_length=1)]


class FallbackRefusalTriggerParam(RequestStruct, tag_field="type", tag="refusal"):
    """The fallback happened because the first model refused."""

    type: ClassVar[Literal["refusal"]] = "refusal"
    category: RefusalCategory | None | UnsetType = UNSET


class FallbackBlockParam(RequestStruct, tag_field="type", tag="fallback"):
    """Marks where the API switched to a fallback model, sent back in history."""

    type: ClassVar[Literal["fallback"]] = "fallback"
    from_: FallbackInfoParam = msgspec.field(name="from")
    to: FallbackInfoParam
    trigger: FallbackRefusalTriggerParam | UnsetType = UNSET


ContentBlockParam = Union[
    TextBlockParam,
    ImageBlockParam,
    DocumentBlockParam,
    SearchResultBlockParam,
    ThinkingBlockParam,
    RedactedThinkingBlockParam,
    ToolUseBlockParam,
    ToolResultBlockParam,
    ServerToolUseBlockParam,
    WebSearchToolResultBlockParam,
    WebFetchToolResultBlockParam,
    CodeExecutionToolResultBlockParam,
    BashCodeExecutionToolResultBlockParam,
    TextEditorCodeExecutionToolResultBlockParam,
    ToolSearchToolResultBlockParam,
    MCPToolUseBlockParam,
    RequestMCPToolResultBlockParam,
    ContainerUploadBlockParam,
    AdvisorToolResultBlockParam,
    CompactionBlockParam,
    RequestToolAdditionBlockParam,
    RequestToolRemovalBlockParam,
    MCPToolListingBlockParam,
    FallbackBlockParam,
]

# =========================================================================== response side


class CitationCharLocation(ResponseStruct, tag_field="type", tag="char_location"):
    """The model cited a character range of a plain-text document."""

    type: ClassVar[Literal["char_location"]] = "char_location"
    cited_text: str
    document_index: int
    document_title: str | None = None
    end_char_index: int
    start_char_index: int
    file_id: str | None = None


class CitationPageLocation(ResponseStruct, tag_field="type", tag="page_location"):
    """The model cited a page range of a PDF."""

    type: ClassVar[Literal["page_location"]] = "page_location"
    cited_text: str
    document_index: int
    document_title: str | None = None
    end_page_number: int
    start_page_number: int
    file_id: str | None = None


class CitationContentBlockLocation(ResponseStruct, tag_field="type", tag="content_block_location"):
    """The model cited blocks of a custom-content document."""

    type: ClassVar[Literal["content_block_location"]] = "content_block_location"
    cited_text: str
    document_index: int
    document_title: str | None = None
    end_block_index: int
    start_block_index: int
    file_id: str | None = None


class CitationsWebSearchResultLocation(
    ResponseStruct, tag_field="type", tag="web_search_result_location"
):
    """The model cited a web search result."""

    type: ClassVar[Literal["web_search_result_location"]] = "web_search_result_location"
    cited_text: str
    encrypted_index: str
    title: str | None = None
    url: str


class CitationsSearchResultLocation(ResponseStruct, tag_field="type", tag="search_result_location"):
    """The model cited blocks of a caller-supplied search result."""

    type: ClassVar[Literal["search_result_location"]] = "search_result_location"
    cited_text: str
    end_block_index: int
    search_result_index: int
    source: str
    start_block_index: int
    title: str | None = None


_TextCitationMembers = Union[
    CitationCharLocation,
    CitationPageLocation,
    CitationContentBlockLocation,
    CitationsWebSearchResultLocation,
    CitationsSearchResultLocation,
]
if TYPE_CHECKING:  # the type checker also sees Unknown: a type newer than this version
    TextCitation = Union[_TextCitationMembers, Unknown]
else:
    TextCitation = _TextCitationMembers


class CitationConfig(ResponseStruct):
    """Whether citations were enabled for a fetched document."""

    enabled: bool


class Base64PDFSourceData(ResponseStruct, tag_field="type", tag="base64"):
    """A PDF returned inline (base64) by a server tool."""

    type: ClassVar[Literal["base64"]] = "base64"
    data: str
    media_type: Literal["application/pdf"]


class PlainTextSourceData(ResponseStruct, tag_field="type", tag="text"):
    """A plain-text document returned by a server tool."""

    type: ClassVar[Literal["text"]] = "text"
    data: str
    media_type: Literal["text/plain"]


class DocumentBlock(ResponseStruct, tag_field="type", tag="document"):
    """A document returned by a server tool (e.g. a fetched page)."""

    type: ClassVar[Literal["document"]] = "document"
    citations: CitationConfig | None = None
    source: Base64PDFSourceData | PlainTextSourceData
    title: str | None = None


class TextBlock(ResponseStruct, tag_field="type", tag="text"):
    """Text the model wrote, with the citations that support it."""

    type: ClassVar[Literal["text"]] = "text"
    text: str
    citations: list[TextCitation] | None = None


class ThinkingBlock(ResponseStruct, tag_field="type", tag="thinking"):
    """The model's visible reasoning; send it back unchanged with its signature."""

    type: ClassVar[Literal["thinking"]] = "thinking"
    signature: str
    thinking: str


class RedactedThinkingBlock(ResponseStruct, tag_field="type", tag="redacted_thinking"):
    """Encrypted reasoning; send it back unchanged."""

    type: ClassVar[Literal["redacted_thinking"]] = "redacted_thinking"
    data: str


class DirectCallerInfo(ResponseStruct, tag_field="type", tag="direct"):
    """The model called the tool directly."""

    type: ClassVar[Literal["direct"]] = "direct"


class ServerToolCallerInfo(ResponseStruct, tag_field="type", tag="code_execution_20250825"):
    """The tool was called from code run by the code-execution tool."""

    type: ClassVar[Literal["code_execution_20250825"]] = "code_execution_20250825"
    tool_id: str


class ServerToolCaller20260120Info(
    ResponseStruct, tag_field="type", tag="code_execution_20260120"
):
    """The tool was called from code run by the January 2026 code-execution tool."""

    type: ClassVar[Literal["code_execution_20260120"]] = "code_execution_20260120"
    tool_id: str


_CallerInfoMembers = Union[DirectCallerInfo, ServerToolCallerInfo, ServerToolCaller20260120Info]
if TYPE_CHECKING:  # the type checker also sees Unknown: a type newer than this version
    CallerInfo = Union[_CallerInfoMembers, Unknown]
else:
    CallerInfo = _CallerInfoMembers


class ToolUseBlock(ResponseStruct, tag_field="type", tag="tool_use"):
    """The model asks the caller to run a client tool."""

    type: ClassVar[Literal["tool_use"]] = "tool_use"
    id: str
    input: dict[str, Any]
    name: str
    caller: CallerInfo | None = None
    toolset_name: str | None = None


class ServerToolUseBlock(ResponseStruct, tag_field="type", tag="server_tool_use"):
    """The model called a server tool (run by the API itself)."""

    type: ClassVar[Literal["server_tool_use"]] = "server_tool_use"
    id: str
    input: dict[str, Any]
    name: ServerToolName
    caller: CallerInfo | None = None


class WebSearchResultBlock(ResponseStruct, tag_field="type", tag="web_search_result"):
    """One web search hit."""

    type: ClassVar[Literal["web_search_result"]] = "web_search_result"
    encrypted_content: str
    page_age: str | None = None
    title: str
    url: str


class WebSearchToolResultError(
    ResponseStruct, tag_field="type", tag="web_search_tool_result_error"
):
    """A web search that failed."""

    type: ClassVar[Literal["web_search_tool_result_error"]] = "web_search_tool_result_error"
    error_code: WebSearchErrorCode


WebSearchToolResultContent = Union[WebSearchToolResultError, list[WebSearchResultBlock]]


class WebSearchToolResultBlock(ResponseStruct, tag_field="type", tag="web_search_tool_result"):
    """The hits of a web search, or its error."""

    type: ClassVar[Literal["web_search_tool_result"]] = "web_search_tool_result"
    content: WebSearchToolResultContent
    tool_use_id: str
    caller: CallerInfo | None = None


class WebFetchToolResultErrorBlock(
    ResponseStruct, tag_field="type", tag="web_fetch_tool_result_error"
):
    """A web fetch that failed."""

    type: ClassVar[Literal["web_fetch_tool_result_error"]] = "web_fetch_tool_result_error"
    error_code: WebFetchErrorCode


class WebFetchBlock(ResponseStruct, tag_field="type", tag="web_fetch_result"):
    """A fetched page, as a document."""

    type: ClassVar[Literal["web_fetch_result"]] = "web_fetch_result"
    content: DocumentBlock
    retrieved_at: str | None = None
    url: str


class WebFetchToolResultBlock(ResponseStruct, tag_field="type", tag="web_fetch_tool_result"):
    """The page a web fetch returned, or its error."""

    type: ClassVar[Literal["web_fetch_tool_result"]] = "web_fetch_tool_result"
    content: WebFetchToolResultErrorBlock | WebFetchBlock
    tool_use_id: str
    caller: CallerInfo | None = None


class CodeExecutionOutputBlock(ResponseStruct, tag_field="type", tag="code_execution_output"):
    """A file the code produced."""

    type: ClassVar[Literal["code_execution_output"]] = "code_execution_output"
    file_id: str


class CodeExecutionResultBlock(ResponseStruct, tag_field="type", tag="code_execution_result"):
    """What a code run printed and returned."""

    type: ClassVar[Literal["code_execution_result"]] = "code_execution_result"
    content: list[CodeExecutionOutputBlock]
    return_code: int
    stderr: str
    stdout: str


class EncryptedCodeExecutionResultBlock(
    ResponseStruct, tag_field="type", tag="encrypted_code_execution_result"
):
    """A code run whose printed output the API returns encrypted."""

    type: ClassVar[Literal["encrypted_code_execution_result"]] = "encrypted_code_execution_result"
    content: list[CodeExecutionOutputBlock]
    encrypted_stdout: str
    return_code: int
    stderr: str


class CodeExecutionToolResultError(
    ResponseStruct, tag_field="type", tag="code_execution_tool_result_error"
):
    """A code run that failed."""

    type: ClassVar[Literal["code_execution_tool_result_error"]] = "code_execution_tool_result_error"
    error_code: CodeExecutionErrorCode


CodeExecutionToolResultContent = Union[
    CodeExecutionToolResultError, CodeExecutionResultBlock, EncryptedCodeExecutionResultBlock
]


class CodeExecutionToolResultBlock(
    ResponseStruct, tag_field="type", tag="code_execution_tool_result"
):
    """The outcome of a code execution call."""

    type: ClassVar[Literal["code_execution_tool_result"]] = "code_execution_tool_result"
    content: CodeExecutionToolResultContent
    tool_use_id: str


class BashCodeExecutionOutputBlock(
    ResponseStruct, tag_field="type", tag="bash_code_execution_output"
):
    """A file a bash command produced."""

    type: ClassVar[Literal["bash_code_execution_output"]] = "bash_code_execution_output"
    file_id: str


class BashCodeExecutionResultBlock(
    ResponseStruct, tag_field="type", tag="bash_code_execution_result"
):
    """What a bash command printed and returned."""

    type: ClassVar[Literal["bash_code_execution_result"]] = "bash_code_execution_result"
    content: list[BashCodeExecutionOutputBlock]
    return_code: int
    stderr: str
    stdout: str


class BashCodeExecutionToolResultError(
    ResponseStruct, tag_field="type", tag="bash_code_execution_tool_result_error"
):
    """A bash command that failed."""

    type: ClassVar[Literal["bash_code_execution_tool_result_error"]] = (
        "bash_code_execution_tool_result_error"
    )
    error_code: BashCodeExecutionErrorCode


class BashCodeExecutionToolResultBlock(
    ResponseStruct, tag_field="type", tag="bash_code_execution_tool_result"
):
    """The outcome of a bash code-execution call."""

    type: ClassVar[Literal["bash_code_execution_tool_result"]] = "bash_code_execution_tool_result"
    content: BashCodeExecutionToolResultError | BashCodeExecutionResultBlock
    tool_use_id: str


class TextEditorCodeExecutionToolResultError(
    ResponseStruct, tag_field="type", tag="text_editor_code_execution_tool_result_error"
):
    """A file edit in the container that failed."""

    type: ClassVar[Literal["text_editor_code_execution_tool_result_error"]] = (
        "text_editor_code_execution_tool_result_error"
    )
    error_code: TextEditorCodeExecutionErrorCode
    error_message: str | None = None


class TextEditorCodeExecutionViewResultBlock(
    ResponseStruct, tag_field="type", tag="text_editor_code_execution_view_result"
):
    """A file viewed in the container."""

    type: ClassVar[Literal["text_editor_code_execution_view_result"]] = (
        "text_editor_code_execution_view_result"
    )
    content: str
    file_type: Literal["text", "image", "pdf"]
    num_lines: int | None = None
    start_line: int | None = None
    total_lines: int | None = None


class TextEditorCodeExecutionCreateResultBlock(
    ResponseStruct, tag_field="type", tag="text_editor_code_execution_create_result"
):
    """A file created in the container."""

    type: ClassVar[Literal["text_editor_code_execution_create_result"]] = (
        "text_editor_code_execution_create_result"
    )
    is_file_update: bool


class TextEditorCodeExecutionStrReplaceResultBlock(
    ResponseStruct, tag_field="type", tag="text_editor_code_execution_str_replace_result"
):
    """A string replacement made in a container file."""

    type: ClassVar[Literal["text_editor_code_execution_str_replace_result"]] = (
        "text_editor_code_execution_str_replace_result"
    )
    lines: list[str] | None = None
    new_lines: int | None = None
    new_start: int | None = None
    old_lines: int | None = None
    old_start: int | None = None


class TextEditorCodeExecutionToolResultBlock(
    ResponseStruct, tag_field="type", tag="text_editor_code_execution_tool_result"
):
    """The outcome of a text-editor code-execution call."""

    type: ClassVar[Literal["text_editor_code_execution_tool_result"]] = (
        "text_editor_code_execution_tool_result"
    )
    content: Union[
        TextEditorCodeExecutionToolResultError,
        TextEditorCodeExecutionViewResultBlock,
        TextEditorCodeExecutionCreateResultBlock,
        TextEditorCodeExecutionStrReplaceResultBlock,
    ]
    tool_use_id: str


class ToolReferenceBlock(ResponseStruct, tag_field="type", tag="tool_reference"):
    """A tool definition a tool search found."""

    type: ClassVar[Literal["tool_reference"]] = "tool_reference"
    tool_name: str


class ToolSearchToolResultError(
    ResponseStruct, tag_field="type", tag="tool_search_tool_result_error"
):
    """A tool search that failed."""

    type: ClassVar[Literal["tool_search_tool_result_error"]] = "tool_search_tool_result_error"
    error_code: CodeExecutionErrorCode
    error_message: str | None = None


class ToolSearchToolSearchResultBlock(
    ResponseStruct, tag_field="type", tag="tool_search_tool_search_result"
):
    """The tools a search found."""

    type: ClassVar[Literal["tool_search_tool_search_result"]] = "tool_search_tool_search_result"
    tool_references: list[ToolReferenceBlock]


class ToolSearchToolResultBlock(ResponseStruct, tag_field="type", tag="tool_search_tool_result"):
    """The outcome of a tool search call."""

    type: ClassVar[Literal["tool_search_tool_result"]] = "tool_search_tool_result"
    content: ToolSearchToolResultError | ToolSearchToolSearchResultBlock
    tool_use_id: str


class MCPToolUseBlock(ResponseStruct, tag_field="type", tag="mcp_tool_use"):
    """The model called a tool of an MCP server (run by the API)."""

    type: ClassVar[Literal["mcp_tool_use"]] = "mcp_tool_use"
    id: str
    input: dict[str, Any]
    name: str
    server_name: str


class MCPToolResultBlock(ResponseStruct, tag_field="type", tag="mcp_tool_result"):
    """What an MCP tool returned."""

    type: ClassVar[Literal["mcp_tool_result"]] = "mcp_tool_result"
    content: str | list[TextBlock]
    is_error: bool = False
    tool_use_id: str


class ContainerUploadBlock(ResponseStruct, tag_field="type", tag="container_upload"):
    """A file placed in the code-execution container."""

    type: ClassVar[Literal["container_upload"]] = "container_upload"
    file_id: str


class AdvisorToolResultError(ResponseStruct, tag_field="type", tag="advisor_tool_result_error"):
    """An advisor consultation that failed."""

    type: ClassVar[Literal["advisor_tool_result_error"]] = "advisor_tool_result_error"
    error_code: AdvisorErrorCode


class AdvisorResultBlock(ResponseStruct, tag_field="type", tag="advisor_result"):
    """What the advisor model answered."""

    type: ClassVar[Literal["advisor_result"]] = "advisor_result"
    text: str
    stop_reason: str | None = None


class AdvisorRedactedResultBlock(ResponseStruct, tag_field="type", tag="advisor_redacted_result"):
    """The advisor's answer, encrypted; send it back unchanged."""

    type: ClassVar[Literal["advisor_redacted_result"]] = "advisor_redacted_result"
    encrypted_content: str
    stop_reason: str | None = None


class AdvisorToolResultBlock(ResponseStruct, tag_field="type", tag="advisor_tool_result"):
    """The outcome of an advisor call."""

    type: ClassVar[Literal["advisor_tool_result"]] = "advisor_tool_result"
    content: AdvisorToolResultError | AdvisorResultBlock | AdvisorRedactedResultBlock
    tool_use_id: str


class ResponseToolChangeToolReference(ResponseStruct, tag_field="type", tag="tool_reference"):
    """A tool, by name."""

    type: ClassVar[Literal["tool_reference"]] = "tool_reference"
    name: str


class ResponseToolChangeMCPToolReference(
    ResponseStruct, tag_field="type", tag="mcp_tool_reference"
):
    """One tool of an MCP server."""

    type: ClassVar[Literal["mcp_tool_reference"]] = "mcp_tool_reference"
    name: str
    server_name: str


class ResponseToolChangeMCPToolsetReference(
    ResponseStruct, tag_field="type", tag="mcp_toolset_reference"
):
    """Every tool of an MCP server."""

    type: ClassVar[Literal["mcp_toolset_reference"]] = "mcp_toolset_reference"
    server_name: str


class ResponseToolChangeToolDefinition(ResponseStruct, tag_field="type", tag="tool_definition"):
    """A whole tool definition (the same shapes as the request's ``tools``)."""

    type: ClassVar[Literal["tool_definition"]] = "tool_definition"
    definition: ToolUnion


_ToolChangeRefMembers = Union[
    ResponseToolChangeToolReference,
    ResponseToolChangeMCPToolReference,
    ResponseToolChangeMCPToolsetReference,
]
if TYPE_CHECKING:  # the type checker also sees Unknown: a type newer than this version
    ResponseToolChangeReference = Union[_ToolChangeRefMembers, Unknown]
    ResponseToolChangeTool = Union[_ToolChangeRefMembers, ResponseToolChangeToolDefinition, Unknown]
else:
    ResponseToolChangeReference = _ToolChangeRefMembers
    ResponseToolChangeTool = Union[_ToolChangeRefMembers, ResponseToolChangeToolDefinition]


class ResponseToolAdditionBlock(ResponseStruct, tag_field="type", tag="tool_addition"):
    """A tool that became available at this point of the conversation."""

    type: ClassVar[Literal["tool_addition"]] = "tool_addition"
    tool: ResponseToolChangeTool


class ResponseToolRemovalBlock(ResponseStruct, tag_field="type", tag="tool_removal"):
    """A tool withdrawn at this point of the conversation."""

    type: ClassVar[Literal["tool_removal"]] = "tool_removal"
    tool: ResponseToolChangeReference


_ToolChangeMembers = Union[ResponseToolAdditionBlock, ResponseToolRemovalBlock]
if TYPE_CHECKING:  # the type checker also sees Unknown: a type newer than this version
    ResponseToolChange = Union[_ToolChangeMembers, Unknown]
else:
    ResponseToolChange = _ToolChangeMembers


class CompactionBlock(ResponseStruct, tag_field="type", tag="compaction"):
    """A summary of the earlier conversation (server-side compaction); send it back as is."""

    type: ClassVar[Literal["compaction"]] = "compaction"
    content: str | None = None
    encrypted_content: str | None = None
    signature: str | None = None
    tool_changes: list[ResponseToolChange] | None = None


class MCPTool(ResponseStruct):
    """One tool an MCP server listed."""

    input_schema: dict[str, Any]
    name: str
    description: str | None = None


class MCPToolListingBlock(ResponseStruct, tag_field="type", tag="mcp_tool_listing"):
    """The tools an MCP server offered for this turn."""

    type: ClassVar[Literal["mcp_tool_listing"]] = "mcp_tool_listing"
    mcp_server_name: str
    tools: list[MCPTool]


class FallbackInfo(ResponseStruct):
    """A model taking part in a fallback."""

    model: str


class FallbackRefusalTrigger(ResponseStruct, tag_field="type", tag="refusal"):
    """The fallback happened because the first model refused."""

    type: ClassVar[Literal["refusal"]] = "refusal"
    category: RefusalCategory | None = None


if TYPE_CHECKING:  # the type checker also sees Unknown: a type newer than this version
    FallbackTrigger = Union[FallbackRefusalTrigger, Unknown]
else:
    FallbackTrigger = FallbackRefusalTrigger


class FallbackBlock(ResponseStruct, tag_field="type", tag="fallback"):
    """The API switched to a fallback model here; the rest of the reply comes from ``to``."""

    type: ClassVar[Literal["fallback"]] = "fallback"
    from_: FallbackInfo = msgspec.field(name="from")
    to: FallbackInfo
    trigger: FallbackTrigger


_ContentBlockMembers = Union[
    TextBlock,
    ThinkingBlock,
    RedactedThinkingBlock,
    ToolUseBlock,
    ServerToolUseBlock,
    WebSearchToolResultBlock,
    WebFetchToolResultBlock,
    CodeExecutionToolResultBlock,
    BashCodeExecutionToolResultBlock,
    TextEditorCodeExecutionToolResultBlock,
    ToolSearchToolResultBlock,
    MCPToolUseBlock,
    MCPToolResultBlock,
    ContainerUploadBlock,
    AdvisorToolResultBlock,
    CompactionBlock,
    FallbackBlock,
    MCPToolListingBlock,
]
if TYPE_CHECKING:  # the type checker also sees Unknown: a type newer than this version
    ContentBlock = Union[_ContentBlockMembers, Unknown]
else:
    ContentBlock = _ContentBlockMembers

def to_param(block: ContentBlock) -> ContentBlockParam:
    """Turn a response block into the request block that sends it back in the next turn.

    Everything the API returned is kept (thinking signatures, server-tool results, citations);
    an :class:`~msgtypes.Unknown` block, or a known block holding a value of a type this version
    does not know, is passed through as its raw JSON. It never raises on a decoded response.
    """
    if isinstance(block, Unknown):
        return block  # type: ignore[return-value]  # raw passthrough, encodes unchanged
    data = msgspec.json.encode(block)
    try:
        param: ContentBlockParam = decoder_for(ContentBlockParam).decode(data)
    except msgspec.ValidationError:
        # A known block holding a value newer than this version (say a caller type): the
        # request Structs cannot hold it, so the block goes back as the JSON that was received.
        return Unknown(msgspec.json.decode(data))  # type: ignore[return-value]
    return param
