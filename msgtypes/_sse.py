"""Incremental Server-Sent Events parser working on bytes.

Follows the "event stream interpretation" rules of the WHATWG HTML standard: lines end in LF,
CRLF or CR; a blank line dispatches the buffered event; ``:`` starts a comment; ``data`` lines
accumulate; ``id`` and ``retry`` update the stream state.  Event payloads stay ``bytes`` so they
can go straight into ``msgspec.json.Decoder.decode`` without a detour through ``str``.

Internally every chunk is first normalised to LF line ends (CR can never be part of a value, so
this loses nothing), then whole blocks between blank lines are cut out with ``bytes.split``.  A
block shaped ``event: NAME\\ndata: PAYLOAD`` (what the Anthropic API sends) takes a shortcut that
never looks at individual lines.

One event may hold at most ``max_event_bytes`` bytes (:data:`MAX_EVENT_BYTES` unless the caller
sets another bound): that is what a hostile or broken server can make the parser buffer. The size
of an event is the length of its lines (comments and every field included) joined by single line
feeds, up to the blank line that ends it, so it does not depend on how the bytes were chunked or
which line ends the server used. A larger event raises :class:`~msgtypes.EventTooLargeError` after
every event before it, without buffering the rest of it.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator

import msgspec

from ._exceptions import EventTooLargeError

__all__ = ["MAX_EVENT_BYTES", "SSEDecoder", "ServerSentEvent", "aiter_sse", "iter_sse"]

#: Default bound on one event's size (see the module doc): 64 MiB, twice the API's 32 MB request
#: limit (whatever one response block holds has to fit into the next request).
MAX_EVENT_BYTES = 64 << 20

_BOM = b"\xef\xbb\xbf"
_LF = 10
_CR = 13
# Undispatched bytes kept as raw chunks before their complete lines are folded into field state.
_FLUSH_AT = 1 << 16
# Distinct event names whose decoded form is cached.
_NAME_CACHE_MAX = 256


class ServerSentEvent(msgspec.Struct, frozen=True, gc=False):
    """One dispatched event.

    ``data`` is the raw bytes of the ``data`` lines joined with ``b"\\n"``.  ``id`` is the stream's
    last event ID at dispatch time (``None`` until an ``id`` field has been seen).  ``retry`` is the
    reconnection time given inside this event's block, if any.
    """

    event: str = "message"
    data: bytes = b""
    id: str | None = None
    retry: int | None = None


class SSEDecoder:
    """Turn a byte stream, fed in chunks of any size, into :class:`ServerSentEvent` objects.

    Call :meth:`feed` with each chunk and :meth:`close` at the end of the stream.  Afterwards
    ``truncated`` tells whether the stream stopped in the middle of a line or an event (which the
    standard says to drop silently).  ``last_event_id`` and ``retry`` hold the stream state a
    reconnecting client needs; they survive :meth:`close`, so one decoder can follow a stream
    across reconnects.

    An event over ``max_event_bytes`` (``None``: no bound) stops the decoder: :meth:`feed`
    returns the events before it and sets ``error`` to an :class:`~msgtypes.EventTooLargeError`,
    which the next :meth:`feed` or :meth:`close` raises.
    """

    __slots__ = (
        "_at_start",
        "_data",
        "_event",
        "_has_event",
        "_head",
        "_max",
        "_names",
        "_parts",
        "_prep",
        "_retry",
        "_size",
        "_taken",
        "error",
        "last_event_id",
        "retry",
        "truncated",
    )

    def __init__(self, *, max_event_bytes: int | None = MAX_EVENT_BYTES) -> None:
        self._max = sys.maxsize if max_event_bytes is None else max_event_bytes
        self.last_event_id: str | None = None
        self.retry: int | None = None
        self.truncated = False
        self.error: EventTooLargeError | None = None
        self._names: dict[bytes, str] = {}
        self._reset()

    def _reset(self) -> None:
        # The next chunk needs _prepare(): at stream start, or when the last chunk ended in CR.
        self._prep = True
        self._at_start = True  # the BOM check has not been done yet
        self._head = b""  # first bytes of the stream while they could still be a BOM
        self._parts: list[bytes] = []  # unprocessed bytes, starting at a line start
        self._size = 0
        self._taken = 0  # size of the lines of the pending event already folded into the state
        self._data: list[bytes] = []
        self._event = b""
        self._has_event = False  # an ``event`` field arrived since the last blank line
        self._retry: int | None = None

    # -- public API --------------------------------------------------------------------------

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Consume ``chunk`` and return the events it completed (often none or one)."""
        if self.error is not None:
            raise self.error
        if self._prep:
            chunk = self._prepare(chunk)
            if not chunk:
                return []
        elif not chunk:
            return []
        if b"\r" in chunk:
            if chunk[-1] == _CR:
                self._prep = True  # an LF opening the next chunk ends no extra line
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")

        parts = self._parts
        if b"\n\n" not in chunk and not (chunk[0] == _LF and (not parts or parts[-1][-1] == _LF)):
            # No blank line completed: keep the bytes for later.
            parts.append(chunk)
            self._size += len(chunk)
            if self._size + self._taken > self._max and self._pending_size() > self._max:
                return self._fail([])
            if self._size > _FLUSH_AT and b"\n" in chunk:
                return self._flush_lines()
            return []

        if parts:
            parts.append(chunk)
            buf = b"".join(parts)
        else:
            buf = chunk
        out: list[ServerSentEvent] = []
        if buf[0] == _LF:
            # Blank line(s) right at a line start: they end whatever is pending.
            buf = buf.lstrip(b"\n")
            self._dispatch(out)
            self._taken = 0
        blocks = buf.split(b"\n\n")
        if len(buf) + self._taken > self._max:
            fit = _fitting(blocks, self._taken, self._max)
            if fit < len(blocks):
                self._blocks(blocks[:fit], out)
                return self._fail(out)
        rest = blocks.pop()
        if blocks:
            self._blocks(blocks, out)
            self._taken = 0
        self._parts = [rest] if rest else []
        self._size = len(rest)
        return out

    def close(self) -> list[ServerSentEvent]:
        """End the stream and reset for a new one.

        An event without its closing blank line is discarded, as the standard requires; in that
        case, or when the stream stops mid-line, ``truncated`` becomes ``True``.  The returned
        list holds events still dispatchable at end of stream; with the parser's buffering this
        is always empty, but callers should not rely on that. If an event was over
        ``max_event_bytes``, the decoder is reset and its ``error`` raised.
        """
        if self.error is not None:
            error, self.error = self.error, None
            self._reset()
            raise error
        out: list[ServerSentEvent] = []
        partial = bool(self._head)
        if self._parts:
            lines = b"".join(self._parts).split(b"\n")
            partial = partial or bool(lines.pop())
            for line in lines:
                if line:
                    self._line(line)
                else:
                    self._dispatch(out)
        self.truncated = partial or bool(self._data) or self._has_event
        self._reset()
        return out

    # -- internals ---------------------------------------------------------------------------

    @property
    def max_event_bytes(self) -> int | None:
        """The bound on one event's size given to the constructor."""
        return None if self._max == sys.maxsize else self._max

    def _pending_size(self) -> int:
        """The size so far of the event being received: its folded lines and its bytes in parts.

        Neither a blank line before it nor the LF ending its last line so far counts: that LF
        joins two of its lines only once another line follows."""
        parts = self._parts
        if not parts:
            return max(self._taken - 1, 0)  # _taken counts the LF after the folded lines
        lead = not self._taken and parts[0][:1] == b"\n"
        return self._taken + self._size - lead - (parts[-1][-1:] == b"\n")

    def _fail(self, out: list[ServerSentEvent]) -> list[ServerSentEvent]:
        """Stop at an event over the bound: drop the buffers, keep the error for the next call."""
        self.error = EventTooLargeError(self._max)
        self._parts = []
        self._size = self._taken = 0
        self._data = []
        return out

    def _prepare(self, chunk: bytes) -> bytes:
        """Drop a leading BOM at stream start, or the LF completing a CRLF split across chunks."""
        if self._at_start:
            chunk = self._head + chunk
            if len(chunk) < 3 and _BOM.startswith(chunk):
                self._head = chunk
                return b""
            self._at_start = self._prep = False
            self._head = b""
            if chunk[:3] == _BOM:
                chunk = chunk[3:]
        elif chunk:
            self._prep = False
            if chunk[0] == _LF:
                chunk = chunk[1:]
        return chunk

    def _name(self, raw: bytes) -> str:
        name = self._names.get(raw)
        if name is None:
            name = raw.decode("utf-8", "replace") if raw else "message"
            if len(self._names) < _NAME_CACHE_MAX:
                self._names[raw] = name
        return name

    def _blocks(self, blocks: list[bytes], out: list[ServerSentEvent]) -> None:
        """Process groups of lines, each followed by a blank line."""
        append = out.append
        names = self._names
        last_id = self.last_event_id
        clean = not (self._data or self._has_event or self._retry is not None)
        for block in blocks:
            if clean:
                # Shortcuts for "event: NAME\ndata: PAYLOAD" and "data: PAYLOAD".
                if block.startswith(b"event: "):
                    nl = block.find(b"\n", 7)
                    if (
                        nl > 0
                        and block.startswith(b"data: ", nl + 1)
                        and block.find(b"\n", nl + 1) < 0
                    ):
                        raw = block[7:nl]
                        name = names.get(raw)
                        if name is None:
                            name = self._name(raw)
                        append(ServerSentEvent(name, block[nl + 7 :], last_id))
                        continue
                elif block.startswith(b"data: ") and b"\n" not in block:
                    append(ServerSentEvent("message", block[6:], last_id))
                    continue
            for line in block.split(b"\n"):
                if line:
                    self._line(line)
                else:
                    self._dispatch(out)
            self._dispatch(out)
            clean = True
            last_id = self.last_event_id

    def _flush_lines(self) -> list[ServerSentEvent]:
        """Fold the complete lines held in ``_parts`` into the field state."""
        buf = b"".join(self._parts)
        cut = buf.rfind(b"\n")
        out: list[ServerSentEvent] = []
        for line in buf[:cut].split(b"\n"):
            if line:
                self._line(line)
            else:
                self._dispatch(out)
        rest = buf[cut + 1 :]
        self._taken += cut + 1 - (not self._taken and buf[:1] == b"\n")
        self._parts = [rest] if rest else []
        self._size = len(rest)
        return out

    def _line(self, line: bytes) -> None:
        """Apply one non-empty line (no line terminator) to the field state."""
        colon = line.find(b":")
        if colon == 0:
            return  # comment
        if colon < 0:
            field, value = line, b""
        else:
            field = line[:colon]
            value = line[colon + 2 :] if line[colon + 1 : colon + 2] == b" " else line[colon + 1 :]
        if field == b"data":
            self._data.append(value)
        elif field == b"event":
            self._event = value
            self._has_event = True
        elif field == b"id":
            if b"\x00" not in value:
                self.last_event_id = value.decode("utf-8", "replace")
        elif field == b"retry":
            if value.isdigit():
                try:
                    retry = int(value)
                except ValueError:  # more digits than int() accepts
                    return
                self._retry = self.retry = retry

    def _dispatch(self, out: list[ServerSentEvent]) -> None:
        """Handle a blank line: emit the buffered event if it has data, then clear the buffers."""
        if self._data:
            data = self._data[0] if len(self._data) == 1 else b"\n".join(self._data)
            name = self._name(self._event)
            out.append(ServerSentEvent(name, data, self.last_event_id, self._retry))
            self._data = []
        self._event = b""
        self._has_event = False
        self._retry = None


