"""What the fuzz properties share: seeds, mutations, chunkings, outcomes and bounds.

The same properties run in two sizes: a few examples each in ``make test`` (seconds), and many in
``make fuzz`` (``MSGTYPES_FUZZ_EXAMPLES`` sets the count; ``MSGTYPES_FUZZ_SCALE`` grows the inputs
of the scaling checks). ``atheris_targets.py`` drives the same checks with coverage-guided input.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

import msgtypes
from msgtypes._sse import ServerSentEvent, SSEDecoder, aiter_sse, iter_sse
from msgtypes.batches import BatchResultsError, aiter_results, iter_results
from msgtypes.streaming import (
    AccumulatorError,
    StreamDecodeError,
    accumulate,
    aiter_events,
    iter_events,
)

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

# --------------------------------------------------------------------------- sizes and bounds

#: Examples per property: small in ``make test``, set high by ``make fuzz``.
EXAMPLES = int(os.environ.get("MSGTYPES_FUZZ_EXAMPLES", "0"))
#: Multiplier of the input sizes of the scaling checks (``make fuzz`` sets it higher).
SCALE = int(os.environ.get("MSGTYPES_FUZZ_SCALE", "1"))
#: Wall-clock bound on one call with one fuzz input (a few KB): generous for a loaded machine,
#: far below what a hang or an exponential blow-up takes.
CALL_SECONDS = 5.0


def fuzz_settings(quick: int) -> settings:
    """``quick`` examples in ``make test``; ``MSGTYPES_FUZZ_EXAMPLES`` of them in ``make fuzz``."""
    return settings(
        max_examples=EXAMPLES or quick,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


class Timed:
    """Run calls and fail any that takes longer than ``CALL_SECONDS``."""

    def __init__(self, what: str) -> None:
        self.what = what

    def __call__(self, fn: Callable[[], Any]) -> Any:
        started = time.perf_counter()
        try:
            return fn()
        finally:
            elapsed = time.perf_counter() - started
            assert elapsed < CALL_SECONDS, f"{self.what} took {elapsed:.1f} s"


# --------------------------------------------------------------------------- seeds


def _read(paths: Iterable[Path]) -> list[bytes]:
    return [p.read_bytes() for p in sorted(paths)]


_STREAM_FILES = [
    *(TESTS / "fixtures" / "sdk-streams").glob("*.txt"),
    *(TESTS / "fixtures" / "sdk-streams").glob("*.sse"),
    *ROOT.glob("examples/streams/*.sse"),
]
#: Recorded real streams (the .txt recordings lack the final blank line: both forms are kept).
STREAM_SEEDS = sorted(
    {data for data in _read(_STREAM_FILES)}
    | {data.rstrip(b"\n") + b"\n\n" for data in _read(_STREAM_FILES)}
)
#: The data of every event of the recorded streams: real bodies of every event type.
EVENT_DATA_SEEDS = sorted({e.data for s in STREAM_SEEDS for e in iter_sse([s]) if e.data})



def _result_lines() -> bytes:
    """A results file of the recorded streams' messages, and one result of every other kind."""
    lines = []
    for i, stream in enumerate(STREAM_SEEDS):
        try:
            message = accumulate(iter_events([stream]))
        except (msgtypes.APIError, AccumulatorError):
            continue  # a recording that stops early
        result = {"type": "succeeded", "message": msgtypes.to_builtins(message)}
        lines.append(msgtypes.encode({"custom_id": f"stream-{i}", "result": result}))
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}
    for kind, body in (("errored", {"error": error}), ("canceled", {}), ("expired", {})):
        lines.append(msgtypes.encode({"custom_id": kind, "result": {"type": kind, **body}}))
    return b"\n".join(lines) + b"\n"


RESULT_SEEDS = [*_read(ROOT.glob("examples/responses/*.jsonl")), _result_lines()]
RESPONSE_SEEDS = _read(ROOT.glob("examples/responses/*.json"))
REQUEST_SEEDS = _read(ROOT.glob("examples/requests/*.json"))
BATCH_FILE_SEEDS = _read(ROOT.glob("examples/requests/*.jsonl"))


#: A message_start event's body and a citation, for building streams.
MESSAGE_START = {
    "type": "message_start",
    "message": {
        "id": "m",
        "type": "message",
        "role": "assistant",
        "model": "x",
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {"input_tokens": 1, "output_tokens": 1},
    },
}
CITATION = {
    "type": "page_location",
    "cited_text": "p",
    "document_index": 0,
    "document_title": "a PDF",
    "start_page_number": 1,
    "end_page_number": 2,
}


# --------------------------------------------------------------------------- mutations

