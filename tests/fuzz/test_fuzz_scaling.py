"""Hostile input shapes of growing size take time linear in their size (issue 9).

Each shape is timed at size n and 8n (best of a few runs, in one process): linear work grows
about 8x, quadratic work 64x. The check allows 24x plus a fixed 0.3 s for a loaded machine, so it
only fails on super-linear growth. ``make fuzz`` multiplies the sizes by ``MSGTYPES_FUZZ_SCALE``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import pytest
from fuzzing import MESSAGE_START, SCALE, run_sync, stream_events

import msgtypes
from msgtypes._sse import iter_sse
from msgtypes.batches import iter_results
from msgtypes.streaming import accumulate

GROWTH = 8
ALLOWED = 24
SLACK_SECONDS = 0.3


def best(fn: Callable[[], Any], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def assert_linear(make: Callable[[int], Any], run: Callable[[Any], Any], n: int) -> None:
    n *= SCALE
    small, big = make(n), make(n * GROWTH)
    t_small = best(lambda: run(small), 3)
    t_big = best(lambda: run(big), 2)
    assert t_big <= ALLOWED * t_small + SLACK_SECONDS, (
        f"size x{GROWTH}: {t_small * 1e3:.1f} ms -> {t_big * 1e3:.1f} ms"
    )


def sse(name: str, body: dict[str, Any]) -> bytes:
    return b"event: " + name.encode() + b"\ndata: " + json.dumps(body).encode() + b"\n\n"


START = sse("message_start", MESSAGE_START)
TEXT = sse(
    "content_block_delta",
    {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "ab"}},
)


def in_pieces(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


# --------------------------------------------------------------------------- SSE and events

SSE_SHAPES: dict[str, Callable[[int], list[bytes]]] = {
    "many events in one chunk": lambda n: [TEXT * n],
    "one event of many data lines": lambda n: [b"data: x\n" * n + b"\n"],
    "same, in 100-byte chunks": lambda n: in_pieces(b"data: x\n" * n + b"\n", 100),
    "one long line in 64-byte chunks": lambda n: in_pieces(b"data: " + b"x" * (60 * n) + b"\n\n", 64),
    "keep-alive comments, no blank line": lambda n: in_pieces(b": ping\n" * n, 50),
    "CR line ends": lambda n: [(TEXT * (n // 4)).replace(b"\n", b"\r")],
    "blank lines only": lambda n: [b"\n" * (20 * n)],
}


@pytest.mark.parametrize("shape", SSE_SHAPES)
def test_sse_parser_scales_linearly(shape: str) -> None:
    assert_linear(SSE_SHAPES[shape], lambda chunks: sum(1 for _ in iter_sse(chunks)), 4000)


@pytest.mark.parametrize("shape", SSE_SHAPES)
def test_iter_events_scales_linearly(shape: str) -> None:
    make = SSE_SHAPES[shape]
    assert_linear(lambda n: [START, *make(n)], lambda c: run_sync(lambda x: stream_events(x, None), c), 2000)


def event(body: dict[str, Any]) -> Any:
    return msgtypes.decode(json.dumps(body), type=msgtypes.MessageStreamEvent)


def unknown_deltas(n: int) -> list[Any]:
    """A stream of n list and string deltas into a block of a type this version does not know."""
    widget = {"type": "widget", "parts": [], "t": ""}
    delta = event({"type": "content_block_delta", "index": 0, "delta": {"type": "widget_delta", "parts": [1], "t": "a"}})
    return [
        event(MESSAGE_START),
        event({"type": "content_block_start", "index": 0, "content_block": widget}),
        *[delta] * n,
        event({"type": "message_stop"}),
    ]


def test_accumulate_of_unknown_block_deltas_scales_linearly() -> None:
    assert_linear(unknown_deltas, accumulate, 4000)


# --------------------------------------------------------------------------- batch results

LINE = json.dumps({"custom_id": "a", "result": {"type": "canceled"}}).encode()
RESULT_SHAPES: dict[str, Callable[[int], list[bytes]]] = {
    "many lines in one chunk": lambda n: [(LINE + b"\n") * n],
    "many lines, 7-byte chunks": lambda n: in_pieces((LINE + b"\n") * n, 7),
    "one long line in 64-byte chunks": lambda n: in_pieces(b'{"custom_id":"' + b"x" * (40 * n) + b'"', 64),
    "blank lines (line-by-line path)": lambda n: [(LINE + b"\n\n") * n],
    "CRLF line ends": lambda n: [(LINE + b"\r\n") * n],
}


@pytest.mark.parametrize("shape", RESULT_SHAPES)
def test_iter_results_scales_linearly(shape: str) -> None:
    assert_linear(RESULT_SHAPES[shape], lambda c: run_sync(lambda x: iter_results(x), c), 2000)


# --------------------------------------------------------------------------- decode


def message(content: bytes) -> bytes:
    return (
        b'{"id":"m","type":"message","role":"assistant","model":"x","content":['
        + content
        + b'],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":1,"output_tokens":1}}'
    )


DECODE_SHAPES: dict[str, Callable[[int], bytes]] = {
    "many unknown blocks (tolerant path)": lambda n: message(b",".join([b'{"type":"widget","v":1}'] * n)),
    "many text blocks": lambda n: message(b",".join([b'{"type":"text","text":"a"}'] * n)),
    "text with many escapes": lambda n: message(b'{"type":"text","text":"' + b"\\u00e9\\n" * n + b'"}'),
    "wide tool input": lambda n: message(
        b'{"type":"tool_use","id":"t","name":"f","input":{'
        + b",".join(b'"k%d":[1]' % i for i in range(n))
        + b"}}"
    ),
}


@pytest.mark.parametrize("shape", DECODE_SHAPES)
def test_decode_scales_linearly(shape: str) -> None:
    assert_linear(DECODE_SHAPES[shape], lambda d: msgtypes.decode(d, type=msgtypes.Message), 3000)


# --------------------------------------------------------------------------- msglint


def request(messages: list[dict[str, Any]]) -> bytes:
    body = {"model": "claude-sonnet-4-5", "max_tokens": 10, "messages": messages}
    return json.dumps(body, separators=(",", ":")).encode()


LINT_SHAPES: dict[str, Callable[[int], bytes]] = {
    "many messages": lambda n: request(
        [{"role": ("user", "assistant")[i % 2], "content": "hi"} for i in range(2 * n + 1)]
    ),
    # Minified: every diagnostic on line 1 (placement was quadratic there, issue 9).
    "many diagnostics on one line": lambda n: request(
        [{"role": "user", "content": [{"type": "text", "text": 1}]}] * n
    ),
}


@pytest.mark.parametrize("shape", LINT_SHAPES)
def test_msglint_check_scales_linearly(shape: str) -> None:
    import msglint

    assert_linear(LINT_SHAPES[shape], msglint.check, 150)