def _fitting(blocks: list[bytes], taken: int, limit: int) -> int:
    """How many of ``blocks`` (the first continuing an event ``taken`` bytes long) fit the bound.

    A block may open with one LF, a blank line that is not part of its event, and the last
    (unfinished) one may end with the LF of its last line so far, which does not count yet."""
    for i, block in enumerate(blocks):
        size = len(block) - (block[-1:] == b"\n")
        if taken:
            size += taken
        elif block[:1] == b"\n":
            size -= 1
        if size > limit:
            return i
        taken = 0
    return len(blocks)


def iter_sse(
    chunks: Iterable[bytes],
    *,
    decoder: SSEDecoder | None = None,
    max_event_bytes: int | None = MAX_EVENT_BYTES,
) -> Iterator[ServerSentEvent]:
    """Yield the events of a byte stream given as chunks, then close the decoder.

    Truncation is not an error here; pass your own ``decoder`` and read ``decoder.truncated``
    (and ``last_event_id`` / ``retry``) once the iterator is exhausted. An event over
    ``max_event_bytes`` (used when no ``decoder`` is given; ``None``: no bound) raises
    :class:`~msgtypes.EventTooLargeError` after the events before it.
    """
    dec = SSEDecoder(max_event_bytes=max_event_bytes) if decoder is None else decoder
    for chunk in chunks:
        yield from dec.feed(chunk)
        if dec.error is not None:
            dec.close()  # raises the error
    yield from dec.close()


async def aiter_sse(
    chunks: AsyncIterable[bytes],
    *,
    decoder: SSEDecoder | None = None,
    max_event_bytes: int | None = MAX_EVENT_BYTES,
) -> AsyncIterator[ServerSentEvent]:
    """Async twin of :func:`iter_sse`."""
    dec = SSEDecoder(max_event_bytes=max_event_bytes) if decoder is None else decoder
    async for chunk in chunks:
        for event in dec.feed(chunk):
            yield event
        if dec.error is not None:
            dec.close()  # raises the error
    for event in dec.close():
        yield event
