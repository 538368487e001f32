"""The benchmark cases: msgtypes and the official SDK side by side on the same bytes.

Each ``bench_*`` function returns rows ``{"case", "ours", "theirs", "unit", "speedup", "target"}``
(times in seconds per operation) plus extra facts for results.json.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import msgspec
import payloads
from timing import Contender, race

import msgtypes
from msgtypes.batches import iter_results
from msgtypes.codec import Decoder
from msgtypes.streaming import accumulate, iter_events

Row = dict[str, Any]
ROOT = Path(__file__).resolve().parents[1]


def _row(case: str, ours: float, theirs: float, unit: str, target: str | None, **extra: Any) -> Row:
    return {
        "case": case,
        "ours": ours,
        "theirs": theirs,
        "unit": unit,
        "speedup": theirs / ours,
        "target": target,
        **extra,
    }


# --------------------------------------------------------------------------- Message decode

MESSAGE_SHAPES = {
    "cited answer": payloads.cited_answer,
    "research turn": payloads.message,
    "tool reply": payloads.tool_reply,
}


def bench_message(quick: bool) -> tuple[list[Row], dict[str, Any]]:
    """Our typed decode vs the SDK's response path (``construct_type`` on ``json.loads``)."""
    from anthropic._models import construct_type
    from anthropic.types import Message as SDKMessage

    ours_decoder = Decoder(msgtypes.Message)

    def sdk_decode(data: bytes) -> Any:
        return construct_type(type_=SDKMessage, value=json.loads(data))

    rows: list[Row] = []
    for label, make in MESSAGE_SHAPES.items():
        data = json.dumps(make(), separators=(",", ":")).encode()
        ours_msg = ours_decoder.decode(data)
        sdk_msg = construct_type(type_=SDKMessage, value=json.loads(data))
        _same_message(ours_msg, sdk_msg)
        n = 200 if len(data) > 2000 else 1000
        times = race(
            [
                Contender("ours", _repeat(ours_decoder.decode, data, n), n),
                Contender("sdk", _repeat(sdk_decode, data, 20), 20),
                Contender("floor", _repeat(msgspec.json.decode, data, n), n),
            ],
            rounds=5 if quick else 60,
            budget=3 if quick else 10,
        )
        mem_ours, mem_sdk = _memory(data, ours_decoder, construct_type, SDKMessage)
        rows.append(
            _row(
                f"Message decode: {label} ({len(data) / 1000:.1f} KB)",
                times["ours"],
                times["sdk"],
                "decode",
                ">= 40x",
                floor=times["floor"],
                bytes=len(data),
                memory_ours=mem_ours,
                memory_sdk=mem_sdk,
            )
        )
    return rows, {}


def _repeat(decode: Any, data: bytes, n: int) -> Any:
    """A function decoding ``data`` n times (results dropped at once, on both sides alike)."""

    def run() -> None:
        for _ in range(n):
            decode(data)

    return run


def _memory(data: bytes, decoder: Decoder, construct_type: Any, sdk_type: Any) -> tuple[int, int]:
    """Bytes retained per decoded Message (tracemalloc, 200 kept alive), ours and the SDK's."""
    out = []
    for build in (
        lambda: decoder.decode(data),
        lambda: construct_type(type_=sdk_type, value=json.loads(data)),
    ):
        build()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        kept = [build() for _ in range(200)]
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        out.append((after - before) // len(kept))
        del kept
    return out[0], out[1]


# --------------------------------------------------------------------------- streams


def _sse_response(chunks: list[bytes]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"content-type": "text/event-stream"}, content=iter(chunks)
        )

    return httpx.MockTransport(handler)


