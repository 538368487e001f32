"""Message Batches: the create body, the batch object, and the per-request results."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, ClassVar, Generic, Literal, TypeVar, Union

import msgspec
from msgspec import Meta

from ._base import RequestStruct, ResponseStruct, Unknown
from .codec import Decoder, strict_decoder
from .errors import ErrorResponse
from .messages import Message, MessageCreateParams

CustomId = Annotated[
    str,
    Meta(
        pattern=r"^[a-zA-Z0-9_-]{1,64}$",
        description="Caller's id for the request: 1-64 letters, digits, '_' or '-'.",
    ),
]


class MessageBatchRequest(RequestStruct):
    """One request of a batch: your id for it and its Messages parameters."""

    custom_id: CustomId
    params: MessageCreateParams


#: Most requests one batch may hold (batch-processing guide; the API reference's 10,000 is stale).
MAX_BATCH_REQUESTS = 100_000


class BatchCreateParams(RequestStruct):
    """Body of ``POST /v1/messages/batches``."""

    requests: Annotated[
        list[MessageBatchRequest], Meta(min_length=1, max_length=MAX_BATCH_REQUESTS)
    ]


class MessageBatchRequestCounts(ResponseStruct):
    """How many requests of the batch are in each state."""

    canceled: int = 0
    errored: int = 0
    expired: int = 0
    processing: int = 0
    succeeded: int = 0


class MessageBatch(ResponseStruct, tag_field="type", tag="message_batch"):
    """A batch and its processing state."""

    type: ClassVar[Literal["message_batch"]] = "message_batch"
    id: str
    created_at: datetime
    expires_at: datetime
    processing_status: Literal["in_progress", "canceling", "ended"]
    request_counts: MessageBatchRequestCounts
    archived_at: datetime | None = None
    cancel_initiated_at: datetime | None = None
    ended_at: datetime | None = None
    results_url: str | None = None


class DeletedMessageBatch(ResponseStruct, tag_field="type", tag="message_batch_deleted"):
    """Confirmation that a batch was deleted."""

    type: ClassVar[Literal["message_batch_deleted"]] = "message_batch_deleted"
    id: str


class MessageBatchSucceededResult(ResponseStruct, tag_field="type", tag="succeeded"):
    """The request produced a Message."""

    type: ClassVar[Literal["succeeded"]] = "succeeded"
    message: Message


class MessageBatchErroredResult(ResponseStruct, tag_field="type", tag="errored"):
    """The request failed (invalid params or a server error)."""

    type: ClassVar[Literal["errored"]] = "errored"
    error: ErrorResponse


class MessageBatchCanceledResult(ResponseStruct, tag_field="type", tag="canceled"):
    """The batch was canceled before this request ran."""

    type: ClassVar[Literal["canceled"]] = "canceled"


class MessageBatchExpiredResult(ResponseStruct, tag_field="type", tag="expired"):
    """The batch expired (24 hours) before this request ran."""

    type: ClassVar[Literal["expired"]] = "expired"


_MessageBatchResultMembers = Union[
    MessageBatchSucceededResult,
    MessageBatchErroredResult,
    MessageBatchCanceledResult,
    MessageBatchExpiredResult,
]
if TYPE_CHECKING:  # the type checker also sees Unknown: a type newer than this version
    MessageBatchResult = Union[_MessageBatchResultMembers, Unknown]
else:
    MessageBatchResult = _MessageBatchResultMembers


class MessageBatchIndividualResponse(ResponseStruct):
    """One line of a batch's results file."""

    custom_id: str
    result: MessageBatchResult


T = TypeVar("T")


class Page(ResponseStruct, Generic[T]):
    """One page of a list endpoint (``data`` plus cursors for the next page)."""

    data: list[T]
    has_more: bool
    first_id: str | None = None
    last_id: str | None = None


MessageBatchListPage = Page[MessageBatch]


# =========================================================================== results files
# A results file is JSON Lines: one MessageBatchIndividualResponse per line, in no set order.
# The fast path decodes all whole lines of a chunk with one typed ``decode_lines`` call; only a
# chunk that fails it is decoded line by line, which keeps unknown result/block types (tolerant
# path) and finds the exact line of a real error.

_BOM = b"\xef\xbb\xbf"
_WINDOW = 1 << 20  # at most about this many bytes of whole lines are decoded at once
_BLANK = b" \t\r"


