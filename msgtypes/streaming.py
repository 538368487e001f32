"""Typed stream events out of the bytes of a ``stream=True`` response, and the Message they make.

:func:`iter_events` (and :func:`aiter_events`) parse Server-Sent Events from chunks of bytes split
anywhere, and decode each event's data straight into its Struct:

- ``ping`` events are skipped;
- an ``error`` event raises the :class:`~msgtypes.APIStatusError` subclass of its error type
  (``overloaded_error`` -> :class:`~msgtypes.OverloadedError`, ...), carrying the decoded body;
- events of types this version does not know are yielded as :class:`~msgtypes.Unknown`;
- a stream that ends before ``message_stop`` raises :class:`~msgtypes.IncompleteStreamError`
  after the events it did deliver, so a cut-off message is never taken for a whole one;
- an event whose data cannot be decoded raises :class:`StreamDecodeError`, and one larger than
  ``max_event_bytes`` (:data:`MAX_EVENT_BYTES` by default) :class:`~msgtypes.EventTooLargeError`,
  in both cases after every event before it (also those that arrived in the same chunk).

What an event holds does not depend on how the bytes were split into chunks.

:class:`MessageAccumulator` and :func:`accumulate` turn the events into the final Message.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import Any

import msgspec

from ._accumulate import AccumulatorError, MessageAccumulator, ToolInputError, accumulate
from ._exceptions import (
    APIStatusError,
    EventTooLargeError,
    IncompleteStreamError,
    MsgtypesError,
    NestingDepthError,
    status_error,
)
from ._sse import MAX_EVENT_BYTES, ServerSentEvent, SSEDecoder, _fitting
from ._tolerant import tolerant_convert
from .codec import decode, decoder_for, strict_decoder
from .errors import ErrorResponse
from .events import (
    MessageStreamEvent,
    PingEvent,
    RawContentBlockDeltaEvent,
    RawMessageStopEvent,
)

__all__ = [
    "MAX_EVENT_BYTES",
    "AccumulatorError",
    "MessageAccumulator",
    "StreamDecodeError",
    "ToolInputError",
    "accumulate",
    "aiter_events",
    "iter_events",
]


class StreamDecodeError(MsgtypesError, ValueError):
    """An event's data is not JSON, or not any stream event (``name`` and ``data`` say which).

    Its ``__cause__`` is the decode error: a :class:`~msgtypes.NestingDepthError` when the data
    nests deeper than the decoder can follow.
    """

    def __init__(self, name: str, data: bytes, reason: str) -> None:
        shown = data if len(data) <= 200 else data[:200] + b"..."
        super().__init__(f"cannot decode {name!r} event: {reason}; data {shown!r}")
        self.name = name
        self.data = data


_BOM = b"\xef\xbb\xbf"
_STOP, _SKIP, _RAISE = 1, 2, 3
_SPECIAL: dict[type, int] = {RawMessageStopEvent: _STOP, PingEvent: _SKIP, ErrorResponse: _RAISE}


def error_event(data: bytes) -> APIStatusError:
    """The exception for an ``error`` event's data (also used for legacy completion streams).

    Data that does not decode as an error body (also data nested too deeply) becomes the
    message of a plain :class:`~msgtypes.APIStatusError`."""
    try:
        body = decoder_for(ErrorResponse).decode(data)
    except msgspec.DecodeError:
        text = data.decode("utf-8", "replace")
        return APIStatusError(text or "error event without data", in_stream=True)
    return status_error(None, body, in_stream=True)


class _Reader:
    """The state shared by :func:`iter_events` and :func:`aiter_events`.

    ``feed`` returns the events a chunk completed; when one of them is an error (an ``error``
    event, data that does not decode, an event over the size bound), the events before it are
    returned and the exception is left in ``error`` for the caller to raise next.

    Speed: the API sends every event as ``event: NAME\\ndata: JSON`` and a blank line, with LF
    line ends. Such blocks are cut out of the bytes here and their JSON decoded directly; every
    other block (comments, ``id``/``retry`` fields, multi-line data, stray blank lines) is passed
    whole, with its closing blank line, to :class:`~msgtypes._sse.SSEDecoder`, so the result is
    what that decoder alone would give. The decoder only ever sees whole blocks and so is idle
    between them; once a CR shows up, every later byte goes through it (CR and CRLF line ends
    need its state across chunks).
    """

    __slots__ = (
        "_max",
        "_parts",
        "_size",
        "_slow",
        "_sse",
        "_start",
        "decode",
        "done",
        "error",
        "max_chunk",
    )

    def __init__(self, max_event_bytes: int | None) -> None:
        self._sse = SSEDecoder(max_event_bytes=max_event_bytes)
        self._sse.feed(b"\n")  # a blank line is a no-op; it settles the decoder's BOM check
        self._max = sys.maxsize if max_event_bytes is None else max_event_bytes
        self.max_chunk = self._max + 2  # a chunk this long holds no event over the bound
        self._slow = False  # a CR was seen: the decoder takes everything from here on
        self._start: bytes | None = b""  # the first bytes, while they could still be a BOM
        self._parts: list[bytes] = []  # an unfinished block, beginning at a line start
        self._size = 0  # bytes in _parts
        self.decode = strict_decoder(MessageStreamEvent).decode
        self.done = False  # message_stop seen
        self.error: MsgtypesError | None = None

    def feed(self, chunk: bytes) -> list[MessageStreamEvent]:
        if self._slow:
            return self._from_sse(chunk)
        if self._start is not None:
            chunk = self._bom(chunk)
        if b"\r" in chunk:
            self._slow = True
            pending = b"".join(self._parts)
            self._parts = []
            return self._from_sse(pending + chunk)
        parts = self._parts
        if b"\n\n" not in chunk and not (chunk[:1] == b"\n" and parts and parts[-1][-1] == 10):
            if chunk:
                parts.append(chunk)  # no block completed
                self._size += len(chunk)
                if self._size > self._max and _fitting([b"".join(parts)], 0, self._max) == 0:
                    self._parts = []
                    self.error = EventTooLargeError(self._max)
            return []
        if parts:
            parts.append(chunk)
            buf = b"".join(parts)
        else:
            buf = chunk
        end = buf.rfind(b"\n\n") + 2
        if end < len(buf):
            rest = buf[end:]
            self._parts = [rest]
            self._size = len(rest)
            buf = buf[:end]
        else:
            rest = b""
            self._parts = []
            self._size = 0
        blocks = buf[:-2].split(b"\n\n")
        if len(buf) + len(rest) > self._max:
            return self._bounded(blocks, rest)
        return self._blocks(blocks)

    def whole(self, chunk: bytes) -> list[MessageStreamEvent]:
        """Events of a chunk of whole blocks (it ends with a blank line) arriving when idle."""
        blocks = chunk[:-2].split(b"\n\n")
        if len(chunk) > self._max:
            return self._bounded(blocks, b"")
        return self._blocks(blocks)

    def _bounded(self, blocks: list[bytes], rest: bytes) -> list[MessageStreamEvent]:
        """Events of ``blocks`` up to the first one over the size bound (then ``error`` is set);
        ``rest`` is the unfinished block after them."""
        fit = _fitting([*blocks, rest], 0, self._max)
        if fit > len(blocks):
            return self._blocks(blocks)
        self._parts = []
        self._size = 0
        out = self._blocks(blocks[:fit])
        if self.error is None:
            self.error = EventTooLargeError(self._max)
        return out

    def _from_sse(self, data: bytes) -> list[MessageStreamEvent]:
        """Events of bytes given to the SSE decoder, and its error if it stopped."""
        out = self._convert(self._sse.feed(data))
        if self._sse.error is not None and self.error is None:
            self.error = self._sse.error
        return out

    @property
    def idle(self) -> bool:
        """Between blocks, past the BOM check and not in CR mode: a chunk of whole blocks with
        LF line ends can be cut up directly."""
        return not (self._parts or self._slow or self._start is not None)

    def other(self, block: bytes) -> list[MessageStreamEvent]:
        """Events of a whole block that is not in the API's usual two-line shape."""
        if not block.strip(b"\n"):
            return []  # blank lines only: they dispatch nothing
        return self._from_sse(block + b"\n\n")

    def _bom(self, chunk: bytes) -> bytes:
        """Drop a UTF-8 BOM opening the stream, even one split across chunks."""
        head = (self._start or b"") + chunk
        if len(head) < 3 and _BOM.startswith(head):
            self._start = head
            return b""
        self._start = None
        return head[3:] if head[:3] == _BOM else head

    def close(self, last: object) -> list[MessageStreamEvent]:
        """Events still buffered at the end; ``error`` is set if ``message_stop`` never came.

        ``last`` is the last event delivered (named in the error)."""
        if self._start:
            self._parts.insert(0, self._start)  # a stream of one or two bytes
        rest = b"".join(self._parts)
        self._parts = []
        events = self._from_sse(rest)
        if self.error is not None:
            return events
        events += self._convert(self._sse.close())
        if not self.done and self.error is None:
            last = events[-1] if events else last
            what = "empty" if last is None else f"the last event: {getattr(last, 'type', '?')}"
            cut = "; it stopped in the middle of an event" if self._sse.truncated else ""
            self.error = IncompleteStreamError(
                f"the stream ended before message_stop ({what}{cut}): the message is incomplete"
            )
        return events

    def _blocks(self, blocks: list[bytes]) -> list[MessageStreamEvent]:
        """Events of whole blocks (each was followed by a blank line)."""
        out: list[MessageStreamEvent] = []
        if self.error is not None:
            return out
        append = out.append
        decode = self.decode
        special = _SPECIAL
        for block in blocks:
            if block.count(b"\n") == 1 and block[:7] == b"event: ":
                head, sep, data = block.partition(b"\ndata: ")
            else:
                sep = b""
            if not sep:
                out.extend(self.other(block))
                if self.error is not None:
                    break
                continue
            if head == b"event: ping":
                continue
            if head == b"event: error":
                self.error = error_event(data)
                break
            try:
                event = decode(data)
            except (msgspec.DecodeError, RecursionError):
                try:
                    event = _recover(head[7:].decode("utf-8", "replace"), data)
                except StreamDecodeError as exc:
                    self.error = exc
                    break
            what = special.get(type(event))
            if what is not None:
                if what == _SKIP:
                    continue
                if what == _RAISE:
                    self.error = status_error(None, event, in_stream=True)
                    break
                self.done = True
            append(event)
        return out

    def _convert(self, sses: list[ServerSentEvent]) -> list[MessageStreamEvent]:
        """Events of what the SSE decoder dispatched."""
        out: list[MessageStreamEvent] = []
        if not sses or self.error is not None:
            return out
        for sse in sses:
            name = sse.event
            if name == "ping":
                continue
            if name == "error":
                self.error = error_event(sse.data)
                break
            try:
                event = self.decode(sse.data)
            except (msgspec.DecodeError, RecursionError):
                try:
                    event = _recover(name, sse.data)
                except StreamDecodeError as exc:
                    self.error = exc
                    break
            what = _SPECIAL.get(type(event))
            if what == _SKIP:
                continue
            if what == _RAISE:
                self.error = status_error(None, event, in_stream=True)
                break
            if what == _STOP:
                self.done = True
            out.append(event)
        return out


