"""Page counts read through a PDF's cross-reference section (msglint._pdf)."""

from __future__ import annotations

import base64
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdfs import classic, compressed, updated

from msglint._pdf import page_count, search_pages


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


@pytest.mark.parametrize("pages", [1, 7, 101])
def test_cross_reference_table(pages: int) -> None:
    assert page_count(_b64(classic(pages))) == pages


def test_a_large_file_is_read_near_its_end_only() -> None:
    data = classic(3, filler=os.urandom(300_000))
    text = _b64(data)
    assert page_count(text) == 3


def test_incremental_update_uses_the_newest_page_tree() -> None:
    assert page_count(_b64(updated(4, 3))) == 7


@pytest.mark.parametrize("predicted", [True, False])
def test_cross_reference_stream_and_object_stream(predicted: bool) -> None:
    assert page_count(_b64(compressed(12, predicted=predicted))) == 12


def test_hybrid_file() -> None:
    assert page_count(_b64(compressed(5, hybrid=True))) == 5


def test_the_search_fallback_cannot_see_into_object_streams() -> None:
    data = compressed(9)
    assert search_pages(data) is None  # the page tree is compressed
    assert page_count(_b64(data)) == 9


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n" + bytes(range(256)) * 40,  # no startxref
        classic(2).replace(b"startxref\n", b"startxref\n9"),  # offset off the end
        classic(2).replace(b"/Root 1 0 R", b"/Root 9 0 R"),  # catalog not listed
    ],
)
def test_unreadable_structure_gives_what_a_search_finds(data: bytes) -> None:
    assert page_count(_b64(data)) == search_pages(data)
    assert search_pages(data) in (None, 2)


def test_unreadable_structure_falls_back_to_searching() -> None:
    data = classic(4).replace(b"startxref\n", b"startxref\n9")  # offset off the end
    assert page_count(_b64(data)) == page_count(data) == 4
    assert page_count(b"%PDF-1.7\n" + bytes(range(256)) * 40) is None
    # a filter the reader does not handle: the page tree is compressed, nothing to find
    assert page_count(_b64(compressed(3).replace(b"/FlateDecode", b"/LZWDecode"))) is None


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    base=st.sampled_from([classic(3), updated(2, 2), compressed(4), compressed(2, hybrid=True)]),
    cuts=st.lists(st.tuples(st.integers(0, 4000), st.binary(max_size=8)), max_size=4),
)
def test_never_raises_on_damaged_files(base: bytes, cuts: list[tuple[int, bytes]]) -> None:
    data = bytearray(base)
    for at, junk in cuts:
        at %= len(data)
        data[at : at + len(junk)] = junk
    count = page_count(_b64(bytes(data)))
    assert count is None or count >= 0


def test_a_pdf_written_by_matplotlib() -> None:
    pytest.importorskip("matplotlib")
    import io

    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    buffer = io.BytesIO()
    with PdfPages(buffer) as pdf:
        for i in range(4):
            figure = Figure()
            figure.add_subplot().plot([0, i])
            pdf.savefig(figure)
    assert page_count(_b64(buffer.getvalue())) == 4


# --- hostile files: every read is bounded (issue: hostile input) ---------------------------------


def _request(pdf: bytes, **extra: object) -> bytes:
    import json

    document = {
        "type": "document",
        "source": {"type": "base64", "media_type": "application/pdf", "data": _b64(pdf)},
    }
    body = {
        "model": "claude-opus-4-5",
        "max_tokens": 16,
        "messages": [{"role": "user", "content": [document, {"type": "text", "text": "Sum up."}]}],
        **extra,
    }
    return json.dumps(body).encode()


def _timed_check(payload: bytes) -> tuple[list[str], float, int]:
    import time
    import tracemalloc

    import msglint

    tracemalloc.start()
    started = time.perf_counter()
    found = msglint.check(payload)
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return [d.code for d in found], elapsed, peak


@pytest.mark.parametrize("wrong_field", [False, True])
def test_repeated_page_tree_markers_are_searched_in_linear_time(wrong_field: bool) -> None:
    # No startxref: the reader falls back to searching. A file that is only "/Type/Pages "
    # took 26 s at 0.26 MB (the search decoded a window around every hit and ran a lazy
    # regex to the end of it); with another field wrong (the exhaustive path) 16 KB took 32 s.
    pdf = b"%PDF-1.7\n" + b"/Type/Pages " * 40_000
    extra = {"temperature": "hot"} if wrong_field else {}
    codes, elapsed, _ = _timed_check(_request(pdf, **extra))
    assert elapsed < 2.0
    assert "E000" not in codes
    assert search_pages(pdf) is None  # markers without a /Count: nothing counted


def test_a_flate_bomb_is_not_inflated_past_the_bound() -> None:
    import zlib

    from msglint._pdf import MAX_INFLATED

    # A cross-reference stream of 512 MB of zeros compresses to about 0.5 MB; the catalog's
    # object number sits at its end, so following it would inflate the whole stream.
    megabyte = b"\0" * (1024 * 1024)
    packer = zlib.compressobj(9)
    bomb = b"".join(packer.compress(megabyte) for _ in range(512)) + packer.flush()
    rows = 512 * len(megabyte) // 7
    head = b"%PDF-1.7\n"
    xref_at = len(head)
    stream = (
        b"1 0 obj\n<< /Type /XRef /W [1 4 2] /Size %d /Root %d 0 R /Filter /FlateDecode"
        b" /Length %d >>\nstream\n" % (rows, rows - 1, len(bomb))
        + bomb
        + b"\nendstream\nendobj\n"
    )
    pdf = head + stream + b"startxref\n%d\n%%%%EOF\n" % xref_at
    codes, elapsed, peak = _timed_check(_request(pdf))
    assert "W257" in codes and "E000" not in codes
    assert elapsed < 3.0
    assert peak < 4 * MAX_INFLATED + 8 * len(pdf)  # the request's own copies, not gigabytes


def test_a_huge_count_is_no_internal_error() -> None:
    tree = b"<< /Type /Pages /Count " + b"9" * 5000 + b" >>"
    codes, _, _ = _timed_check(_request(b"%PDF-1.7\n" + tree))
    assert "E000" not in codes
    assert search_pages(b"%PDF-1.7\n" + tree) is None
    many_xref_sections = b"%PDF-1.7\nxref\n" + b"0 0\n" * 20_000 + b"trailer\n<< >>\n"
    pdf = many_xref_sections + b"startxref\n9\n%%EOF\n"
    codes, elapsed, _ = _timed_check(_request(pdf))
    assert "W257" in codes and elapsed < 2.0
