"""The page count of a PDF, read the way a PDF reader finds it.

A PDF ends with ``startxref`` and the offset of its cross-reference section; that section (a
table, or in PDF 1.5+ a compressed stream) gives the offset of every object, and its trailer
names the document catalog (``/Root``), whose ``/Pages`` entry is the root of the page tree,
whose ``/Count`` is the number of pages. Following that chain reads a few kilobytes near the
end of the file and a few objects: the cost does not grow with the file.

Handled: cross-reference tables and streams (FlateDecode, PNG predictors), incremental
updates (``/Prev``), objects inside object streams. A file whose structure cannot be followed
(damaged, other filters) is searched instead for its page-tree nodes in one linear pass.

The input is hostile until proven otherwise, so every step is bounded: at most
:data:`MAX_INFLATED` bytes are inflated from any stream (a FlateDecode bomb stops there, not at
gigabytes), at most :data:`MAX_XREF_SUBSECTIONS` cross-reference subsections and
``_MAX_SECTIONS`` incremental updates are followed, numbers are read with a bounded digit count,
and the search fallback is a single regular-expression pass. Hitting a bound raises
:class:`PdfLimitError`, which says what was not read, so the caller can report it.
"""

from __future__ import annotations

import binascii
import re
import zlib

import pybase64

__all__ = ["MAX_INFLATED", "MAX_XREF_SUBSECTIONS", "PdfLimitError", "page_count", "search_pages"]

_TAIL = 1024
#: Bytes read at an object, grown until its dictionary is complete (the reads are searched with
#: regular expressions, so they are kept small).
_WINDOWS = (512, 4096, 65536)
_WINDOW = _WINDOWS[1]
_MAX_SECTIONS = 32
_MAX_STREAM = 8 * 1024 * 1024
#: Most bytes inflated from one compressed stream (cross-reference or object stream).
MAX_INFLATED = 16 * 1024 * 1024
#: Most subsections read from one cross-reference table.
MAX_XREF_SUBSECTIONS = 10_000

_NUMBER = rb"(\d{1,20})(?!\d)"
_STARTXREF = re.compile(rb"startxref\s+" + _NUMBER)
_SUBSECTION = re.compile(rb"(\d+)[ \t]+(\d+)[ \t]*\r?\n")
_OBJECT = re.compile(rb"\s*(\d+)\s+(\d+)\s+obj\s*")
_REF = rb"\s+(\d+)\s+\d+\s+R"
_ROOT = re.compile(rb"/Root" + _REF)
_PAGES = re.compile(rb"/Pages" + _REF)
_COUNT = re.compile(rb"/Count\s+" + _NUMBER)
_PREV = re.compile(rb"/Prev\s+" + _NUMBER)
_XREF_STREAM = re.compile(rb"/XRefStm\s+" + _NUMBER)
_BRACKETS = re.compile(rb"<<|>>")
_INT = re.compile(rb"/(\w+)\s+(\d+)(?!\d)(?!\s+\d+\s+R)")
_ARRAY = re.compile(rb"/(W|Index)\s*\[([\d\s]*)\]")
_PREDICTOR = re.compile(rb"/Predictor\s+(\d+)")


class _Unreadable(Exception):
    """The file's structure could not be followed."""


class PdfLimitError(Exception):
    """Counting stopped at one of this module's bounds; the message says which."""


_FAILURES = (
    _Unreadable,
    ValueError,
    IndexError,
    KeyError,
    zlib.error,
    RecursionError,
    OverflowError,
)


