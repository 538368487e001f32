"""iter_results / aiter_results: batch results JSONL, line by line (issue: fast decoding)."""

from __future__ import annotations

import itertools
import json
import tracemalloc
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import msgtypes
from msgtypes.batches import BatchResultsError, aiter_results, iter_results

BOM = b"\xef\xbb\xbf"


def message(i: int, text: str = "Hello") -> dict[str, Any]:
    return {
        "id": f"msg_{i}",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-5",
        "content": [
            {"type": "text", "text": f"{text} {i}"},
            {"type": "tool_use", "id": f"toolu_{i}", "name": "f", "input": {"n": i}},
        ],
        "stop_reason": "tool_use",
        "stop_sequence": None,
        "usage": {"input_tokens": 10, "output_tokens": i},
    }


def result(i: int) -> dict[str, Any]:
    kind = i % 5
    if kind in (0, 1):
        body: dict[str, Any] = {"type": "succeeded", "message": message(i, "héllo —")}
    elif kind == 2:
        body = {
            "type": "errored",
            "error": {
                "type": "error",
                "error": {"type": "overloaded_error", "message": "Overloaded"},
                "request_id": f"req_{i}",
            },
        }
    elif kind == 3:
        body = {"type": "canceled"}
    else:
        body = {"type": "expired"}
    return {"custom_id": f"req-{i}", "result": body}


def jsonl(items: Iterable[dict[str, Any]], eol: bytes = b"\n") -> bytes:
    return b"".join(json.dumps(item, ensure_ascii=False).encode() + eol for item in items)


def expected(items: Iterable[dict[str, Any]]) -> list[msgtypes.MessageBatchIndividualResponse]:
    return [msgtypes.convert(item, type=msgtypes.MessageBatchIndividualResponse) for item in items]


def results(chunks: Iterable[bytes]) -> list[msgtypes.MessageBatchIndividualResponse]:
    return list(iter_results(chunks))


ITEMS = [result(i) for i in range(12)]
DATA = jsonl(ITEMS)


def test_decodes_every_result_kind() -> None:
    got = results([DATA])
    assert got == expected(ITEMS)
    kinds = {type(r.result).__name__ for r in got}
    assert kinds == {
        "MessageBatchSucceededResult",
        "MessageBatchErroredResult",
        "MessageBatchCanceledResult",
        "MessageBatchExpiredResult",
    }
    first = got[0].result
    assert isinstance(first, msgtypes.MessageBatchSucceededResult)
    assert first.message.content[0] == msgtypes.TextBlock(text="héllo — 0")


def test_split_at_every_byte_offset() -> None:
    want = expected(ITEMS)
    for cut in range(len(DATA) + 1):
        assert results([DATA[:cut], DATA[cut:]]) == want, cut
    assert results(DATA[i : i + 1] for i in range(len(DATA))) == want


@pytest.mark.parametrize("eol", [b"\r\n", b"\n"])
def test_crlf_blank_lines_bom_and_no_final_newline(eol: bytes) -> None:
    body = jsonl(ITEMS[:3], eol)
    data = BOM + eol + body + b"  \t" + eol + eol + jsonl(ITEMS[3:5], eol).rstrip(b"\r\n")
    want = expected(ITEMS[:5])
    for cut in range(len(data) + 1):
        assert results([data[:cut], data[cut:]]) == want, cut


def test_empty_inputs() -> None:
    assert results([]) == []
    assert results([b"", b"\n\n", b"  \r\n"]) == []
    assert results([BOM]) == []


def test_unknown_result_and_block_types_are_kept() -> None:
    odd_result = {"custom_id": "new", "result": {"type": "deferred", "until": "tomorrow"}}
    odd_block = result(0)
    odd_block["result"]["message"]["content"].append({"type": "hologram", "frames": 3})
    data = jsonl([ITEMS[3], odd_result, odd_block, ITEMS[4]])
    got = results([data])
    assert got[0] == expected([ITEMS[3]])[0] and got[3] == expected([ITEMS[4]])[0]
    assert got[1].result == msgtypes.Unknown({"type": "deferred", "until": "tomorrow"})
    last = got[2].result
    assert isinstance(last, msgtypes.MessageBatchSucceededResult)
    assert last.message.content[-1] == msgtypes.Unknown({"type": "hologram", "frames": 3})


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (b"{not json", "malformed"),
        (b'{"custom_id": "x"}', "missing required field `result`"),
        (b'{"custom_id": 5, "result": {"type": "canceled"}}', "Expected `str`"),
        (b'[{"custom_id": "x"}]', "Expected `object`"),
    ],
)
def test_bad_line_names_its_number_after_the_good_ones(bad: bytes, message: str) -> None:
    lines = DATA.splitlines(keepends=True)
    data = b"".join([*lines[:4], b"\n", bad + b"\n", *lines[4:]])  # the bad line is line 6
    for size in (7, 64, 1 << 20):
        chunks = [data[i : i + size] for i in range(0, len(data), size)]
        got: list[Any] = []
        with pytest.raises(BatchResultsError) as info:
            got.extend(iter_results(chunks))
        assert got == expected(ITEMS[:4])
        err = info.value
        assert isinstance(err, ValueError)
        assert err.lineno == 6 and err.line == bad
        assert "line 6" in str(err) and message in str(err)
        assert isinstance(err.__cause__, msgspec.DecodeError)


