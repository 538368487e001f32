from __future__ import annotations

import itertools
import tracemalloc
from collections.abc import AsyncIterator, Iterable, Iterator

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msgtypes._jsonl import LineTooLongError, aiter_lines, iter_lines

BOM = b"\xef\xbb\xbf"


def reference(data: bytes) -> list[tuple[int, bytes]]:
    """Whole-input reading: number LF-separated lines, drop one CR, skip blank ones."""
    if data.startswith(BOM):
        data = data[3:]
    lines = data.split(b"\n")
    if lines[-1] == b"":
        lines.pop()
    out = []
    for n, line in enumerate(lines, 1):
        if line.endswith(b"\r"):
            line = line[:-1]
        if line.strip(b" \t\r"):
            out.append((n, line))
    return out


def split_at(data: bytes, cuts: Iterable[int]) -> list[bytes]:
    points = [0, *sorted(cuts), len(data)]
    return [data[a:b] for a, b in itertools.pairwise(points)]


def result_line(i: int) -> bytes:
    return msgspec.json.encode(
        {
            "custom_id": f"req-{i}",
            "result": {"type": "succeeded", "message": {"id": f"msg_{i}", "content": []}},
        }
    )


SAMPLE = (
    result_line(1)
    + b"\n"
    + b"\n"
    + result_line(3)
    + b"\r\n"
    + b"   \t\r\n"
    + b"\r\n"
    + result_line(6)
    + b"\n"
    + b" "
    + result_line(7)
    + b" \n"
    + result_line(8)
)


def test_numbering_counts_blank_lines_and_strips_terminators() -> None:
    got = list(iter_lines([SAMPLE]))
    assert [n for n, _ in got] == [1, 3, 6, 7, 8]
    assert got[0][1] == result_line(1)
    assert got[1][1] == result_line(3)  # CRLF: no CR left
    assert got[3][1] == b" " + result_line(7) + b" "  # inner whitespace is the decoder's job
    assert got[4][1] == result_line(8)  # no trailing newline
    ids = [msgspec.json.decode(line)["custom_id"] for _, line in got]
    assert ids == ["req-1", "req-3", "req-6", "req-7", "req-8"]


def test_every_split_and_byte_by_byte() -> None:
    expected = reference(SAMPLE)
    assert list(iter_lines(SAMPLE[i : i + 1] for i in range(len(SAMPLE)))) == expected
    for cut in range(len(SAMPLE) + 1):
        assert list(iter_lines([SAMPLE[:cut], SAMPLE[cut:]])) == expected, cut


def test_crlf_split_across_chunks() -> None:
    assert list(iter_lines([b"{}\r", b"\n[]\r", b"", b"\n\r", b"\n1"])) == [
        (1, b"{}"),
        (2, b"[]"),
        (4, b"1"),
    ]


def test_lone_cr_is_not_a_line_end() -> None:
    assert list(iter_lines([b'{"a":\r1}\n'])) == [(1, b'{"a":\r1}')]


def test_empty_and_blank_only_inputs() -> None:
    assert list(iter_lines([])) == []
    assert list(iter_lines([b"", b""])) == []
    assert list(iter_lines([b"\n\n \n\t\r\n"])) == []


def test_non_json_whitespace_is_not_blank() -> None:
    # Form feed and vertical tab are not JSON whitespace: the decoder must get to report them.
    assert list(iter_lines([b"\x0c\n \x0b \n"])) == [(1, b"\x0c"), (2, b" \x0b ")]


def test_trailing_newline_does_not_add_a_line() -> None:
    assert list(iter_lines([b"1\n2\n"])) == [(1, b"1"), (2, b"2")]
    assert list(iter_lines([b"1\n2"])) == [(1, b"1"), (2, b"2")]
    assert list(iter_lines([b"1\n2\r"])) == [(1, b"1"), (2, b"2")]


def test_leading_bom_is_skipped_even_when_split() -> None:
    data = BOM + b"{}\n[]\n"
    assert list(iter_lines([data])) == [(1, b"{}"), (2, b"[]")]
    assert list(iter_lines(data[i : i + 1] for i in range(len(data)))) == [(1, b"{}"), (2, b"[]")]
    assert list(iter_lines([b"\n" + BOM + b"{}"])) == [(2, BOM + b"{}")]
    assert list(iter_lines([BOM[:2]])) == [(1, BOM[:2])]