def bench_stream(quick: bool) -> tuple[list[Row], dict[str, Any]]:
    """Events/s: iter_events and accumulate vs the SDK's raw stream and MessageStream."""
    import anthropic

    chunks = payloads.sse_stream()
    events = sum(1 for _ in iter_events(chunks))  # what both sides deliver (pings skipped)
    client = anthropic.Anthropic(
        api_key="bench",
        base_url="http://bench.invalid",
        http_client=httpx.Client(transport=_sse_response(chunks)),
        max_retries=0,
    )
    params: dict[str, Any] = {
        "model": "claude-sonnet-4-5",
        "max_tokens": 4096,
        "messages": [{"role": "user", "content": "Research this."}],
    }
    plain = httpx.Client(transport=_sse_response(chunks))

    def sdk_raw() -> int:
        return sum(1 for _ in client.messages.create(stream=True, **params))

    def sdk_final() -> Any:
        with client.messages.stream(**params) as stream:
            return stream.get_final_message()

    def ours_raw() -> int:
        return sum(1 for _ in iter_events(chunks))

    def ours_final() -> msgtypes.Message:
        return accumulate(iter_events(chunks))

    def ours_httpx_raw() -> int:
        with plain.stream("POST", "http://bench.invalid/v1/messages", content=b"{}") as resp:
            return sum(1 for _ in iter_events(resp.iter_raw()))

    def ours_httpx_final() -> msgtypes.Message:
        with plain.stream("POST", "http://bench.invalid/v1/messages", content=b"{}") as resp:
            return accumulate(iter_events(resp.iter_raw()))

    assert sdk_raw() == ours_raw() == events, (sdk_raw(), events)
    _same_message(ours_final(), sdk_final())

    times = race(
        [
            Contender("ours_raw", ours_raw, events, calls=5),
            Contender("ours_final", ours_final, events, calls=5),
            Contender("ours_httpx_raw", ours_httpx_raw, events, calls=5),
            Contender("ours_httpx_final", ours_httpx_final, events, calls=5),
            Contender("sdk_raw", sdk_raw, events),
            Contender("sdk_final", sdk_final, events),
        ],
        rounds=4 if quick else 25,
        budget=8 if quick else 40,
    )
    rows = [
        _row(
            "Stream events (iter_events vs messages.create(stream=True))",
            times["ours_raw"],
            times["sdk_raw"],
            "event",
            ">= 15x",
        ),
        _row(
            "Stream to final Message (accumulate vs messages.stream().get_final_message())",
            times["ours_final"],
            times["sdk_final"],
            "event",
            ">= 25x",
        ),
        _row(
            "  same, ours also through httpx MockTransport: events",
            times["ours_httpx_raw"],
            times["sdk_raw"],
            "event",
            None,
        ),
        _row(
            "  same, ours also through httpx MockTransport: final Message",
            times["ours_httpx_final"],
            times["sdk_final"],
            "event",
            None,
        ),
    ]
    facts = {"events": events, "stream_bytes": sum(map(len, chunks)), "chunks": len(chunks)}
    return rows, facts


def _same_message(ours: msgtypes.Message, sdk: Any) -> None:
    """Both sides built the same message (a benchmark of wrong answers would be worthless)."""
    assert ours.id == sdk.id and ours.stop_reason == sdk.stop_reason
    assert ours.usage.output_tokens == sdk.usage.output_tokens
    assert len(ours.content) == len(sdk.content)
    for mine, theirs in zip(ours.content, sdk.content, strict=True):
        assert getattr(mine, "type", None) == theirs.type
        for field in ("text", "thinking", "signature", "input", "id", "name"):
            if hasattr(theirs, field):
                assert getattr(mine, field) == getattr(theirs, field), field


# --------------------------------------------------------------------------- batch results


def _windows(data: bytes, size: int) -> Iterator[bytes]:
    """``data`` cut into pieces of about ``size`` bytes, each ending at a line end."""
    start = 0
    while start < len(data):
        end = data.find(b"\n", start + size) + 1 or len(data)
        yield data[start:end]
        start = end


