"""Page counts read through a PDF's cross-reference section (msglint._pdf)."""

from __future__ import annotations

import base64
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdfs import classic, compressed, updated

from msglint._pdf import page_count
from msglint.rules.media import pdf_pages_base64


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


@pytest.mark.parametrize("pages", [1, 7, 101])
def test_cross_reference_table(pages: int) -> None:
    assert page_count(_b64(classic(pages))) == pages


def test_a_large_file_is_read_near_its_end_only() -> None:
    data = classic(3, filler=os.urandom(300_000))
    text = _b64(data)
    assert page_count(text) == 3
    assert pdf_pages_base64(text) == 3


def test_incremental_update_uses_the_newest_page_tree() -> None:
    assert page_count(_b64(updated(4, 3))) == 7


@pytest.mark.parametrize("predicted", [True, False])
def test_cross_reference_stream_and_object_stream(predicted: bool) -> None:
    assert page_count(_b64(compressed(12, predicted=predicted))) == 12


def test_hybrid_file() -> None:
    assert page_count(_b64(compressed(5, hybrid=True))) == 5


def test_the_search_fallback_cannot_see_into_object_streams() -> None:
    from msglint.rules.media import _search_pages_base64

    text = _b64(compressed(9))
    assert _search_pages_base64(text) is None  # the page tree is compressed
    assert pdf_pages_base64(text) == 9


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n" + bytes(range(256)) * 40,  # no startxref
        classic(2).replace(b"startxref\n", b"startxref\n9"),  # offset off the end
        classic(2).replace(b"/Root 1 0 R", b"/Root 9 0 R"),  # catalog not listed
        compressed(3).replace(b"/FlateDecode", b"/LZWDecode"),  # filter not handled
    ],
)
def test_unreadable_structure_gives_none(data: bytes) -> None:
    assert page_count(_b64(data)) is None


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
