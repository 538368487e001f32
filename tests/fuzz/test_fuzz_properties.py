"""Fuzz properties of every parser (issue 9): only documented exceptions escape, results do not
depend on chunking, sync and async agree, every call finishes within a bound.

``make test`` runs a few examples of each; ``make fuzz`` runs many (see fuzzing.py).
"""

from __future__ import annotations

from typing import Any

import msgspec
import pytest
from fuzzing import (
    BATCH_FILE_SEEDS,
    CITATION,
    EVENT_DATA_SEEDS,
    MESSAGE_START,
    REQUEST_SEEDS,
    RESPONSE_SEEDS,
    RESULT_SEEDS,
    STREAM_SEEDS,
    check_decode,
    check_events,
    check_jsonl,
    check_lint,
    check_results,
    check_sse,
    fuzz_settings,
    mutated,
    response_types,
    type_name,
)
from hypothesis import given
from hypothesis import strategies as st
from strategies import JSON_VALUE, from_type

import msgtypes

CUTS = st.lists(st.integers(0, 6000), max_size=8)
#: No bound, the default, or one small enough for the fuzz inputs to hit.
LIMITS = st.one_of(st.none(), st.just(msgtypes.streaming.MAX_EVENT_BYTES), st.integers(0, 600))


def sse_text(event: Any) -> bytes:
    """One event as the API sends it."""
    body = msgtypes.encode(event)
    name = msgspec.json.decode(body).get("type", "message")
    return b"event: " + name.encode() + b"\ndata: " + body + b"\n\n"


GENERATED_STREAMS = st.lists(from_type(msgtypes.MessageStreamEvent), max_size=6).map(
    lambda events: b"".join(map(sse_text, events))
)

# Streams in the API's order (start, blocks with deltas, stop), so the accumulator gets far:
# deltas that fit their block or not, tool JSON in odd fragments, blocks of unknown types.
BLOCKS = st.sampled_from(
    [
        {"type": "text", "text": ""},
        {"type": "thinking", "thinking": "", "signature": ""},
        {"type": "tool_use", "id": "t", "name": "f", "input": {}},
        {"type": "server_tool_use", "id": "s", "name": "web_search", "input": {}},
        {"type": "redacted_thinking", "data": "x"},
        {"type": "widget", "parts": [], "t": "", "input": None},
    ]
)
JSON_PIECES = st.one_of(
    st.text(max_size=6),
    st.sampled_from(['{"a": ', "1}", "[", "]", "{", "}", '"', "[" * 3000, '{"a":' * 3000, "9" * 5000]),
)
DELTAS = st.one_of(
    st.builds(lambda t: {"type": "text_delta", "text": t}, st.text(max_size=5)),
    st.builds(lambda t: {"type": "thinking_delta", "thinking": t}, st.text(max_size=5)),
    st.just({"type": "signature_delta", "signature": "sig"}),
    st.builds(lambda p: {"type": "input_json_delta", "partial_json": p}, JSON_PIECES),
    st.just({"type": "citations_delta", "citation": CITATION}),
    st.builds(lambda v: {"type": "widget_delta", "parts": [v], "t": "x", "n": v}, JSON_VALUE),
)
def named(body: dict[str, Any]) -> bytes:
    return b"event: " + body["type"].encode() + b"\ndata: " + msgspec.json.encode(body) + b"\n\n"


@st.composite
def ordered_streams(draw: st.DrawFn) -> bytes:
    events: list[dict[str, Any]] = [MESSAGE_START]
    for index in range(draw(st.integers(0, 3))):
        events.append({"type": "content_block_start", "index": index, "content_block": draw(BLOCKS)})
        for delta in draw(st.lists(DELTAS, max_size=5)):
            at = draw(st.sampled_from([index, index, index + 1]))
            events.append({"type": "content_block_delta", "index": at, "delta": delta})
        if draw(st.integers(0, 4)):
            events.append({"type": "content_block_stop", "index": index})
    usage = {"output_tokens": 3}
    events.append({"type": "message_delta", "delta": {"stop_reason": "end_turn"}, "usage": usage})
    if draw(st.integers(0, 4)):
        events.append({"type": "message_stop"})
    return b"".join(map(named, events))


