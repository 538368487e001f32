"""Stage 5 of the pipeline: positions in the source text (JSON Pointers and decoder errors to
line:column), and diagnostics in document order (:func:`place`).

Nothing here runs for a valid payload. When a document has diagnostics, `SourceMap` finds where
each pointer they name begins by walking down the pointer only: msgspec decodes a container
into its members as raw, undecoded slices (`msgspec.Raw`, skipped in C), and the members'
lengths give their offsets; only the containers on a pointer's way are visited, so the cost
follows the diagnostics, not the size of the document. A document with repeated keys (whose
raw values no longer line up with its text) is scanned token by token instead. Columns count
characters (code points), not bytes, and are computed in one sweep for all offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import msgspec

from .diagnostics import Diagnostic, document_order

__all__ = [
    "SourceMap",
    "decode_error_offset",
    "escape_token",
    "line_column",
    "parent_pointer",
    "place",
    "pointer_tokens",
    "unescape_token",
]

# A string (escapes included), a structural character, or a bare scalar (number or literal).
_TOKEN = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"?|[{}\[\]:,]|[^\s{}\[\]:,"]+', re.DOTALL)
_BYTE = re.compile(r"\(byte (\d+)\)")
_WHITESPACE = b" \t\r\n"
_BLANKS = re.compile(rb"[ \t\r\n]*")
#: An object member up to its value: separators before it, the key (its text in group 1), ":".
_MEMBER = re.compile(rb'[ \t\r\n,]*"([^"\\]*(?:\\.[^"\\]*)*)"[ \t\r\n]*:[ \t\r\n]*', re.DOTALL)
_SEPARATOR = re.compile(rb"[ \t\r\n]*,?[ \t\r\n]*")
_ARRAY = msgspec.json.Decoder(list[msgspec.Raw])
_RAW = msgspec.json.Decoder(msgspec.Raw)
_OBJECT = msgspec.json.Decoder(dict[str, msgspec.Raw])
#: Bytes left in an object within which a found key is looked for again (see _read_object).
_REPEAT_SEARCH = 4096
#: Containers at most this large are searched for a key's text first (see _searched).
_SEARCHED = 8192
#: (where a member is located, where its value starts, where the value ends)
_Member = tuple[int, int, int]
_TRAILING = re.compile(r"trailing characters \(byte (\d+)\)")


def _value_end(data: bytes, at: int) -> int:
    """Where the JSON value starting at ``at`` ends (msgspec skips it in C and names the first
    byte after it: the value is decoded as the whole rest of the text, which fails there)."""
    try:
        _RAW.decode(memoryview(data)[at:])
    except msgspec.DecodeError as error:
        match = _TRAILING.search(str(error))
        if match is None:
            raise
        return at + int(match.group(1)) - 1
    return len(data)


def _read_small(data: bytes, members: dict[str, _Member], at: int, end: int) -> bool:
    """Every member of the (small) object at ``data[at:end]`` from one decode into raw values;
    False when a key repeats (the raw values then do not line up with the text)."""
    values = _OBJECT.decode(memoryview(data)[at:end])
    position = at + 1
    member = _MEMBER.match
    for _ in range(len(values)):
        head = member(data, position)
        if head is None:
            return False
        key = _member_key(head)
        value = values.pop(key, None)
        if value is None:
            return False
        value_at = head.end()
        position = value_at + len(value)
        members[escape_token(key)] = (head.start(1) - 1, value_at, position)
    return _BLANKS.match(data, position).end() == end - 1  # type: ignore[union-attr]


def _key_text(token: str) -> bytes:
    """The JSON text of the key that pointer token ``token`` names, as an encoder writes it."""
    if token.isprintable() and not ('"' in token or "\\" in token or "~" in token):
        return f'"{token}"'.encode()
    return msgspec.json.encode(unescape_token(token))


def _value_after_key(data: bytes, key_end: int) -> int | None:
    """Where the value starts after a key's text ending at ``key_end`` (blanks, a colon,
    blanks), or None when no colon follows: then the text was not a key."""
    colon = _BLANKS.match(data, key_end).end()  # type: ignore[union-attr]
    if data[colon : colon + 1] != b":":
        return None
    return _BLANKS.match(data, colon + 1).end()  # type: ignore[union-attr]


def _member_key(head: re.Match[bytes]) -> str:
    inner = head.group(1)
    if b"\\" not in inner:
        return inner.decode("utf-8", "replace")
    return _decode_key(b'"' + inner + b'"')


def _forget_members(members: dict[str, dict[str, _Member]], pointer: str) -> None:
    """Drop what was read inside an earlier occurrence of a repeated key."""
    prefix = pointer + "/"
    for key in [k for k in members if k == pointer or k.startswith(prefix)]:
        del members[key]


def escape_token(key: str) -> str:
    """Escape one object key as a JSON Pointer reference token (RFC 6901)."""
    if "~" in key or "/" in key:
        return key.replace("~", "~0").replace("/", "~1")
    return key


def unescape_token(token: str) -> str:
    """The object key that JSON Pointer reference token ``token`` names (RFC 6901)."""
    return token.replace("~1", "/").replace("~0", "~")


def pointer_tokens(pointer: str) -> list[str]:
    """The unescaped reference tokens of `pointer` ("" has none)."""
    if not pointer:
        return []
    return [unescape_token(t) for t in pointer[1:].split("/")]


def parent_pointer(pointer: str) -> str:
    """The pointer one level up ("" stays "")."""
    return pointer[: pointer.rfind("/")] if pointer else ""


def line_column(data: bytes, offset: int) -> tuple[int, int]:
    """The 1-based line and character column of byte `offset` in `data`."""
    return _line_columns(data, (offset,))[offset]


def _line_columns(data: bytes, offsets: Iterable[int]) -> dict[int, tuple[int, int]]:
    """`line_column` for many offsets in one sweep: each stretch of text between two offsets
    is counted once (linear in the text, also when it is all one line)."""
    result: dict[int, tuple[int, int]] = {}
    line, line_start, position, column = 1, 0, 0, 1
    for offset in sorted(set(offsets)):
        clamped = max(0, min(offset, len(data)))
        last = data.rfind(b"\n", position, clamped)
        if last >= 0:  # (rfind is many times faster than count: minified JSON skips the count)
            line += data.count(b"\n", position, last) + 1
            line_start = last + 1
            position, column = line_start, 1
        stretch = data[position:clamped]
        column += len(stretch) if stretch.isascii() else len(stretch.decode("utf-8", "replace"))
        position = clamped
        result[offset] = (line, column)
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
        #: container pointer -> its members read so far: escaped key or index -> (where the
        #: member is located, where its value starts, where it ends)
        self._members: dict[str, dict[str, _Member]] = {}
        #: objects not read to their end: container pointer -> where the next member starts
        self._objects: dict[str, int] = {}
        self._end = len(data.rstrip(_WHITESPACE))

    def offsets(self, pointers: Iterable[str]) -> dict[str, int]:
        """Byte offset of each pointer (or of its deepest existing ancestor)."""
        targets = set(pointers)
        try:
            return {pointer: self._walk(pointer) for pointer in targets}
        except (msgspec.DecodeError, AttributeError, ValueError):  # not one JSON document
            return self._scanned(targets)

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

    # -- walking down a pointer over raw members ------------------------------------------

    def _walk(self, pointer: str) -> int:
        start = self._first_value()
        located, value_at, value_end = start, start, self._end
        exact = True  # whether value_end is the value's end, or only a bound past it
        container = 0  # the end of the container's pointer within ``pointer``
        while container < len(pointer):
            end = pointer.find("/", container + 1)
            if end < 0:
                end = len(pointer)
            parent, token = pointer[:container], pointer[container + 1 : end]
            if value_end - value_at <= _SEARCHED and parent not in self._members:
                key = self._searched(value_at, value_end, token)
                if key is not None:  # (the value's end is only needed to go deeper)
                    located, value_at, exact = key[0], key[1], False
                    container = end
                    continue
            if not exact:
                value_end, exact = _value_end(self.data, value_at), True
            member = self._member(parent, value_at, value_end, token)
            if member is None:
                break  # names nothing: the deepest existing value stands for it
            located, value_at, value_end = member
            container = end
        return located

    def _searched(self, at: int, bound: int, token: str) -> tuple[int, int] | None:
        """(where the key is, where its value starts) of member ``token`` of the object at
        ``data[at:]`` (which ends before ``bound``), found by searching for the key's text,
        without reading the members before it; None when that is not sure.

        The key's text (``"name"`` then a colon) can only be a key, as a quote inside a string
        is escaped; it is this object's key, and not one nested deeper or in a later value,
        when the text before it reads as whole members of the object. It must occur once
        before ``bound``: a key that repeats counts at its last occurrence, which stepping
        finds.
        """
        data = self.data
        if data[at : at + 1] != b"{":
            return None
        key_text = _key_text(token)
        found = data.find(key_text, at + 1, bound)
        if found < 0 or data.find(key_text, found + len(key_text), bound) >= 0:
            return None
        value_at = _value_after_key(data, found + len(key_text))
        if value_at is None:
            return None
        before = data[at + 1 : found].rstrip(_WHITESPACE)
        if before:
            if before[-1:] != b",":
                return None
            try:
                _RAW.decode(b"{" + before[:-1] + b"}")
            except msgspec.DecodeError:
                return None
        return found, value_at

    def _member(self, container: str, at: int, end: int, token: str) -> _Member | None:
        """Member ``token`` (escaped) of the value at ``data[at:end]``, reading the container
        only as far as needed."""
        members = self._members.get(container)
        if members is None:
            members = self._members[container] = {}
            first = self.data[at : at + 1]
            if first == b"[":
                self._read_array(members, at, end)
            elif first == b"{":
                small = end - at <= _REPEAT_SEARCH
                if not (small and _read_small(self.data, members, at, end)):
                    members.clear()
                    self._objects[container] = at + 1  # read it member by member
        found = members.get(token)
        if container in self._objects:  # read in part
            if found is None:
                if end - at > _REPEAT_SEARCH:
                    found = self._from_end(members, token, at, end)
                if found is None:
                    found = self._read_object(container, members, token, end)
            elif self._repeats_later(container, found, token, end):
                found = self._read_object(container, members, token, end)
        return found

    def _repeats_later(self, container: str, found: _Member, token: str, end: int) -> bool:
        """Whether the key of member ``found``, met while stepping to another one, occurs
        again in the part of the object not read yet (within ``_REPEAT_SEARCH`` bytes, as in
        :meth:`_read_object`): the last occurrence is the one that counts."""
        rest = max(found[2], self._objects[container])
        return end - rest <= _REPEAT_SEARCH and self.data.find(_key_text(token), rest, end) >= 0

    def _from_end(
        self, members: dict[str, _Member], token: str, at: int, end: int
    ) -> _Member | None:
        """Member ``token`` of the large object at ``data[at:end]`` found from the object's end,
        when its key's text is not met in the first few kilobytes and stands in the object's
        second half (stepping over every member before it would then cost more): the last
        occurrence of the text, kept only when it is a key of this object, which the rest after
        its value proves by reading as this object's remaining members (a key nested deeper
        leaves closing brackets over) without that key again. None when that does not hold: the
        caller steps from the start."""
        data = self.data
        key_text = _key_text(token)
        # A key met in the object's first few kilobytes is cheaper to step to (searching all
        # of a large text for a key costs about as much as stepping over it).
        if data.find(key_text, at, min(end, at + _REPEAT_SEARCH)) >= 0:
            return None
        found = data.rfind(key_text, at, end)
        if found < 0 or found - at < end - found:
            return None
        slashes = found
        while data[slashes - 1] == 0x5C:  # a quote after an odd run of backslashes is text
            slashes -= 1
        value_at = _value_after_key(data, found + len(key_text))
        if (found - slashes) % 2 or value_at is None:
            return None
        value_end = _value_end(data, value_at)
        after = _BLANKS.match(data, value_end, end).end()  # type: ignore[union-attr]
        if after != end - 1:
            if data[after : after + 1] != b",":
                return None
            try:
                rest = _OBJECT.decode(b"{" + data[after + 1 : end])
            except msgspec.DecodeError:
                return None
            if unescape_token(token) in rest:  # a repeat further on: stepping finds it
                return None
        members[token] = member = (found, value_at, value_end)
        return member

    def _read_array(self, members: dict[str, _Member], at: int, end: int) -> None:
        """Every element of the array at ``data[at:end]`` (msgspec skips them in C as raw
        values, and their lengths give their offsets)."""
        data = self.data
        position = _BLANKS.match(data, at + 1).end()  # type: ignore[union-attr]
        for index, item in enumerate(_ARRAY.decode(memoryview(data)[at:end])):
            item_end = position + len(item)
            members[str(index)] = (position, position, item_end)
            position = _SEPARATOR.match(data, item_end).end()  # type: ignore[union-attr]

    def _read_object(
        self, container: str, members: dict[str, _Member], token: str, end: int
    ) -> _Member | None:
        """Step over the object's members until ``token`` is met.

        A key may repeat, and the last occurrence is the one that counts: when the key's text
        occurs again in the rest of the object, the step goes on. That search is made only
        when at most ``_REPEAT_SEARCH`` bytes of the object are left (a repeat further on, or
        one spelled with other escapes, is located at the first occurrence): searching the
        rest of a large document would cost more than placing the diagnostic.
        """
        data = self.data
        position = self._objects[container]
        found = None
        while (head := _MEMBER.match(data, position)) is not None:
            value_at = head.end()
            value_end = _value_end(data, value_at)
            escaped = escape_token(_member_key(head))
            if escaped in members:  # a repeated key: the earlier value's positions are stale
                _forget_members(self._members, f"{container}/{escaped}")
            members[escaped] = (head.start(1) - 1, value_at, value_end)
            position = value_end
            if escaped == token:
                found = members[escaped]
                key_text = b'"' + head.group(1) + b'"'
                if end - value_end > _REPEAT_SEARCH or data.find(key_text, value_end, end) < 0:
                    break
        else:
            del self._objects[container]  # read to its end
            return members.get(token)
        self._objects[container] = position
        return found

    # -- the token scan, for documents the walk cannot follow -----------------------------

    def _scanned(self, targets: set[str]) -> dict[str, int]:
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


def place(
    data: bytes, diagnostics: list[Diagnostic], *, positions: bool = True
) -> list[Diagnostic]:
    """Give each diagnostic its line and column from its pointer, and sort them.

    With ``positions`` false (the payload was not text) the positions only decide the order.
    """
    if not diagnostics:
        return diagnostics
    unplaced = {d.path for d in diagnostics if d.line is None}
    located = SourceMap(data).locate(unplaced) if unplaced else {}
    placed = [
        d
        if d.line is not None
        else msgspec.structs.replace(d, line=located[d.path][0], column=located[d.path][1])
        for d in diagnostics
    ]
    ordered = document_order(placed)
    if positions:
        return ordered
    return [msgspec.structs.replace(d, line=None, column=None) for d in ordered]