def test_bad_last_line_without_newline() -> None:
    with pytest.raises(BatchResultsError) as info:
        results([DATA + b'{"custom_id":'])
    assert info.value.lineno == len(ITEMS) + 1


def _big(lines: int) -> Iterator[bytes]:
    """A large results file produced in 64 KiB chunks, never held whole."""
    line = json.dumps(result(0)).encode() + b"\n"
    per_chunk = 65536 // len(line)
    for start in range(0, lines, per_chunk):
        yield line * min(per_chunk, lines - start)


def test_memory_stays_bounded_on_a_large_file() -> None:
    lines = 60_000  # about 20 MB
    tracemalloc.start()
    count = 0
    for item in iter_results(_big(lines)):
        count += 1
        assert item.custom_id == "req-0"
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == lines
    assert peak < 4_000_000, peak


def test_one_huge_chunk_is_decoded_in_windows_with_right_line_numbers() -> None:
    line = json.dumps(result(0)).encode() + b"\n"
    n = (3 << 20) // len(line)  # three 1 MiB windows' worth
    data = line * n + b"oops\n" + line
    got = 0
    with pytest.raises(BatchResultsError) as info:
        for _ in iter_results([data]):
            got += 1
    assert got == n and info.value.lineno == n + 1


@st.composite
def files(draw: st.DrawFn) -> tuple[list[dict[str, Any]], bytes, list[bytes]]:
    items = [result(i) for i in draw(st.lists(st.integers(0, 50), max_size=15))]
    eol = draw(st.sampled_from([b"\n", b"\r\n"]))
    blanks = draw(st.lists(st.integers(0, len(items)), max_size=4))
    lines = [json.dumps(item).encode() for item in items]
    for at in sorted(blanks, reverse=True):
        lines.insert(at, b"")
    data = draw(st.sampled_from([b"", BOM])) + eol.join(lines)
    if draw(st.booleans()):
        data += eol
    cuts = sorted(draw(st.lists(st.integers(0, len(data)), max_size=10)))
    chunks = [data[a:b] for a, b in itertools.pairwise([0, *cuts, len(data)])]
    return items, data, chunks


@settings(max_examples=200, deadline=None)
@given(files())
def test_any_file_any_chunking(case: tuple[list[dict[str, Any]], bytes, list[bytes]]) -> None:
    items, _, chunks = case
    assert results(chunks) == expected(items)


# -- async twin -------------------------------------------------------------------------------