STREAMS = st.one_of(
    mutated(st.sampled_from(STREAM_SEEDS)),
    mutated(GENERATED_STREAMS),
    mutated(ordered_streams(), max_ops=2),
    st.binary(max_size=200),
)


@fuzz_settings(25)
@given(data=STREAMS, cuts=CUTS, limit=LIMITS)
def test_sse_parser(data: bytes, cuts: list[int], limit: int | None) -> None:
    check_sse(data, cuts, limit)


@fuzz_settings(25)
@given(data=STREAMS, cuts=CUTS, limit=LIMITS)
def test_iter_events(data: bytes, cuts: list[int], limit: int | None) -> None:
    check_events(data, cuts, limit)


def jsonl(items: list[Any]) -> bytes:
    return b"".join(msgtypes.encode(item) + b"\n" for item in items)


RESULT_FILES = st.one_of(
    mutated(st.sampled_from(RESULT_SEEDS)),
    mutated(st.lists(from_type(msgtypes.MessageBatchIndividualResponse), max_size=4).map(jsonl)),
    st.binary(max_size=200),
)


@fuzz_settings(25)
@given(data=RESULT_FILES, cuts=CUTS, limit=LIMITS)
def test_iter_results(data: bytes, cuts: list[int], limit: int | None) -> None:
    check_results(data, cuts, limit)


@fuzz_settings(25)
@given(data=RESULT_FILES, cuts=CUTS, limit=LIMITS)
def test_jsonl_lines(data: bytes, cuts: list[int], limit: int | None) -> None:
    check_jsonl(data, cuts, limit)


RESPONSE_TYPES = response_types()


@st.composite
def typed_documents(draw: st.DrawFn) -> tuple[Any, bytes]:
    """A response type and bytes to decode as it: its own JSON mutated, or another body."""
    tp = draw(st.sampled_from(RESPONSE_TYPES))
    own = from_type(tp).map(msgtypes.encode)
    other = st.sampled_from(RESPONSE_SEEDS + EVENT_DATA_SEEDS)
    data = draw(st.one_of(mutated(own), mutated(other), st.binary(max_size=100)))
    return tp, data


@fuzz_settings(30)
@given(typed_documents(), st.booleans())
def test_decode_every_response_type(case: tuple[Any, bytes], as_text: bool) -> None:
    tp, data = case
    # JSON also comes as str: undecodable bytes become lone surrogates, which UTF-8 cannot carry.
    check_decode(tp, data.decode("utf-8", "surrogateescape") if as_text else data)


HOSTILE = [
    b"[" * 100_000 + b"]" * 100_000,
    b'{"type":' + b"[" * 100_000,
    b'{"type":"zzz_new","v":' + b'{"a":' * 50_000 + b"1" + b"}" * 50_001,
    b'{"type":"message","content":[' + b'{"type":"zzz_new"},' * 2000 + b"null]}",
    b"1e999999",
    b'"' + b"\\u0000" * 1000 + b'"',
    b"\xef\xbb\xbf{}",
    b"",
]


@pytest.mark.parametrize("tp", RESPONSE_TYPES, ids=type_name)
def test_decode_hostile_documents_as_every_response_type(tp: Any) -> None:
    for data in HOSTILE:
        check_decode(tp, data)


LINT_INPUTS = st.one_of(
    st.tuples(st.sampled_from(["messages", "count_tokens"]), mutated(st.sampled_from(REQUEST_SEEDS))),
    st.tuples(st.just("batch-jsonl"), mutated(st.sampled_from(BATCH_FILE_SEEDS))),
    st.tuples(
        st.sampled_from(["messages", "count_tokens", "batch", "batch-jsonl", "complete"]),
        st.binary(max_size=100),
    ),
    st.tuples(st.just("messages"), mutated(from_type(msgtypes.MessageCreateParams).map(msgtypes.encode))),
)


@fuzz_settings(15)
@given(LINT_INPUTS)
def test_msglint_check(case: tuple[str, bytes]) -> None:
    check_lint(*case)