def _recover(name: str, data: bytes) -> MessageStreamEvent:
    """Decode data the strict decoder rejected.

    The tolerant decoder keeps event, block and delta types this version does not know. Data
    without a ``type`` takes it from the event name (the API names events after their type).
    Anything else is a :class:`StreamDecodeError`.
    """
    try:
        obj = decode(data, type=Any)
        if not (isinstance(obj, dict) and "type" not in obj and name not in ("", "message")):
            # The strict decode of these very bytes failed already: straight to the tolerant one.
            return tolerant_convert(obj, MessageStreamEvent)  # type: ignore[no-any-return]
        obj["type"] = name
        try:
            fixed = msgspec.json.encode(obj)
        except RecursionError:
            raise NestingDepthError("the event data") from None
        return decoder_for(MessageStreamEvent).decode(fixed)  # type: ignore[no-any-return]
    except msgspec.DecodeError as exc:
        raise StreamDecodeError(name, data, str(exc)) from exc
    except RecursionError as exc:  # the tolerant walk, for data just under the limit
        raise StreamDecodeError(name, data, str(NestingDepthError())) from exc


def iter_events(
    chunks: Iterable[bytes], *, max_event_bytes: int | None = MAX_EVENT_BYTES
) -> Iterator[MessageStreamEvent]:
    """Yield the typed events of an SSE byte stream (see the module doc for the rules).

    Raises, always after the events before the cause: :class:`~msgtypes.APIStatusError` for an
    ``error`` event, :class:`~msgtypes.IncompleteStreamError` when the bytes end before
    ``message_stop``, :class:`StreamDecodeError` for an event whose data cannot be decoded
    (malformed, not a stream event, or nested deeper than Python's recursion limit lets the
    decoder follow) and :class:`~msgtypes.EventTooLargeError` for an event over
    ``max_event_bytes`` bytes (``None``: no bound), which is not buffered past the bound.
    """
    reader = _Reader(max_event_bytes)
    decode = reader.decode
    special = _SPECIAL
    delta = RawContentBlockDeltaEvent
    # Chunks up to this long may take the inlined path: none while the reader is not idle (the
    # first chunk goes the general way for the BOM check), and none over the event bound.
    inline = -1
    event: Any = None
    for chunk in chunks:
        if len(chunk) <= inline:
            # The usual case, inlined: the chunk is one ``event: NAME\ndata: JSON`` block.
            lines = chunk.split(b"\n")
            if len(lines) == 4:
                head, body, blank, end = lines
                if (
                    not (blank or end)
                    and head[:7] == b"event: "
                    and body[:6] == b"data: "
                    and b"\r" not in chunk
                ):
                    if head == b"event: ping":
                        continue
                    if head == b"event: error":
                        raise error_event(body[6:])
                    try:
                        event = decode(body[6:])
                    except (msgspec.DecodeError, RecursionError):
                        event = _recover(head[7:].decode("utf-8", "replace"), body[6:])
                    kind = type(event)
                    if kind is not delta and kind in special:
                        what = special[kind]
                        if what == _SKIP:
                            continue
                        if what == _RAISE:
                            raise status_error(None, event, in_stream=True)
                        reader.done = True
                    yield event
                    continue
        if inline >= 0 and chunk[-2:] == b"\n\n" and b"\r" not in chunk:
            events = reader.whole(chunk)  # several whole blocks, or an unusual one
        else:
            events = reader.feed(chunk)
            inline = reader.max_chunk if reader.idle else -1
        yield from events
        if events:
            event = events[-1]
        if reader.error is not None:
            raise reader.error
    yield from reader.close(event)
    if reader.error is not None:
        raise reader.error


async def aiter_events(
    chunks: AsyncIterable[bytes], *, max_event_bytes: int | None = MAX_EVENT_BYTES
) -> AsyncIterator[MessageStreamEvent]:
    """Async twin of :func:`iter_events`."""
    reader = _Reader(max_event_bytes)
    event: Any = None
    async for chunk in chunks:
        for event in reader.feed(chunk):
            yield event
        if reader.error is not None:
            raise reader.error
    for rest in reader.close(event):
        yield rest
    if reader.error is not None:
        raise reader.error
