"""Small, well-formed PDF files for tests, written the ways real writers lay them out: a
cross-reference table, an incremental update, a cross-reference stream (with or without the
PNG "Up" predictor) whose catalog and page tree sit in an object stream, and a hybrid file."""

from __future__ import annotations

import zlib


def _page_objects(pages: int, first: int, parent: int) -> list[tuple[int, bytes]]:
    return [
        (first + i, f"<< /Type /Page /Parent {parent} 0 R /MediaBox [0 0 612 792] >>".encode())
        for i in range(pages)
    ]


def _pages_object(pages: int, first: int) -> bytes:
    kids = " ".join(f"{first + i} 0 R" for i in range(pages))
    return f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode()


def _serialise(objects: list[tuple[int, bytes]], out: bytearray) -> dict[int, int]:
    offsets = {}
    for number, body in objects:
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    return offsets


def _table(offsets: dict[int, int], size: int) -> bytes:
    rows = [b"0000000000 65535 f \n"]
    rows += [
        (b"%010d 00000 n \n" % offsets[n]) if n in offsets else b"0000000000 00000 f \n"
        for n in range(1, size)
    ]
    return b"xref\n0 %d\n" % size + b"".join(rows)


def classic(pages: int, *, filler: bytes = b"") -> bytes:
    """Catalog 1, page tree 2, pages 3..; a content stream of ``filler`` bytes (e.g. an
    image); a cross-reference table and trailer."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    content = pages + 3
    objects = [(1, b"<< /Type /Catalog /Pages 2 0 R >>"), (2, _pages_object(pages, 3))]
    objects += _page_objects(pages, 3, 2)
    objects.append((content, b"<< /Length %d >>\nstream\n" % len(filler) + filler + b"\nendstream"))
    offsets = _serialise(objects, out)
    xref_at = len(out)
    out += _table(offsets, content + 1)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (content + 1, xref_at)
    return bytes(out)


def updated(pages: int, added: int) -> bytes:
    """:func:`classic` with an incremental update that replaces the page tree (``/Prev``)."""
    base = bytearray(classic(pages))
    previous = int(base.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    size = pages + 4
    new_pages = _page_objects(added, size, 2)
    objects = [(2, _pages_object(pages + added, 3)), *new_pages]
    # the page tree keeps its number; its kids are the old pages and the new ones
    objects[0] = (
        2,
        f"<< /Type /Pages /Kids [{' '.join(f'{n} 0 R' for n in [*range(3, 3 + pages), *range(size, size + added)])}] "
        f"/Count {pages + added} >>".encode(),
    )
    offsets = _serialise(objects, base)
    xref_at = len(base)
    rows = b"".join(b"%d 1\n%010d 00000 n \n" % (n, offsets[n]) for n in sorted(offsets))
    base += b"xref\n" + rows
    base += b"trailer\n<< /Size %d /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        size + added,
        previous,
        xref_at,
    )
    return bytes(base)


def _object_stream(objects: list[tuple[int, bytes]]) -> tuple[bytes, int, list[int]]:
    """(compressed data, /First, offsets) of an object stream holding ``objects``."""
    bodies = b""
    offsets = []
    for _, body in objects:
        offsets.append(len(bodies))
        bodies += body + b"\n"
    header = b" ".join(b"%d %d" % (n, o) for (n, _), o in zip(objects, offsets, strict=True)) + b"\n"
    return zlib.compress(header + bodies), len(header), offsets


def _xref_rows(entries: list[tuple[int, int, int]], predicted: bool) -> bytes:
    rows = [bytes([kind]) + field.to_bytes(3, "big") + index.to_bytes(1, "big") for kind, field, index in entries]
    if not predicted:
        return zlib.compress(b"".join(rows))
    out = bytearray()
    previous = bytes(5)
    for row in rows:
        out += b"\x02" + bytes((a - b) & 0xFF for a, b in zip(row, previous, strict=True))
        previous = row
    return zlib.compress(bytes(out))


def compressed(pages: int, *, predicted: bool = True, hybrid: bool = False) -> bytes:
    """PDF 1.5 style: pages as plain objects, the catalog (1) and page tree (2) inside object
    stream 3, and a cross-reference stream (4) - or, with ``hybrid``, a table whose trailer
    points at that stream with ``/XRefStm``."""
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    first_page = 5
    plain = _page_objects(pages, first_page, 2)
    offsets = _serialise(plain, out)
    packed = [(1, b"<< /Type /Catalog /Pages 2 0 R >>"), (2, _pages_object(pages, first_page))]
    data, first, _ = _object_stream(packed)
    offsets.update(
        _serialise(
            [(3, b"<< /Type /ObjStm /N 2 /First %d /Filter /FlateDecode /Length %d >>\nstream\n" % (first, len(data)) + data + b"\nendstream")],
            out,
        )
    )
    size = first_page + pages
    xref_at = len(out)
    entries = [(0, 0, 255), (2, 3, 0), (2, 3, 1), (1, offsets[3], 0), (1, xref_at, 0)]
    entries += [(1, offsets[first_page + i], 0) for i in range(pages)]
    rows = _xref_rows(entries, predicted)
    parms = b" /DecodeParms << /Columns 5 /Predictor 12 >>" if predicted else b""
    out += (
        b"4 0 obj\n<< /Type /XRef /Size %d /W [1 3 1] /Root 1 0 R /Filter /FlateDecode%s /Length %d >>\nstream\n"
        % (size, parms, len(rows))
        + rows
        + b"\nendstream\nendobj\n"
    )
    if not hybrid:
        out += b"startxref\n%d\n%%%%EOF\n" % xref_at
        return bytes(out)
    table_at = len(out)
    listed = {n: offsets[n] for n in (3, *range(first_page, size))}
    out += _table(listed, size)
    out += b"trailer\n<< /Size %d /Root 1 0 R /XRefStm %d >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref_at, table_at)
    return bytes(out)