def test_huge_line_across_many_chunks() -> None:
    big = b'{"text":"' + b"x" * 2_000_000 + b'"}'
    data = b"{}\n" + big + b"\r\n{}\n"
    got = list(iter_lines(split_at(data, range(0, len(data), 4096))))
    assert got == [(1, b"{}"), (2, big), (3, b"{}")]
    assert len(msgspec.json.decode(got[1][1])["text"]) == 2_000_000


def test_memory_is_bounded_by_chunk_and_line_size() -> None:
    line = result_line(0) + b"\n"

    def chunks() -> Iterator[bytes]:
        block = line * (65536 // len(line))
        for _ in range(300):  # ~20 MB in total
            yield block

    tracemalloc.start()
    try:
        count = 0
        for _ in iter_lines(chunks()):
            count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 300 * (65536 // len(line))
    assert peak < 2_000_000


def test_max_line_bytes_names_the_line() -> None:
    data = b"{}\n\n" + b"[" + b"1," * 100 + b"1]\n{}\n"
    got: list[tuple[int, bytes]] = []
    with pytest.raises(LineTooLongError, match=r"line 3 .*max_line_bytes=50") as info:
        for item in iter_lines([data], max_line_bytes=50):
            got.append(item)
    assert got == [(1, b"{}")]  # lines before the long one still come out
    assert isinstance(info.value, ValueError)
    assert (info.value.lineno, info.value.limit) == (3, 50)


def test_max_line_bytes_stops_before_buffering_the_whole_line() -> None:
    consumed = 0

    def endless() -> Iterator[bytes]:
        nonlocal consumed
        yield b"{}\n"
        for _ in range(10_000):  # a 10 MB line
            consumed += 1
            yield b"x" * 1000
        yield b"\n"

    with pytest.raises(LineTooLongError, match="line 2"):
        list(iter_lines(endless(), max_line_bytes=10_000))
    assert consumed <= 11


def test_max_line_bytes_excludes_the_terminator() -> None:
    line = b"y" * 20
    for data in (line + b"\r\n", line + b"\n", line):
        for cut in range(len(data) + 1):
            assert list(iter_lines([data[:cut], data[cut:]], max_line_bytes=20)) == [(1, line)]
    with pytest.raises(LineTooLongError, match="line 1"):
        list(iter_lines([line + b"z"], max_line_bytes=20))
    with pytest.raises(LineTooLongError, match="line 1"):
        list(iter_lines([line, b"z\r", b"\n"], max_line_bytes=20))


async def _agen(chunks: Iterable[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


async def test_aiter_lines_matches_sync() -> None:
    chunks = split_at(SAMPLE, range(0, len(SAMPLE), 17))
    assert [x async for x in aiter_lines(_agen(chunks))] == list(iter_lines(chunks))


async def test_aiter_lines_max_line_bytes() -> None:
    got = []
    with pytest.raises(LineTooLongError, match="line 2"):
        async for item in aiter_lines(_agen([b"1\n", b"22", b"2\n"]), max_line_bytes=2):
            got.append(item)
    assert got == [(1, b"1")]


TOKENS = [b"{}", b"[1]", b"\n", b"\r", b"\r\n", b" ", b"\t", b"x", b"\xff", BOM, b'"a"']


@settings(max_examples=500, deadline=None)
@given(data=st.data(), parts=st.lists(st.sampled_from(TOKENS), max_size=40))
def test_jsonl_like_input_matches_reference_under_any_chunking(
    data: st.DataObject, parts: list[bytes]
) -> None:
    raw = b"".join(parts)
    cuts = data.draw(st.lists(st.integers(0, len(raw)), max_size=20))
    assert list(iter_lines(split_at(raw, cuts))) == reference(raw)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), raw=st.binary(max_size=300))
def test_never_crashes_on_any_bytes(data: st.DataObject, raw: bytes) -> None:
    cuts = data.draw(st.lists(st.integers(0, len(raw)), max_size=20))
    got = list(iter_lines(split_at(raw, cuts)))
    assert got == reference(raw)
    numbers = [n for n, _ in got]
    assert numbers == sorted(set(numbers))
    assert all(b"\n" not in line for _, line in got)