#: Bytes that matter to the parsers: line ends, SSE fields, JSON structure, deep nesting, odd
#: numbers, a BOM, invalid UTF-8, NUL.
TOKENS = [
    b"\n",
    b"\r",
    b"\r\n",
    b"\n\n",
    b"\r\n\r\n",
    b":",
    b": ",
    b"data: ",
    b"event: ",
    b"event: error\n",
    b"event: ping\n",
    b"id: ",
    b"retry: ",
    b"retry: 99999999999999999999999999999\n",
    b"{",
    b"}",
    b"[",
    b"]",
    b'"',
    b"\\",
    b",",
    b'"type":',
    b'"type":"zzz_new",',
    b"null",
    b"1e999999",
    b"-0",
    b"9" * 5000,
    b"[" * 3000,
    b"{\"a\":" * 3000,
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xc3",
    b"\x00",
    b" ",
    b"\t",
]


@st.composite
def mutated(draw: st.DrawFn, seeds: st.SearchStrategy[bytes], max_ops: int = 6) -> bytes:
    """A seed with a few edits: spans cut, duplicated or swapped, tokens or bytes inserted."""
    data = bytearray(draw(seeds))
    for _ in range(draw(st.integers(0, max_ops))):
        op = draw(st.integers(0, 5))
        at = draw(st.integers(0, len(data)))
        if op == 0:  # insert a token
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif op == 1:  # insert random bytes
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif op == 2 and data:  # delete a span
            data[at : at + draw(st.integers(1, 40))] = b""
        elif op == 3 and data:  # duplicate a span
            span = bytes(data[at : at + draw(st.integers(1, 200))])
            data[at:at] = span
        elif op == 4 and data:  # overwrite one byte
            data[min(at, len(data) - 1)] = draw(st.integers(0, 255))
        elif op == 5:  # truncate
            del data[at:]
    return bytes(data)


def cut(data: bytes, points: Iterable[int]) -> list[bytes]:
    """``data`` split at ``points``."""
    edges = [0, *sorted(p for p in points if 0 <= p <= len(data)), len(data)]
    return [data[a:b] for a, b in itertools.pairwise(edges)]


def chunkings(data: bytes, cuts: list[int]) -> list[list[bytes]]:
    """The ways to chunk ``data`` that every property compares: whole, at ``cuts``, a byte at a
    time (for short data), and in fixed pieces of 7 bytes (with some empty chunks)."""
    ways = [[data], cut(data, cuts), [data[i : i + 7] for i in range(0, len(data), 7)] + [b""]]
    if len(data) <= 600:
        ways.append([data[i : i + 1] for i in range(len(data))])
    return ways


# --------------------------------------------------------------------------- outcomes


def error_key(exc: BaseException | None) -> Any:
    """What must agree between two runs that failed: the exception's type and message."""
    return None if exc is None else (type(exc), str(exc))


def run_sync(make: Callable[[Iterable[bytes]], Iterator[Any]], chunks: list[bytes]) -> Any:
    """(items, error key) of a sync iterator over ``chunks``; only documented errors escape."""
    got: list[Any] = []
    try:
        for item in make(chunks):
            got.append(item)
    except DOCUMENTED as exc:
        return got, error_key(exc)
    return got, None


