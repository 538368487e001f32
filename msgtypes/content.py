"""Content blocks, their sources and citations: the request side (``*Param``) and the response side.

Request blocks are strict (``RequestStruct``); response blocks are lenient (``ResponseStruct``) and
every response union also admits :class:`~msgtypes.Unknown` for block types newer than this library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, Union

import msgspec
from msgspec import UNSET, Meta, UnsetType

from ._base import RequestStruct, ResponseStruct, Unknown
from .codec import strict_decoder

# --------------------------------------------------------------------------- shared pieces

ToolUseId = Annotated[str, Meta(pattern=r"^[a-zA-Z0-9_-]+$", description="A tool_use block id.")]
ImageMediaType = Literal["image/jpeg", "image/png", "image/gif", "image/webp"]
ServerToolName = Literal[
    "web_search",
    "web_fetch",
    "code_execution",
    "bash_code_execution",
    "text_editor_code_execution",
    "tool_search_tool_regex",
    "tool_search_tool_bm25",
]


class CacheControlEphemeral(RequestStruct, tag_field="type", tag="ephemeral"):
    """A prompt-cache breakpoint at this block; ``ttl`` is ``"5m"`` (default) or ``"1h"``."""

    type: ClassVar[Literal["ephemeral"]] = "ephemeral"
    ttl: Literal["5m", "1h"] | UnsetType = UNSET


class CitationsConfigParam(RequestStruct):
    """Whether the model may cite this document."""

    enabled: bool | UnsetType = UNSET


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


class ImageBlockParam(RequestStruct, tag_field="type", tag="image"):
    """An image for the model to see."""

    type: ClassVar[Literal["image"]] = "image"
    source: ImageSource
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET


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


Caller = Union[DirectCaller, ServerToolCaller]


class ToolUseBlockParam(RequestStruct, tag_field="type", tag="tool_use"):
    """A client tool call made by the model (in an assistant turn)."""

    type: ClassVar[Literal["tool_use"]] = "tool_use"
    id: ToolUseId
    input: dict[str, Any]
    name: Annotated[str, Meta(min_length=1, max_length=200)]
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET
    caller: Caller | UnsetType = UNSET


class ToolReferenceBlockParam(RequestStruct, tag_field="type", tag="tool_reference"):
    """A reference to a tool definition, returned by a tool search."""

    type: ClassVar[Literal["tool_reference"]] = "tool_reference"
    tool_name: Annotated[str, Meta(min_length=1, max_length=64)]
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET


ToolResultContent = Union[
    TextBlockParam,
    ImageBlockParam,
    SearchResultBlockParam,
    DocumentBlockParam,
    ToolReferenceBlockParam,
]


class ToolResultBlockParam(RequestStruct, tag_field="type", tag="tool_result"):
    """The result of a client tool call (in the next user turn)."""

    type: ClassVar[Literal["tool_result"]] = "tool_result"
    tool_use_id: ToolUseId
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET
    content: str | list[ToolResultContent] | None | UnsetType = UNSET
    is_error: bool | UnsetType = UNSET


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
    "invalid_tool_input", "unavailable", "max_uses_exceeded", "too_many_requests", "query_too_long"
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


class WebSearchToolResultBlockParam(RequestStruct, tag_field="type", tag="web_search_tool_result"):
    """The result of a web search server tool call."""

    type: ClassVar[Literal["web_search_tool_result"]] = "web_search_tool_result"
    content: list[WebSearchResultBlockParam] | WebSearchToolRequestError
    tool_use_id: str
    cache_control: CacheControlEphemeral | None | UnsetType = UNSET


# Web fetch results

WebFetchErrorCode = Literal[
    "invalid_tool_input",
    "url_too_long",
    "url_not_allowed",
    "url_not_accessible",
    "unsupported_content_type",
    "too_many_requests",
    "max_uses_exceeded",
    "unavailable",
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


class CodeExecutionToolResultErrorParam(
    RequestStruct, tag_field="type", tag="code_execution_tool_result_error"
):
    """A failed code run."""

    type: ClassVar[Literal["code_execution_tool_result_error"]] = "code_execution_tool_result_error"
    error_code: CodeExecutionErrorCode


class CodeExecutionToolResultBlockParam(
    RequestStruct, tag_field="type", tag="code_execution_tool_result"
):
    """The result of a code execution server tool call."""

    type: ClassVar[Literal["code_execution_tool_result"]] = "code_execution_tool_result"
    content: CodeExecutionToolResultErrorParam | CodeExecutionResultBlockParam
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
]

# =========================================================================== response side


class CitationCharLocation(ResponseStruct, tag_field="type", tag="char_location"):
    """The model cited a character range of a plain-text document."""

    type: ClassVar[Literal["char_location"]] = "char_location"
    cited_text: str
    document_index: int
    document_title: str | None
    end_char_index: int
    start_char_index: int
    file_id: str | None = None


class CitationPageLocation(ResponseStruct, tag_field="type", tag="page_location"):
    """The model cited a page range of a PDF."""

    type: ClassVar[Literal["page_location"]] = "page_location"
    cited_text: str
    document_index: int
    document_title: str | None
    end_page_number: int
    start_page_number: int
    file_id: str | None = None


class CitationContentBlockLocation(ResponseStruct, tag_field="type", tag="content_block_location"):
    """The model cited blocks of a custom-content document."""

    type: ClassVar[Literal["content_block_location"]] = "content_block_location"
    cited_text: str
    document_index: int
    document_title: str | None
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
    title: str | None
    url: str


class CitationsSearchResultLocation(ResponseStruct, tag_field="type", tag="search_result_location"):
    """The model cited blocks of a caller-supplied search result."""

    type: ClassVar[Literal["search_result_location"]] = "search_result_location"
    cited_text: str
    end_block_index: int
    search_result_index: int
    source: str
    start_block_index: int
    title: str | None


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


_CallerInfoMembers = Union[DirectCallerInfo, ServerToolCallerInfo]
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


class WebSearchToolResultBlock(ResponseStruct, tag_field="type", tag="web_search_tool_result"):
    """The hits of a web search, or its error."""

    type: ClassVar[Literal["web_search_tool_result"]] = "web_search_tool_result"
    content: WebSearchToolResultError | list[WebSearchResultBlock]
    tool_use_id: str


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


class CodeExecutionToolResultError(
    ResponseStruct, tag_field="type", tag="code_execution_tool_result_error"
):
    """A code run that failed."""

    type: ClassVar[Literal["code_execution_tool_result_error"]] = "code_execution_tool_result_error"
    error_code: CodeExecutionErrorCode


class CodeExecutionToolResultBlock(
    ResponseStruct, tag_field="type", tag="code_execution_tool_result"
):
    """The outcome of a code execution call."""

    type: ClassVar[Literal["code_execution_tool_result"]] = "code_execution_tool_result"
    content: CodeExecutionToolResultError | CodeExecutionResultBlock
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
]
if TYPE_CHECKING:  # the type checker also sees Unknown: a type newer than this version
    ContentBlock = Union[_ContentBlockMembers, Unknown]
else:
    ContentBlock = _ContentBlockMembers

def to_param(block: ContentBlock) -> ContentBlockParam:
    """Turn a response block into the request block that sends it back in the next turn.

    Everything the API returned is kept (thinking signatures, server-tool results, citations);
    an :class:`~msgtypes.Unknown` block is passed through as its raw JSON.
    """
    if isinstance(block, Unknown):
        return block  # type: ignore[return-value]  # raw passthrough, encodes unchanged
    param: ContentBlockParam = strict_decoder(ContentBlockParam).decode(msgspec.json.encode(block))
    return param
