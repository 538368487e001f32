"""Server-sent stream events and the deltas inside them."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Literal, Union

from ._base import ResponseStruct, Unknown
from .content import ContentBlock, TextCitation
from .errors import ErrorResponse
from .messages import (
    Container,
    ContextManagementResponse,
    FallbackCreditUsage,
    InputTransformation,
    IterationUsage,
    Message,
    OutputTokensDetails,
    ServerToolUsage,
    StopDetails,
    StopReason,
)

# --------------------------------------------------------------------------- deltas


class TextDelta(ResponseStruct, tag_field="type", tag="text_delta"):
    """More text for a text block."""

    type: ClassVar[Literal["text_delta"]] = "text_delta"
    text: str


class InputJSONDelta(ResponseStruct, tag_field="type", tag="input_json_delta"):
    """A fragment of a tool call's input JSON; the fragments concatenate to the whole input."""

    type: ClassVar[Literal["input_json_delta"]] = "input_json_delta"
    partial_json: str


class CitationsDelta(ResponseStruct, tag_field="type", tag="citations_delta"):
    """One more citation for the current text block."""

    type: ClassVar[Literal["citations_delta"]] = "citations_delta"
    citation: TextCitation


class ThinkingDelta(ResponseStruct, tag_field="type", tag="thinking_delta"):
    """More text for a thinking block."""

    type: ClassVar[Literal["thinking_delta"]] = "thinking_delta"
    thinking: str
    estimated_tokens: int | None = None


class SignatureDelta(ResponseStruct, tag_field="type", tag="signature_delta"):
    """The signature of a thinking block, sent just before it stops."""

    type: ClassVar[Literal["signature_delta"]] = "signature_delta"
    signature: str


class CompactionContentBlockDelta(ResponseStruct, tag_field="type", tag="compaction_delta"):
    """The content of a compaction block (it arrives whole, in one delta)."""

    type: ClassVar[Literal["compaction_delta"]] = "compaction_delta"
    content: str | None = None
    encrypted_content: str | None = None


_RawContentBlockDeltaMembers = Union[
    TextDelta,
    InputJSONDelta,
    CitationsDelta,
    ThinkingDelta,
    SignatureDelta,
    CompactionContentBlockDelta,
]
if TYPE_CHECKING:  # the type checker also sees Unknown: a type newer than this version
    RawContentBlockDelta = Union[_RawContentBlockDeltaMembers, Unknown]
else:
    RawContentBlockDelta = _RawContentBlockDeltaMembers


class MessageDelta(ResponseStruct):
    """Top-level Message fields that change at the end of a stream."""

    stop_reason: StopReason | None = None
    stop_sequence: str | None = None
    container: Container | None = None
    stop_details: StopDetails | None = None


class MessageDeltaUsage(ResponseStruct):
    """Cumulative token usage reported by ``message_delta``."""

    output_tokens: int
    input_tokens: int | None = None
    cache_creation_input_tokens: int | None = None
    cache_read_input_tokens: int | None = None
    fallback_credit: FallbackCreditUsage | None = None
    iterations: list[IterationUsage] | None = None
    output_tokens_details: OutputTokensDetails | None = None
    server_tool_use: ServerToolUsage | None = None


# --------------------------------------------------------------------------- events


class RawMessageStartEvent(ResponseStruct, tag_field="type", tag="message_start"):
    """The stream opens with the Message shell (empty content)."""

    type: ClassVar[Literal["message_start"]] = "message_start"
    message: Message


class RawMessageDeltaEvent(ResponseStruct, tag_field="type", tag="message_delta"):
    """Stop reason and final usage."""

    type: ClassVar[Literal["message_delta"]] = "message_delta"
    delta: MessageDelta
    usage: MessageDeltaUsage
    context_management: ContextManagementResponse | None = None
    input_transformations: list[InputTransformation] | None = None


class RawMessageStopEvent(ResponseStruct, tag_field="type", tag="message_stop"):
    """The stream is complete."""

    type: ClassVar[Literal["message_stop"]] = "message_stop"


class RawContentBlockStartEvent(ResponseStruct, tag_field="type", tag="content_block_start"):
    """A content block begins at ``index``."""

    type: ClassVar[Literal["content_block_start"]] = "content_block_start"
    content_block: ContentBlock
    index: int


class RawContentBlockDeltaEvent(ResponseStruct, tag_field="type", tag="content_block_delta"):
    """An increment to the block at ``index``."""

    type: ClassVar[Literal["content_block_delta"]] = "content_block_delta"
    delta: RawContentBlockDelta
    index: int


class RawContentBlockStopEvent(ResponseStruct, tag_field="type", tag="content_block_stop"):
    """The block at ``index`` is complete."""

    type: ClassVar[Literal["content_block_stop"]] = "content_block_stop"
    index: int


class PingEvent(ResponseStruct, tag_field="type", tag="ping"):
    """A keep-alive; carries nothing."""

    type: ClassVar[Literal["ping"]] = "ping"


_RawMessageStreamEventMembers = Union[
    RawMessageStartEvent,
    RawMessageDeltaEvent,
    RawMessageStopEvent,
    RawContentBlockStartEvent,
    RawContentBlockDeltaEvent,
    RawContentBlockStopEvent,
    PingEvent,
    ErrorResponse,
]
if TYPE_CHECKING:  # the type checker also sees Unknown: a type newer than this version
    RawMessageStreamEvent = Union[_RawMessageStreamEventMembers, Unknown]
else:
    RawMessageStreamEvent = _RawMessageStreamEventMembers

MessageStreamEvent = RawMessageStreamEvent