class BatchResultsError(ValueError):
    """A line of a batch results file is not a result.

    ``lineno`` is the 1-based line number (blank lines count), ``line`` the line's bytes and
    ``error`` the decode error (also the ``__cause__``).
    """

    def __init__(self, lineno: int, line: bytes, error: msgspec.DecodeError) -> None:
        super().__init__(f"batch results line {lineno}: {error}")
        self.lineno = lineno
        self.line = line
        self.error = error
        self.__cause__ = error


class _ResultsReader:
    """Line splitting and decoding shared by :func:`iter_results` and :func:`aiter_results`."""

    __slots__ = ("_at_start", "_fast", "_lineno", "_parts", "_slow", "error")

    def __init__(self) -> None:
        self._fast = strict_decoder(MessageBatchIndividualResponse)
        self._slow: Decoder | None = None
        self._lineno = 0  # lines before the next window
        self._parts: list[bytes] = []  # an unfinished line
        self._at_start = True
        self.error: BatchResultsError | None = None

    def windows(self, chunk: bytes) -> Iterator[bytes]:
        """The whole lines ``chunk`` completes, in pieces of about ``_WINDOW`` bytes."""
        if self._at_start:
            chunk = b"".join(self._parts) + chunk
            self._parts = []
            if len(chunk) < 3 and _BOM.startswith(chunk):
                if chunk:
                    self._parts.append(chunk)  # may still become a BOM
                return
            self._at_start = False
            if chunk.startswith(_BOM):
                chunk = chunk[3:]
        cut = chunk.rfind(b"\n") + 1
        if not cut:
            if chunk:
                self._parts.append(chunk)
            return
        if self._parts:
            self._parts.append(chunk[:cut])
            lines = b"".join(self._parts)
        else:
            lines = chunk[:cut] if cut < len(chunk) else chunk
        self._parts = [chunk[cut:]] if cut < len(chunk) else []
        if len(lines) <= _WINDOW:
            yield lines
            return
        start = 0
        while start < len(lines):
            end = lines.find(b"\n", start + _WINDOW) + 1 or len(lines)
            yield lines[start:end]
            start = end

    def last(self) -> bytes:
        """The final line when the file does not end with a newline."""
        tail = b"".join(self._parts)
        self._parts = []
        if self._at_start and tail.startswith(_BOM):
            tail = tail[3:]
        return tail

    def decode(self, lines: bytes) -> list[MessageBatchIndividualResponse]:
        """Decode whole lines; on a bad line, return those before it and set ``error``."""
        try:
            out: list[MessageBatchIndividualResponse] = self._fast.decode_lines(lines)
        except msgspec.DecodeError:
            return self._line_by_line(lines)
        self._lineno += lines.count(b"\n")
        return out

    def _line_by_line(self, lines: bytes) -> list[MessageBatchIndividualResponse]:
        decoder = self._slow
        if decoder is None:
            decoder = self._slow = Decoder(MessageBatchIndividualResponse)
        out: list[MessageBatchIndividualResponse] = []
        for offset, line in enumerate(lines.split(b"\n"), self._lineno + 1):
            if not line.strip(_BLANK):
                continue
            try:
                out.append(decoder.decode(line))
            except msgspec.DecodeError as exc:
                self.error = BatchResultsError(offset, line.rstrip(b"\r"), exc)
                break
        self._lineno += lines.count(b"\n")
        return out


def iter_results(chunks: Iterable[bytes]) -> Iterator[MessageBatchIndividualResponse]:
    """Decode a batch results file (JSON Lines bytes, in chunks split anywhere) line by line.

    Memory stays bounded by the chunk size (plus one line), whatever the file size. Blank lines
    and a leading UTF-8 BOM are skipped; LF and CRLF line ends both work. Results and blocks of
    types this version does not know decode as :class:`~msgtypes.Unknown`. A line that is not a
    result raises :class:`BatchResultsError` with its line number, after every result before it.
    """
    reader = _ResultsReader()
    for chunk in chunks:
        for lines in reader.windows(chunk):
            yield from reader.decode(lines)
            if reader.error is not None:
                raise reader.error
    tail = reader.last()
    if tail:
        yield from reader.decode(tail)
        if reader.error is not None:
            raise reader.error


async def aiter_results(
    chunks: AsyncIterable[bytes],
) -> AsyncIterator[MessageBatchIndividualResponse]:
    """Async twin of :func:`iter_results`."""
    reader = _ResultsReader()
    async for chunk in chunks:
        for lines in reader.windows(chunk):
            for result in reader.decode(lines):
                yield result
            if reader.error is not None:
                raise reader.error
    tail = reader.last()
    if tail:
        for result in reader.decode(tail):
            yield result
        if reader.error is not None:
            raise reader.error
