"""JSON Lines splitting for batch results (and request) files, chunk by chunk.

Lines end in LF or CRLF.  Every line is numbered from 1, blank ones included, so a decoder can
report errors against the file as an editor shows it; blank and whitespace-only lines are not
yielded.  Only the current chunk and one unfinished line are ever held in memory.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator

from ._exceptions import LineTooLongError

__all__ = ["LineTooLongError", "aiter_lines", "iter_lines"]

_BOM = b"\xef\xbb\xbf"
_JSON_WS = b" \t\r"  # JSON whitespace apart from LF, which never occurs inside a line


class _Splitter:
    """Shared state of :func:`iter_lines` and :func:`aiter_lines`.

    ``feed`` and ``close`` return the finished lines; a line over the limit ends the output and
    is left in ``error`` for the caller to raise after the lines that came before it.
    """

    __slots__ = ("_at_start", "_limit", "_lineno", "_parts", "_size", "error")

    def __init__(self, max_line_bytes: int | None) -> None:
        self._limit = max_line_bytes
        self._lineno = 0  # number of the last completed line
        self._parts: list[bytes] = []  # the unfinished line
        self._size = 0
        self._at_start = True
        self.error: LineTooLongError | None = None

    def feed(self, chunk: bytes) -> list[tuple[int, bytes]]:
        if self._at_start:
            chunk = self._strip_bom(chunk)
        if b"\n" not in chunk:
            if chunk:
                self._parts.append(chunk)
                self._size += len(chunk)
                self._check_partial()
            return []
        lines = chunk.split(b"\n")
        rest = lines.pop()
        if self._parts:
            self._parts.append(lines[0])
            lines[0] = b"".join(self._parts)
        out = self._number(lines)
        self._parts = [rest] if rest else []
        self._size = len(rest)
        self._check_partial()
        return out

    def close(self) -> list[tuple[int, bytes]]:
        line = b"".join(self._parts)
        self._parts = []
        self._size = 0
        return self._number([line]) if line else []

    def _strip_bom(self, chunk: bytes) -> bytes:
        """Skip a UTF-8 BOM opening the input, even when it arrives a byte at a time."""
        head = b"".join(self._parts) + chunk
        self._parts = []
        if len(head) < 3 and _BOM.startswith(head):
            if head:
                self._parts.append(head)
            return b""
        self._at_start = False
        return head[3:] if head[:3] == _BOM else head

    def _check_partial(self) -> None:
        # One byte of slack: a CR at the very end may still turn out to be part of CRLF.
        if self._limit is not None and self._size > self._limit + 1 and self.error is None:
            self.error = LineTooLongError(self._lineno + 1, self._limit)

    def _number(self, lines: list[bytes]) -> list[tuple[int, bytes]]:
        """Number complete lines, drop their CR and skip blank ones."""
        out: list[tuple[int, bytes]] = []
        if self.error is not None:
            return out
        n = self._lineno
        limit = self._limit
        for line in lines:
            n += 1
            if line[-1:] == b"\r":
                line = line[:-1]
            if limit is not None and len(line) > limit:
                self.error = LineTooLongError(n, limit)
                break
            if line[:1] in _JSON_WS and not line.strip(_JSON_WS):
                continue  # blank or whitespace-only
            out.append((n, line))
        self._lineno = n
        return out


def iter_lines(
    chunks: Iterable[bytes], *, max_line_bytes: int | None = None
) -> Iterator[tuple[int, bytes]]:
    """Yield ``(line_number, line)`` for every non-blank line of a JSON Lines byte stream.

    Line numbers start at 1 and count blank lines too.  ``line`` has no LF/CRLF terminator.  A
    final line without a newline is still yielded, and a UTF-8 BOM opening the input is skipped.
    With ``max_line_bytes`` set, a longer line raises :class:`LineTooLongError` (a
    ``ValueError``) as soon as it is seen, without buffering the rest of it.
    """
    splitter = _Splitter(max_line_bytes)
    for chunk in chunks:
        yield from splitter.feed(chunk)
        if splitter.error is not None:
            raise splitter.error
    yield from splitter.close()
    if splitter.error is not None:
        raise splitter.error


async def aiter_lines(
    chunks: AsyncIterable[bytes], *, max_line_bytes: int | None = None
) -> AsyncIterator[tuple[int, bytes]]:
    """Async twin of :func:`iter_lines`."""
    splitter = _Splitter(max_line_bytes)
    async for chunk in chunks:
        for item in splitter.feed(chunk):
            yield item
        if splitter.error is not None:
            raise splitter.error
    for item in splitter.close():
        yield item
    if splitter.error is not None:
        raise splitter.error