async def _agen(chunks: list[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


def run_async(make: Callable[[Any], Any], chunks: list[bytes]) -> Any:
    """The async twin of :func:`run_sync`, on its own event loop."""

    async def main() -> Any:
        got: list[Any] = []
        try:
            async for item in make(_agen(chunks)):
                got.append(item)
        except DOCUMENTED as exc:
            return got, error_key(exc)
        return got, None

    return asyncio.run(main())


#: Every exception the decoders document (the properties let nothing else through).
DOCUMENTED: tuple[type[BaseException], ...] = (
    msgtypes.EventTooLargeError,
    msgtypes.LineTooLongError,
    msgtypes.APIStatusError,
    msgtypes.IncompleteStreamError,
    StreamDecodeError,
    AccumulatorError,
    BatchResultsError,
)


def sse_events(chunks: Iterable[bytes], limit: int | None) -> Iterator[ServerSentEvent]:
    return iter_sse(chunks, max_event_bytes=limit)


def asse_events(chunks: Any, limit: int | None) -> AsyncIterator[ServerSentEvent]:
    return aiter_sse(chunks, max_event_bytes=limit)


def sse_by_feeding(chunks: Iterable[bytes], limit: int | None) -> Iterator[ServerSentEvent]:
    """The decoder driven by hand, as a transport would: ``error`` checked after every feed."""
    dec = SSEDecoder(max_event_bytes=limit)
    for chunk in chunks:
        yield from dec.feed(chunk)
        if dec.error is not None:
            raise dec.error
    yield from dec.close()
    assert isinstance(dec.truncated, bool)


def stream_events(chunks: Iterable[bytes], limit: int | None) -> Iterator[Any]:
    return iter_events(chunks, max_event_bytes=limit)


def astream_events(chunks: Any, limit: int | None) -> AsyncIterator[Any]:
    return aiter_events(chunks, max_event_bytes=limit)


def results(chunks: Iterable[bytes], limit: int | None) -> Iterator[Any]:
    return iter_results(chunks, max_line_bytes=limit)


def aresults(chunks: Any, limit: int | None) -> AsyncIterator[Any]:
    return aiter_results(chunks, max_line_bytes=limit)


def accumulated(events: list[Any]) -> Any:
    """The message the events make, or the documented error key (accumulate's own rules)."""
    try:
        return accumulate(events)
    except DOCUMENTED as exc:
        return error_key(exc)


# --------------------------------------------------------------------------- the properties
# Each check runs one input through a decoder every way the properties ask for and fails on any
# difference, any undocumented exception and any call over the time bound. The hypothesis tests
# and the atheris targets both call them.


def check_chunked(
    what: str,
    sync: Callable[[Iterable[bytes], int | None], Iterator[Any]],
    asynchronous: Callable[[Any, int | None], AsyncIterator[Any]],
    data: bytes,
    cuts: list[int],
    limit: int | None,
) -> Any:
    """Same items and same error for every chunking of ``data``, sync and async alike."""
    timed = Timed(what)
    want = timed(lambda: run_sync(lambda c: sync(c, limit), [data]))
    for chunks in chunkings(data, cuts):
        got = timed(lambda: run_sync(lambda c: sync(c, limit), chunks))  # noqa: B023
        assert got == want, (what, chunks)
    got = timed(lambda: run_async(lambda c: asynchronous(c, limit), cut(data, cuts)))
    assert got == want, (what, "async")
    return want


def check_sse(data: bytes, cuts: list[int], limit: int | None) -> None:
    """The SSE parser: no error but the documented bound, however the bytes arrive."""
    items, error = check_chunked("SSE parsing", sse_events, asse_events, data, cuts, limit)
    assert run_sync(lambda c: sse_by_feeding(c, limit), cut(data, cuts)) == (items, error)
    assert error is None or error[0] is msgtypes.EventTooLargeError
    assert limit is not None or error is None
    assert all(isinstance(e, ServerSentEvent) and isinstance(e.data, bytes) for e in items)


def check_events(data: bytes, cuts: list[int], limit: int | None) -> None:
    """iter_events / aiter_events, and accumulate on what they delivered."""
    items, _ = check_chunked("iter_events", stream_events, astream_events, data, cuts, limit)
    Timed("accumulate")(lambda: accumulated(items))


def check_results(data: bytes, cuts: list[int], limit: int | None) -> None:
    """iter_results / aiter_results: one result per line, whatever the chunking."""
    items, error = check_chunked("iter_results", results, aresults, data, cuts, limit)
    assert all(isinstance(r, msgtypes.MessageBatchIndividualResponse) for r in items)
    assert error is None or error[0] in (BatchResultsError, msgtypes.LineTooLongError)


def check_decode(tp: Any, data: bytes | str) -> None:
    """msgtypes.decode raises nothing but msgspec.DecodeError (NestingDepthError included)."""
    import msgspec

    try:
        value = Timed(f"decode as {tp}")(lambda: msgtypes.decode(data, type=tp))
    except msgspec.DecodeError:
        return
    if isinstance(tp, type):
        assert isinstance(value, tp)
    assert Timed("decode again")(lambda: msgtypes.codec.Decoder(tp).decode(data)) == value


def check_lint(endpoint: str, data: bytes) -> None:
    """msglint.check never raises on a payload and never reports its own failure (E000)."""
    import msglint

    found = Timed(f"msglint.check({endpoint})")(lambda: msglint.check(data, endpoint=endpoint))
    assert all(isinstance(d, msglint.Diagnostic) for d in found)
    internal = [d for d in found if d.code == "E000"]
    assert not internal, (endpoint, data[:300], internal[0].message)


def response_types() -> list[Any]:
    """Every response Struct and response union msgtypes exports (aliases once)."""
    import typing

    from msgtypes._base import ResponseStruct
    from msgtypes.codec import _is_response_type

    out: list[Any] = []
    for name in msgtypes.__all__:
        obj = getattr(msgtypes, name)
        if any(obj is seen for seen in out):
            continue
        if isinstance(obj, type) and issubclass(obj, ResponseStruct):
            out.append(obj)
        elif typing.get_origin(obj) is typing.Union and _is_response_type(obj):
            out.append(obj)
    return out


def type_name(tp: Any) -> str:
    return getattr(tp, "__name__", None) or repr(tp)


def check_jsonl(data: bytes, cuts: list[int], limit: int | None) -> None:
    """The JSON Lines splitter: the same numbered lines whatever the chunking."""
    from msgtypes._jsonl import aiter_lines, iter_lines

    def lines(chunks: Iterable[bytes], bound: int | None) -> Iterator[tuple[int, bytes]]:
        return iter_lines(chunks, max_line_bytes=bound)

    def alines(chunks: Any, bound: int | None) -> AsyncIterator[tuple[int, bytes]]:
        return aiter_lines(chunks, max_line_bytes=bound)

    items, error = check_chunked("iter_lines", lines, alines, data, cuts, limit)
    assert error is None or error[0] is msgtypes.LineTooLongError
    assert all(b"\n" not in line for _, line in items)
