"""Message Batches: the create body, the batch object, and the per-request results."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, ClassVar, Generic, Literal, TypeVar, Union

import msgspec
from msgspec import Meta

from ._base import RequestStruct, ResponseStruct, Unknown
from ._exceptions import LineTooLongError
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
# Each line must hold exactly one JSON value (as jsonlines.org says, and as the API writes them):
# a value pretty-printed over several lines, or two values on one line, is an error of that line,
# however the bytes are chunked. Whole lines are decoded a window at a time with the strict typed
# decoder, one call per line (on slices of a memoryview: no copies); from a line where that fails
# on, the window is decoded with the full decoder, which keeps unknown result/block types
# (tolerant path), skips blank lines and finds the exact line of a real error.

_BOM = b"\xef\xbb\xbf"
_WINDOW = 1 << 20  # at most about this many bytes of whole lines are decoded at once
_BLANK = b" \t\r"

#: Default bound on one line of a results file: 64 MiB, twice the API's 32 MB request limit (a
#: result holds one Message, which has to fit into a request to be sent back).
MAX_RESULT_LINE_BYTES = 64 << 20


class BatchResultsError(ValueError):
    """A line of a batch results file is not a result.

    ``lineno`` is the 1-based line number (blank lines count), ``line`` the line's bytes and
    ``error`` the decode error (also the ``__cause__``; a :class:`~msgtypes.NestingDepthError`
    when the line nests deeper than the decoder can follow).
    """

    def __init__(self, lineno: int, line: bytes, error: msgspec.DecodeError) -> None:
        super().__init__(f"batch results line {lineno}: {error}")
        self.lineno = lineno
        self.line = line
        self.error = error
        self.__cause__ = error


def _long_line(lines: bytes, limit: int) -> int:
    """Offset of the first line of ``lines`` longer than ``limit`` (line end not counted), or -1."""
    pos = 0
    size = len(lines)
    while pos < size:
        end = lines.find(b"\n", pos)
        if end < 0:
            end = size
        length = end - pos - (lines[end - 1 : end] == b"\r")
        if length > limit:
            return pos
        pos = end + 1
    return -1


class _ResultsReader:
    """Line splitting and decoding shared by :func:`iter_results` and :func:`aiter_results`.

    :meth:`feed` yields the results of each window of whole lines; on a bad or too long line it
    yields those before it, sets ``error`` and stops.
    """

    __slots__ = ("_at_start", "_lineno", "_max", "_parts", "_size", "_slow", "_strict", "error")

    def __init__(self, max_line_bytes: int | None) -> None:
        self._strict = strict_decoder(MessageBatchIndividualResponse).decode
        self._slow: Decoder | None = None
        self._max = sys.maxsize if max_line_bytes is None else max_line_bytes
        self._lineno = 0  # lines before the next window
        self._parts: list[bytes] = []  # an unfinished line
        self._size = 0  # bytes in _parts
        self._at_start = True
        self.error: BatchResultsError | LineTooLongError | None = None

    def feed(self, chunk: bytes) -> Iterator[list[MessageBatchIndividualResponse]]:
        for lines in self._windows(chunk):
            yield self._decode(lines)
            if self.error is not None:
                return

    def close(self) -> list[MessageBatchIndividualResponse]:
        """The results of the final line when the file does not end with a newline."""
        tail = b"".join(self._parts)
        self._parts = []
        if self._at_start and tail.startswith(_BOM):
            tail = tail[3:]
        if len(tail) - tail.endswith(b"\r") > self._max:
            self._too_long()
            return []
        return self._decode(tail + b"\n") if tail else []

    def _windows(self, chunk: bytes) -> Iterator[bytes]:
        """The whole lines ``chunk`` completes, in pieces of about ``_WINDOW`` bytes."""
        if self._at_start:
            chunk = b"".join(self._parts) + chunk
            self._parts = []
            self._size = 0
            if len(chunk) < 3 and _BOM.startswith(chunk):
                if chunk:
                    self._parts.append(chunk)  # may still become a BOM
                    self._size = len(chunk)
                return
            self._at_start = False
            if chunk.startswith(_BOM):
                chunk = chunk[3:]
        cut = chunk.rfind(b"\n") + 1
        if not cut:
            if chunk:
                self._parts.append(chunk)
                self._size += len(chunk)
                if self._size > self._max + 1:  # one byte of slack for the CR of a CRLF
                    self._too_long()
            return
        if self._parts:
            self._parts.append(chunk[:cut])
            lines = b"".join(self._parts)
        else:
            lines = chunk[:cut] if cut < len(chunk) else chunk
        self._parts = [chunk[cut:]] if cut < len(chunk) else []
        self._size = len(chunk) - cut
        start = 0
        while start < len(lines):
            end = lines.find(b"\n", start + _WINDOW) + 1 or len(lines)
            window = lines[start:end] if start or end < len(lines) else lines
            if len(window) > self._max:
                long = _long_line(window, self._max)
                if long >= 0:
                    if long:
                        yield window[:long]  # decoded (and counted) before we go on
                    self._too_long()
                    return
            yield window
            start = end
        if self._size > self._max + 1:
            self._too_long()

    def _too_long(self) -> None:
        """The line after those decoded so far is over the bound."""
        self.error = LineTooLongError(self._lineno + 1, self._max)
        self._parts = []
        self._size = 0

    def _decode(self, lines: bytes) -> list[MessageBatchIndividualResponse]:
        """Decode whole lines (``lines`` ends with LF); on a bad line, return those before it
        and set ``error``."""
        decode = self._strict
        view = memoryview(lines)  # slices of it are not copies
        find = lines.find
        out: list[MessageBatchIndividualResponse] = []
        append = out.append
        start = 0
        end = find(b"\n")
        try:
            while end >= 0:
                append(decode(view[start:end]))
                start = end + 1
                end = find(b"\n", start)
        except (msgspec.DecodeError, RecursionError):
            return self._line_by_line(lines[start:], out)
        self._lineno += len(out)
        return out

    def _line_by_line(
        self, lines: bytes, out: list[MessageBatchIndividualResponse]
    ) -> list[MessageBatchIndividualResponse]:
        """Continue after ``out`` (one result per line so far) with the full decoder."""
        decoder = self._slow
        if decoder is None:
            decoder = self._slow = Decoder(MessageBatchIndividualResponse)
        split = lines.split(b"\n")
        split.pop()  # the empty piece after the final LF
        self._lineno += len(out)
        for offset, line in enumerate(split, self._lineno + 1):
            if not line.strip(_BLANK):
                continue
            try:
                out.append(decoder.decode(line))
            except msgspec.DecodeError as exc:
                self.error = BatchResultsError(offset, line.rstrip(b"\r"), exc)
                break
        self._lineno += len(split)
        return out


def iter_results(
    chunks: Iterable[bytes], *, max_line_bytes: int | None = MAX_RESULT_LINE_BYTES
) -> Iterator[MessageBatchIndividualResponse]:
    """Decode a batch results file (JSON Lines bytes, in chunks split anywhere) line by line.

    Memory stays bounded by the chunk size plus one line, whatever the file size. Blank lines
    and a leading UTF-8 BOM are skipped; LF and CRLF line ends both work. Each line holds one
    result: a result spread over several lines is an error, however the bytes are chunked.
    Results and blocks of types this version does not know decode as
    :class:`~msgtypes.Unknown`.

    Raises, after every result before the line at fault: :class:`BatchResultsError` with the line
    number for a line that is not a result (malformed, not a result, or nested deeper than
    Python's recursion limit lets the decoder follow), and :class:`~msgtypes.LineTooLongError`
    for a line over ``max_line_bytes`` bytes (``None``: no bound), which is not buffered past
    the bound.
    """
    reader = _ResultsReader(max_line_bytes)
    for chunk in chunks:
        for results in reader.feed(chunk):
            yield from results
        if reader.error is not None:
            raise reader.error
    yield from reader.close()
    if reader.error is not None:
        raise reader.error


async def aiter_results(
    chunks: AsyncIterable[bytes], *, max_line_bytes: int | None = MAX_RESULT_LINE_BYTES
) -> AsyncIterator[MessageBatchIndividualResponse]:
    """Async twin of :func:`iter_results`."""
    reader = _ResultsReader(max_line_bytes)
    async for chunk in chunks:
        for results in reader.feed(chunk):
            for result in results:
                yield result
        if reader.error is not None:
            raise reader.error
    for result in reader.close():
        yield result
    if reader.error is not None:
        raise reader.error
