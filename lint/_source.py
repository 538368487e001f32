"""Positions in the source text: JSON Pointers and decoder errors to line:column.

Nothing here runs for a valid payload. When a document has diagnostics, `SourceMap` scans its
text once, without recursion, with a regular-expression tokenizer, and records where each
pointer that a diagnostic names begins. Columns count characters (code points), not bytes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

import msgspec

__all__ = [
    "SourceMap",
    "decode_error_offset",
    "escape_token",
    "line_column",
    "parent_pointer",
    "pointer_tokens",
]

# A string (escapes included), a structural character, or a bare scalar (number or literal).
_TOKEN = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"?|[{}\[\]:,]|[^\s{}\[\]:,"]+', re.DOTALL)
_BYTE = re.compile(r"\(byte (\d+)\)")
_WHITESPACE = b" \t\r\n"


def escape_token(key: str) -> str:
    """Escape one object key as a JSON Pointer reference token (RFC 6901)."""
    if "~" in key or "/" in key:
        return key.replace("~", "~0").replace("/", "~1")
    return key


def pointer_tokens(pointer: str) -> list[str]:
    """The unescaped reference tokens of `pointer` ("" has none)."""
    if not pointer:
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]


def parent_pointer(pointer: str) -> str:
    """The pointer one level up ("" stays "")."""
    return pointer[: pointer.rfind("/")] if pointer else ""


def line_column(data: bytes, offset: int) -> tuple[int, int]:
    """The 1-based line and character column of byte `offset` in `data`."""
    offset = max(0, min(offset, len(data)))
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    return line, len(data[start:offset].decode("utf-8", "replace")) + 1


def _line_columns(data: bytes, offsets: Iterable[int]) -> dict[int, tuple[int, int]]:
    """`line_column` for many offsets in one sweep over the text."""
    wanted = sorted(set(offsets))
    if len(wanted) < 4:
        return {o: line_column(data, o) for o in wanted}
    newlines = [m.start() for m in re.finditer(b"\n", data)]
    result: dict[int, tuple[int, int]] = {}
    for offset in wanted:
        clamped = max(0, min(offset, len(data)))
        index = bisect_right(newlines, clamped - 1)
        start = newlines[index - 1] + 1 if index else 0
        result[offset] = (index + 1, len(data[start:clamped].decode("utf-8", "replace")) + 1)
    return result


def decode_error_offset(data: bytes, message: str) -> int:
    """The byte offset a msgspec `DecodeError` message refers to.

    Messages name a byte ("... (byte 12)"); "truncated" messages name none and point just
    after the last non-blank byte.
    """
    match = _BYTE.search(message)
    if match is None:
        return len(data.rstrip(_WHITESPACE))
    offset = int(match.group(1))
    if "trailing characters" in message and offset > 0:
        offset -= 1  # msgspec names the byte after the first trailing one
    return min(offset, len(data))


def _decode_key(token: bytes) -> str:
    if b"\\" not in token:
        return token[1:-1].decode("utf-8", "replace")
    try:
        key = msgspec.json.decode(token)
    except (msgspec.DecodeError, UnicodeDecodeError):
        return token[1:-1].decode("utf-8", "replace")
    return key if isinstance(key, str) else ""


class _Frame:
    __slots__ = ("array", "index", "pointer", "want_key")

    def __init__(self, array: bool, pointer: str | None) -> None:
        self.array = array
        self.pointer = pointer  # None when nothing asked for lies inside
        self.index = 0
        self.want_key = not array


class SourceMap:
    """Where JSON Pointers point in one JSON text.

    An object member is located at its key, an array element and the whole document at the
    first character of the value. A pointer that names nothing (a missing member, an index
    past the end) is located at the deepest enclosing value that exists. When a key repeats,
    the last occurrence counts, as JSON decoders keep the last value.
    """

    def __init__(self, data: bytes) -> None:
        self.data = data

    def offsets(self, pointers: Iterable[str]) -> dict[str, int]:
        """Byte offset of each pointer (or of its deepest existing ancestor)."""
        targets = set(pointers)
        prefixes = {""}
        for pointer in targets:
            while pointer and pointer not in prefixes:
                prefixes.add(pointer)
                pointer = parent_pointer(pointer)
        found = self._scan(prefixes)
        result: dict[str, int] = {}
        for pointer in targets:
            probe = pointer
            while probe not in found and probe:
                probe = parent_pointer(probe)
            result[pointer] = found.get(probe, self._first_value())
        return result

    def locate(self, pointers: Iterable[str]) -> dict[str, tuple[int, int]]:
        """1-based (line, column) of each pointer."""
        offsets = self.offsets(pointers)
        positions = _line_columns(self.data, offsets.values())
        return {pointer: positions[offset] for pointer, offset in offsets.items()}

    def position(self, pointer: str) -> tuple[int, int]:
        """1-based (line, column) of one pointer."""
        return self.locate([pointer])[pointer]

    def _first_value(self) -> int:
        return len(self.data) - len(self.data.lstrip(_WHITESPACE))

    def _scan(self, wanted: set[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        stack: list[_Frame] = []
        pending: str | None = ""  # pointer of the next value, if wanted and not yet recorded
        for match in _TOKEN.finditer(self.data):
            token = match.group()
            first = token[0]
            frame = stack[-1] if stack else None
            if frame is not None and frame.want_key:
                if first == 0x22:  # '"': a member name
                    frame.want_key = False
                    pending = None
                    if frame.pointer is not None:
                        member = frame.pointer + "/" + escape_token(_decode_key(token))
                        if member in wanted:
                            _forget(found, member)
                            found[member] = match.start()
                            pending = member
                    continue
                if first == 0x7D:  # '}' closing an empty object
                    stack.pop()
                    continue
                continue  # a malformed key: keep scanning
            if first == 0x3A:  # ':'
                continue
            if first == 0x2C:  # ','
                pending = None
                if frame is not None:
                    if frame.array:
                        frame.index += 1
                        pending = self._element(frame, wanted)
                    else:
                        frame.want_key = True
                continue
            if first in (0x7D, 0x5D):  # '}' or ']'
                if stack:
                    stack.pop()
                pending = None
                continue
            # A value starts here.
            if pending is not None and frame is not None and frame.array:
                found[pending] = match.start()
            elif pending == "" and frame is None:
                found[""] = match.start()
            if first in (0x7B, 0x5B):  # '{' or '['
                child = _Frame(first == 0x5B, pending)
                stack.append(child)
                pending = self._element(child, wanted) if child.array else None
            else:
                pending = None
        return found

    @staticmethod
    def _element(frame: _Frame, wanted: set[str]) -> str | None:
        if frame.pointer is None:
            return None
        element = f"{frame.pointer}/{frame.index}"
        return element if element in wanted else None


def _forget(found: dict[str, int], member: str) -> None:
    """Drop what an earlier occurrence of a repeated key recorded."""
    if member in found:
        prefix = member + "/"
        for pointer in [p for p in found if p == member or p.startswith(prefix)]:
            del found[pointer]