class _BytesFile:
    """Reads at offsets of the file's bytes (clamped to the file)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.size = len(data)

    def read(self, start: int, length: int) -> bytes:
        start = max(0, start)
        return self.data[start : start + length]


def page_count(pdf: str | bytes) -> int | None:
    """Pages in a PDF, given as its bytes or its base64 text (None when it cannot be read).

    Read through the cross-reference section; a file whose structure cannot be followed is
    searched (:func:`search_pages`). Raises :class:`PdfLimitError` when a bound stops the read.
    Base64 text is decoded leniently (characters outside the alphabet are skipped): whether it
    is valid base64 is the caller's question.
    """
    if isinstance(pdf, str):
        try:
            pdf = pybase64.b64decode(pdf)
        except (binascii.Error, ValueError):
            return None
    try:
        count = _Document(_BytesFile(pdf)).page_count()
    except _FAILURES:
        count = None
    return count if count is not None else search_pages(pdf)


#: A page-tree node's ``/Type /Pages`` and its ``/Count``, or the end of a dictionary: the
#: search pairs a marker and a count met with no ``>`` between them.
_SEARCH = re.compile(rb"(/Type\s*/Pages\b)|/Count\s+" + _NUMBER + rb"|>")


def search_pages(data: bytes) -> int | None:
    """The largest ``/Count`` of a ``/Type /Pages`` dictionary found by searching ``data``
    (for files whose cross-reference cannot be followed). One pass, linear in ``data``."""
    best: int | None = None
    pages_seen = False
    counts: list[int] = []
    for match in _SEARCH.finditer(data):
        if match.group(1) is not None:
            pages_seen = True
        elif match.group(2) is not None:
            counts.append(int(match.group(2)))
        else:  # ">" ends the stretch in which a marker and a count belong together
            if pages_seen and counts:
                best = max(best or 0, *counts)
            pages_seen = False
            counts.clear()
    if pages_seen and counts:
        best = max(best or 0, *counts)
    return best


class _Document:
    def __init__(self, file: _BytesFile) -> None:
        self.file = file
        #: newest section first
        self.sections: list[_TableSection | _StreamSection] = []
        self.root: int | None = None
        #: object stream number -> (its data, offset of the first object, its header's words)
        self.object_streams: dict[int, tuple[_Inflated, int, list[bytes]]] = {}

    def page_count(self) -> int | None:
        found = _STARTXREF.findall(self.file.read(self.file.size - 128, 128))
        if not found:
            found = _STARTXREF.findall(self.file.read(self.file.size - _TAIL, _TAIL))
        if not found:
            return None
        offset: int | None = int(found[-1])
        seen: set[int] = set()
        while offset is not None and offset not in seen and len(seen) < _MAX_SECTIONS:
            seen.add(offset)
            offset = self._read_section(offset)
        if self.root is None:
            return None
        catalog = self._object(self.root)
        pages = _PAGES.search(catalog)
        if pages is None:
            return None
        count = _COUNT.search(self._object(int(pages.group(1))))
        return int(count.group(1)) if count else None

    # ------------------------------------------------------------------ cross-reference

    def _read_section(self, offset: int) -> int | None:
        """Read the cross-reference section at ``offset``; the offset of the previous one."""
        head = self.file.read(offset, 8)
        if head.startswith(b"xref"):
            return self._read_table(offset)
        return self._read_stream_section(offset, None)

    def _read_table(self, offset: int) -> int | None:
        subsections: list[tuple[int, int, int]] = []
        position = offset + 4
        while True:
            window = self.file.read(position, 64)
            stripped = window.lstrip()
            if stripped.startswith(b"trailer"):
                position += len(window) - len(stripped)
                break
            match = _SUBSECTION.match(stripped)
            if match is None:
                raise _Unreadable("bad cross-reference table")
            position += len(window) - len(stripped) + match.end()
            first, count = int(match.group(1)), int(match.group(2))
            subsections.append((first, count, position))
            if len(subsections) > MAX_XREF_SUBSECTIONS:
                raise PdfLimitError(
                    f"its cross-reference table has more than {MAX_XREF_SUBSECTIONS:,} subsections"
                )
            position += 20 * count
        self.sections.append(_TableSection(self.file, subsections))
        for size in _WINDOWS:
            window = self.file.read(position, size)
            try:
                trailer = _dictionary(window, window.index(b"<<"))
                break
            except (_Unreadable, ValueError):
                if len(window) < size:
                    raise _Unreadable("no trailer dictionary") from None
        else:
            raise _Unreadable("trailer too long")
        hybrid = _XREF_STREAM.search(trailer)
        if hybrid:  # a hybrid file: objects in object streams are listed in a stream
            self._read_stream_section(int(hybrid.group(1)), None)
        return self._take_trailer(trailer)

    def _read_stream_section(self, offset: int, head: bytes | None) -> int | None:
        dictionary, data = self._stream_at(offset, head, rows_kept=True)
        if b"/XRef" not in dictionary:
            raise _Unreadable("not a cross-reference section")
        numbers = {name: int(value) for name, value in _INT.findall(dictionary)}
        arrays = {k: [int(v) for v in values.split()] for k, values in _ARRAY.findall(dictionary)}
        widths = arrays[b"W"]
        if len(widths) != 3 or sum(widths) == 0:
            raise _Unreadable("bad /W")
        index = arrays.get(b"Index", [0, numbers[b"Size"]])
        predictor = _PREDICTOR.search(dictionary)
        predicted = predictor is not None and int(predictor.group(1)) >= 10
        self.sections.append(_StreamSection(data, widths, index, predicted))
        return self._take_trailer(dictionary)

    def _take_trailer(self, trailer: bytes) -> int | None:
        if self.root is None:
            root = _ROOT.search(trailer)
            if root:
                self.root = int(root.group(1))
        previous = _PREV.search(trailer)
        return int(previous.group(1)) if previous else None

    # ------------------------------------------------------------------ objects

    def _where(self, number: int) -> tuple[str, int, int]:
        for section in self.sections:
            found = section.lookup(number)
            if found is not None:
                return found
        raise _Unreadable(f"object {number} is not in the cross-reference")

    def _object(self, number: int) -> bytes:
        """The text of object ``number`` (its dictionary, enough to read keys from)."""
        kind, where, _ = self._where(number)
        if kind == "at":
            head, match = self._object_head(where)
            if int(match.group(1)) != number:
                raise _Unreadable(f"object {number} is not where the cross-reference says")
            return _dictionary(head, match.end())
        stream = self.object_streams.get(where)
        if stream is None:
            dictionary, data = self._stream_at(self._where(where)[1], None)
            numbers = {name: int(value) for name, value in _INT.findall(dictionary)}
            first = numbers[b"First"]
            header = data.upto(first)[:first].split()
            stream = self.object_streams[where] = (data, first, header)
        data, first, header = stream
        # The header pairs object numbers with offsets: "n1 off1 n2 off2 ..."
        start = first + int(header[1 + 2 * header[::2].index(b"%d" % number)])
        for size in _WINDOWS:
            try:
                return _dictionary(data.upto(start + size), start)
            except _Unreadable:
                if len(data.upto(start + size)) < start + size:
                    raise
        raise _Unreadable("object too long")

    def _object_head(self, offset: int) -> tuple[bytes, re.Match[bytes]]:
        """The start of the object at ``offset``, long enough to hold its dictionary."""
        for size in _WINDOWS:
            head = self.file.read(offset, size)
            match = _OBJECT.match(head)
            if match is None:
                raise _Unreadable("no object here")
            try:
                end = match.end() + len(_dictionary(head, match.end()))
            except _Unreadable:
                if len(head) < size:
                    raise
                continue
            if head.find(b"stream", end, end + 32) < 0 or len(head) >= end + 16:
                return head, match
        raise _Unreadable("object too long")

    def _stream_at(
        self, offset: int, head: bytes | None, *, rows_kept: bool = False
    ) -> tuple[bytes, _Inflated]:
        """(dictionary, data) of the stream object at ``offset`` (with ``rows_kept``,
        PNG-predicted rows are left for the caller to undo row by row)."""
        head, match = self._object_head(offset)
        dictionary = _dictionary(head, match.end())
        numbers = {name: int(value) for name, value in _INT.findall(dictionary)}
        length = numbers[b"Length"]
        if length > _MAX_STREAM:
            raise _Unreadable("stream too long")
        after = match.end() + len(dictionary)
        keyword = head.find(b"stream", after)
        if keyword < 0:
            raise _Unreadable("no stream keyword")
        start = keyword + len(b"stream")
        start += 2 if head[start : start + 2] == b"\r\n" else 1
        raw = self.file.read(offset + start, length)
        filters = dictionary.split(b"/Filter", 1)[1][:40] if b"/Filter" in dictionary else b""
        if filters and not filters.lstrip().lstrip(b"[").lstrip().startswith(b"/FlateDecode"):
            raise _Unreadable("unsupported filter")
        data = _Inflated(raw, compressed=bool(filters))
        predictor = _PREDICTOR.search(dictionary)
        if predictor and int(predictor.group(1)) >= 10 and not rows_kept:
            raise _Unreadable("a predicted object stream")
        return dictionary, data


def _dictionary(data: bytes, start: int) -> bytes:
    """The ``<< ... >>`` dictionary at ``start`` (nested dictionaries included)."""
    if data[start : start + 2] != b"<<":
        raise _Unreadable("no dictionary")
    depth = 0
    for bracket in _BRACKETS.finditer(data, start):
        depth += 1 if bracket.group() == b"<<" else -1
        if depth == 0:
            return data[start : bracket.end()]
    raise _Unreadable("dictionary not closed in the window")


class _TableSection:
    """A cross-reference table: its rows are read when an object is looked up."""

    def __init__(
        self, file: _BytesFile, subsections: list[tuple[int, int, int]]
    ) -> None:
        self.file = file
        self.subsections = subsections

    def lookup(self, number: int) -> tuple[str, int, int] | None:
        for first, count, position in self.subsections:
            if first <= number < first + count:
                row = self.file.read(position + 20 * (number - first), 20)
                if row[17:18] == b"n":
                    return ("at", int(row[:10]), 0)
                return None
        return None


class _StreamSection:
    """A cross-reference stream (decompressed): rows are decoded when looked up."""

    def __init__(
        self, data: _Inflated, widths: list[int], index: list[int], predicted: bool
    ) -> None:
        self.data = data
        self.widths = widths
        self.index = index
        self.predicted = predicted  # PNG predictor: each row is a filter byte and the row

    def lookup(self, number: int) -> tuple[str, int, int] | None:
        row = 0
        for first, count in zip(self.index[::2], self.index[1::2], strict=True):
            if first <= number < first + count:
                row += number - first
                break
            row += count
        else:
            return None
        fields = []
        position = 0
        entry = self._row(row)
        for width in self.widths:
            fields.append(int.from_bytes(entry[position : position + width], "big"))
            position += width
        kind = fields[0] if self.widths[0] else 1
        if kind == 1:
            return ("at", fields[1], 0)
        if kind == 2:
            return ("in", fields[1], fields[2])
        return None

    def _row(self, row: int) -> bytes:
        size = sum(self.widths)
        if not self.predicted:
            return self.data.upto((row + 1) * size)[row * size : (row + 1) * size]
        # PNG rows: a filter byte, then the row. "Up" adds the row above, so a row is the sum
        # of the rows since the last unfiltered one (summed per column with C-level slices).
        stride = size + 1
        data = self.data.upto((row + 1) * stride)
        filters = data[0 : (row + 1) * stride : stride]
        if len(filters) != row + 1 or filters.strip(b"\0\2") != b"":
            raise _Unreadable("unsupported PNG predictor")
        start = max(filters.rfind(b"\0"), 0)
        return bytes(
            sum(data[start * stride + 1 + c : (row + 1) * stride : stride]) & 0xFF
            for c in range(size)
        )


class _Inflated:
    """A stream's data, inflated only as far as it has been read (and never past
    :data:`MAX_INFLATED` bytes)."""

    def __init__(self, raw: bytes, *, compressed: bool) -> None:
        self.inflater = zlib.decompressobj() if compressed else None
        self.inflated = bytearray()
        self.data = b"" if compressed else raw
        self.pending = raw

    def upto(self, end: int) -> bytes:
        """The data, at least its first ``end`` bytes when there are that many."""
        inflater = self.inflater
        if inflater is None or len(self.data) >= end or inflater.eof:
            return self.data
        if end > MAX_INFLATED:
            raise PdfLimitError(f"reading it would inflate more than {MAX_INFLATED:,} bytes")
        while len(self.inflated) < end and not inflater.eof:
            more = inflater.decompress(self.pending, max(end - len(self.inflated), 16384))
            self.pending = inflater.unconsumed_tail
            if not more:
                break  # the compressed data ended early
            self.inflated += more
        self.data = bytes(self.inflated)
        return self.data
