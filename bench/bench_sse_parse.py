"""Micro benchmark: raw SSE parsing of the recorded streams, msgtypes vs the official SDK.

Usage: python bench/bench_sse_parse.py [--mb 10] [--repeat 5]

Builds a ~10 MB stream by repeating every recorded fixture (each closed with a blank line), then
times parsing it fed in 64 KiB chunks and in small chunks of about one event each (what a network
read usually delivers).  Only the SSE layer is measured; no JSON is decoded.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from msgtypes._sse import iter_sse

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT.parent / "shared" / "fixtures" / "sdk-streams"


def build_stream(megabytes: float) -> bytes:
    files = sorted([*FIXTURES.glob("*.txt"), *FIXTURES.glob("*.sse")])
    unit = b"".join(p.read_bytes().rstrip(b"\n") + b"\n\n" for p in files)
    return unit * max(1, int(megabytes * 1_000_000 / len(unit)))


def chunked(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def ours(chunks: list[bytes]) -> int:
    return sum(1 for _ in iter_sse(chunks))


def sdk(chunks: list[bytes]) -> int:
    from anthropic._streaming import SSEDecoder

    return sum(1 for _ in SSEDecoder().iter_bytes(iter(chunks)))


def best_time(
    fn: Callable[[list[bytes]], int], chunks: list[bytes], repeat: int
) -> tuple[float, int]:
    best, count = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = fn(chunks)
        best = min(best, time.perf_counter() - start)
    return best, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-sdk", action="store_true", help="skip the official SDK")
    args = parser.parse_args()

    stream = build_stream(args.mb)
    mb = len(stream) / 1_000_000
    print(f"stream: {mb:.1f} MB")
    for label, size in [("64 KiB chunks", 65536), ("~1 event/chunk (300 B)", 300)]:
        chunks = chunked(stream, size)
        t, n = best_time(ours, chunks, args.repeat)
        line = f"{label:24} msgtypes {mb / t:8.1f} MB/s {n / t / 1e6:6.2f} M events/s"
        if not args.no_sdk:
            ts, ns = best_time(sdk, chunks, max(1, args.repeat // 2))
            assert ns == n, (ns, n)
            line += f" | SDK {mb / ts:6.1f} MB/s  ratio x{ts / t:.1f}"
        print(line)


if __name__ == "__main__":
    main()