async def agen(chunks: Iterable[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


async def test_async_matches_sync() -> None:
    for size in (1, 5, 100, 1 << 16):
        chunks = [DATA[i : i + size] for i in range(0, len(DATA), size)]
        assert [r async for r in aiter_results(agen(chunks))] == expected(ITEMS)


async def test_async_bad_line() -> None:
    got: list[Any] = []
    with pytest.raises(BatchResultsError) as info:
        async for item in aiter_results(agen([DATA, b"\n", b"nope"])):
            got.append(item)
    assert len(got) == len(ITEMS) and info.value.lineno == len(ITEMS) + 2


# -- one result per line, whatever the chunking; bounded lines (issue 9) -----------------------


def outcome(
    chunks: Iterable[bytes], **kwargs: Any
) -> tuple[list[msgtypes.MessageBatchIndividualResponse], BaseException | None]:
    got: list[msgtypes.MessageBatchIndividualResponse] = []
    try:
        got.extend(iter_results(chunks, **kwargs))
    except Exception as exc:
        return got, exc
    return got, None


async def aoutcome(
    chunks: Iterable[bytes], **kwargs: Any
) -> tuple[list[msgtypes.MessageBatchIndividualResponse], BaseException | None]:
    got: list[msgtypes.MessageBatchIndividualResponse] = []
    try:
        async for item in aiter_results(agen(chunks), **kwargs):
            got.append(item)
    except Exception as exc:
        return got, exc
    return got, None


def every_split(data: bytes) -> list[list[bytes]]:
    return [[data]] + [[data[:cut], data[cut:]] for cut in range(len(data) + 1)]


PRETTY = json.dumps(result(3), indent=1).encode() + b"\n"  # one result over several lines
TWO_ON_ONE = jsonl([result(3)]).rstrip(b"\n") + b" " + jsonl([result(4)])


# A raw LF inside a string (never valid JSON), and a line of two results followed by one result
# over two lines (as many results as lines: a check that only counts cannot tell).
LF_IN_STRING = b'{"custom_id": "\nreq-3", "result": {"type": "canceled"}}\n'
BALANCED = TWO_ON_ONE + b'{"custom_id": "req-5",\n"result": {"type": "expired"}}\n'


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        (PRETTY, "truncated"),
        (TWO_ON_ONE, "trailing characters"),
        (b"{\n}\n", "truncated"),
        (LF_IN_STRING, "truncated"),
        (BALANCED, "trailing characters"),
    ],
)
async def test_a_result_must_be_one_line_whatever_the_chunking(bad: bytes, reason: str) -> None:
    data = jsonl(ITEMS[:2]) + bad + jsonl(ITEMS[2:4])
    for chunks in every_split(data):
        for got, error in (outcome(chunks), await aoutcome(chunks)):
            assert got == expected(ITEMS[:2])
            assert isinstance(error, BatchResultsError) and error.lineno == 3
            assert reason in str(error)


@pytest.mark.parametrize("eol", [b"\n", b"\r\n"])
async def test_line_over_max_line_bytes_raises_after_the_lines_before_it(eol: bytes) -> None:
    items = [result(i) for i in range(4)]
    lines = [json.dumps(item).encode() for item in items]
    limit = max(map(len, lines))
    data = eol.join(lines) + eol
    want = expected(items)
    for chunks in every_split(data):
        assert await aoutcome(chunks, max_line_bytes=limit) == (want, None)
    lines[2] += b" " * (limit + 1 - len(lines[2]))  # one byte over; line ends do not count
    data = eol.join(lines) + eol
    for chunks in [*every_split(data), [data[:-1]]]:
        for got, error in (
            outcome(chunks, max_line_bytes=limit),
            await aoutcome(chunks, max_line_bytes=limit),
        ):
            assert got == want[:2]
            assert isinstance(error, msgtypes.LineTooLongError)
            assert (error.lineno, error.limit) == (3, limit)


@pytest.mark.parametrize("end", [b"", b"\n", b"\r\n"])
def test_last_line_bound_does_not_depend_on_its_line_end(end: bytes) -> None:
    limit = max(map(len, DATA.split(b"\n")))
    line = json.dumps(result(3)).encode()
    line += b" " * (limit - len(line))  # exactly at the bound
    for extra, fits in ((0, True), (1, False)):
        data = DATA + line + b" " * extra + end
        for chunks in ([data], [data[:-1], data[-1:]], [data[i : i + 50] for i in range(0, len(data), 50)]):
            got, error = outcome(chunks, max_line_bytes=limit)
            if fits:
                assert (got, error) == (expected([*ITEMS, result(3)]), None)
            else:
                assert got == expected(ITEMS) and isinstance(error, msgtypes.LineTooLongError)


def test_an_endless_line_is_not_buffered_past_the_bound() -> None:
    def endless() -> Iterator[bytes]:
        yield DATA
        yield b'{"custom_id": "'
        while True:
            yield b"x" * 1000

    got, error = outcome(endless(), max_line_bytes=100_000)
    assert len(got) == len(ITEMS)
    assert isinstance(error, msgtypes.LineTooLongError) and error.lineno == len(ITEMS) + 1


def test_default_line_bound() -> None:
    assert msgtypes.batches.MAX_RESULT_LINE_BYTES == 64 << 20
    got, error = outcome([DATA, b"x" * ((64 << 20) + 2)])
    assert len(got) == len(ITEMS) and isinstance(error, msgtypes.LineTooLongError)
    assert outcome([DATA, b" " * ((64 << 20) + 2)], max_line_bytes=None) == (expected(ITEMS), None)
