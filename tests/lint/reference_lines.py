"""The lines of a JSONL stream, read chunk by chunk one line at a time: the plain reading that
the linter's runs of lines (msglint._files) are held to by the tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO, NamedTuple

from msglint._files import CHUNK_BYTES
from msglint.rules.syntax import MAX_LINE_BYTES


class Line(NamedTuple):
    """One non-blank line of a JSONL file; `data` is None when it was too long to keep."""

    number: int
    data: bytes | None
    size: int


def iter_lines(
    stream: BinaryIO,
    *,
    chunk_bytes: int | None = None,
    max_line: int = MAX_LINE_BYTES,
    max_bytes: int | None = None,
    on_read: Callable[[int], None] | None = None,
    on_limit: Callable[[int], None] | None = None,
) -> Iterator[Line]:
    """The non-blank lines of `stream`, numbered from 1, read `chunk_bytes` at a time.

    `chunk_bytes` defaults to `CHUNK_BYTES`. A line longer than `max_line` bytes is not
    kept: it comes back with `data` None and its size, so memory stays within about
    `chunk_bytes + max_line`. `on_read` is told how many bytes have been read so far. With
    `max_bytes`, reading stops after that many bytes: the line it stopped in is dropped and
    `on_limit` is told its number.
    """
    chunk_bytes = chunk_bytes or CHUNK_BYTES
    number = 0
    pending: list[bytes] = []  # pieces of the current, unfinished line
    pending_size = 0
    dropped = False  # the current line is too long and is being skipped
    total = 0
    while True:
        chunk = stream.read(chunk_bytes)
        if not chunk:
            break
        over = max_bytes is not None and total + len(chunk) > max_bytes
        if over:
            chunk = chunk[: max(0, (max_bytes or 0) - total)]
        total += len(chunk)
        if on_read is not None:
            on_read(total)
        start = 0
        while True:
            end = chunk.find(b"\n", start)
            if end < 0:
                piece = chunk[start:]
                pending_size += len(piece)
                if pending_size > max_line:
                    dropped, pending = True, []
                elif not dropped:
                    pending.append(piece)
                break
            piece = chunk[start:end]
            number += 1
            size = pending_size + len(piece)
            if dropped or size > max_line:
                yield Line(number, None, size)
            else:
                data = (b"".join(pending) + piece if pending else piece).removesuffix(b"\r")
                # Blank lines are skipped; the first byte settles it for nearly every line,
                # so the whole line is not copied by strip() just to find out.
                if (data and data[0] not in b" \t\r") or data.strip(b" \t\r"):
                    yield Line(number, data, size)
            pending, pending_size, dropped = [], 0, False
            start = end + 1
        if over:
            if on_limit is not None:
                on_limit(number + 1)
            return
    if pending_size:
        number += 1
        if dropped:
            yield Line(number, None, pending_size)
        else:
            data = b"".join(pending).removesuffix(b"\r")
            if data.strip(b" \t\r"):
                yield Line(number, data, pending_size)