def bench_batch(quick: bool) -> tuple[list[Row], dict[str, Any]]:
    """iter_results over 64 KiB chunks vs untyped msgspec decoding of the same lines."""
    data = payloads.batch_results()
    lines = data.count(b"\n")
    chunks = [data[i : i + 65536] for i in range(0, len(data), 65536)]
    windows = list(_windows(data, 65536))
    split = data.splitlines()
    untyped = msgspec.json.Decoder()

    def ours() -> int:
        return sum(1 for _ in iter_results(chunks))

    def floor_lines() -> int:
        return sum(len(untyped.decode_lines(w)) for w in windows)

    def floor_each() -> int:
        decode = msgspec.json.decode
        return sum(1 for line in split if decode(line) is not None)

    assert ours() == floor_lines() == lines
    times = race(
        [
            Contender("ours", ours, lines),
            Contender("floor_lines", floor_lines, lines),
            Contender("floor_each", floor_each, lines),
        ],
        rounds=3 if quick else 9,
        budget=6 if quick else 20,
    )
    sdk = _sdk_batch(chunks, lines)
    rows = [
        _row(
            "Batch results JSONL (iter_results vs untyped decode_lines, same windows)",
            times["ours"],
            times["floor_lines"],
            "line",
            "<= 1.5x floor",
            kind="floor",
        ),
        _row(
            "  vs untyped msgspec.json.decode per line",
            times["ours"],
            times["floor_each"],
            "line",
            None,
            kind="floor",
        ),
        _row("  vs the SDK's JSONLDecoder", times["ours"], sdk, "line", None),
    ]
    facts = {"lines": lines, "file_bytes": len(data)}
    return rows, facts


def _sdk_batch(chunks: list[bytes], lines: int) -> float:
    """The SDK's results decoder (json.loads + construct per line) on the first 2,000 lines."""
    from anthropic._decoders.jsonl import JSONLDecoder
    from anthropic.types.messages import MessageBatchIndividualResponse

    data = b"".join(chunks)
    cut = 0
    for _ in range(2000):
        cut = data.index(b"\n", cut) + 1
    part = [data[:cut]]

    def run() -> int:
        decoder: Any = JSONLDecoder(
            raw_iterator=iter(part),
            line_type=MessageBatchIndividualResponse,
            http_response=httpx.Response(200),
        )
        return sum(1 for _ in decoder)

    return race([Contender("sdk", run, 2000)], rounds=2, budget=10)["sdk"]


# --------------------------------------------------------------------------- import time


def bench_import(quick: bool) -> tuple[list[Row], dict[str, Any]]:
    """``import msgtypes`` vs ``import anthropic``: fresh interpreters, median of several runs.

    Both import from warm bytecode caches (a private PYTHONPYCACHEPREFIX, filled by one run
    each first), as an installed package would.
    """
    runs = 5 if quick else 11
    cache = tempfile.mkdtemp(prefix="msgtypes-bench-pyc-")
    env = dict(os.environ, PYTHONPYCACHEPREFIX=cache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    code = (
        "import time, sys; t = time.perf_counter(); import {m}; "
        "print(time.perf_counter() - t); print(int('httpx' in sys.modules))"
    )

    def once(module: str) -> tuple[float, bool]:
        out = subprocess.run(
            [sys.executable, "-c", code.format(m=module)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        return float(out[0]), out[1] == "1"

    once("msgtypes")  # fill the bytecode cache
    once("anthropic")
    ours: list[float] = []
    theirs: list[float] = []
    httpx_loaded = False
    for _ in range(runs):
        seconds, loaded = once("msgtypes")
        ours.append(seconds)
        httpx_loaded = httpx_loaded or loaded
        theirs.append(once("anthropic")[0])
    shutil.rmtree(cache, ignore_errors=True)
    rows = [
        _row(
            "import (fresh interpreter, median)",
            statistics.median(ours),
            statistics.median(theirs),
            "import",
            ">= 8x",
        )
    ]
    return rows, {"import_runs": runs, "msgtypes_imports_httpx": httpx_loaded}
