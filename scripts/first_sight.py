"""First sight of tool schemas: msglint.check against the parse floor (issue 12).

    python scripts/first_sight.py                 CPU-time ratios to the floor (interleaved rounds)
    python scripts/first_sight.py CASE KIND CALLS  run CALLS checks, for instruction counts:
        valgrind --tool=callgrind python scripts/first_sight.py pydantic first 50 (minus ... 0)

CASE: pydantic (bench payloads.pydantic_agent) or mcp (payloads.mcp_request), with a current
model. KIND: floor (msgspec.json.decode of the same bytes), warm (the same request again),
first (a nonce in every schema's description, so every schema and tool is new, as the bench's
first-sight rows do), cold (every cache emptied before each check: a fresh process's tables).
CPU time (``time.process_time``) rather than wall clock: the machine is shared.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import lint_cases
import msgspec
import payloads

import msglint
from msglint import _cache

MODEL = "claude-opus-4-6"  # the payloads' model is deprecated now (one W272 warning)
COPIES = 400


def _payload(case: str) -> dict[str, Any]:
    build = {"pydantic": payloads.pydantic_agent, "mcp": payloads.mcp_request}[case]
    body = build()
    body["model"] = MODEL
    return body


def kinds(case: str) -> dict[str, Callable[[], object]]:
    data = json.dumps(_payload(case)).encode()
    fresh = iter(lint_cases._first_sight_copies(data, COPIES))

    def cold() -> None:
        _cache.clear_all()
        msglint.check(data)

    return {
        "floor": lambda: msgspec.json.decode(data),
        "warm": lambda: msglint.check(data),
        "first": lambda: msglint.check(next(fresh)),
        "cold": cold,
    }


def _best(fn: Callable[[], object], calls: int) -> float:
    started = time.process_time()
    for _ in range(calls):
        fn()
    return (time.process_time() - started) / calls


def ratios(rounds: int = 7) -> None:
    for case in ("pydantic", "mcp"):
        runs = kinds(case)
        for fn in runs.values():
            fn()
        best = dict.fromkeys(runs, float("inf"))
        for _ in range(rounds):
            for name, fn in runs.items():
                best[name] = min(best[name], _best(fn, 20 if name != "cold" else 5))
        floor = best["floor"]
        print(
            f"{case:9} floor {floor * 1e6:6.0f} us  "
            + "  ".join(f"{k} {v / floor:5.2f}x" for k, v in best.items() if k != "floor")
        )
    batch = lint_cases._own_tools_batch(2000)
    lines = batch.splitlines()

    def lint_batch() -> None:
        _cache.clear_all()  # as a new process meets the file
        msglint.check(batch, endpoint="batch-jsonl")

    def parse_batch() -> None:
        for line in lines:
            msgspec.json.decode(line)

    lint = min(_best(lint_batch, 1) for _ in range(3))
    floor = min(_best(parse_batch, 1) for _ in range(3))
    print(f"batch of {len(lines)} lines, 1/4 with a tool schema of their own: {lint / floor:.2f}x")


if __name__ == "__main__":
    if len(sys.argv) == 4:
        case, kind, calls = sys.argv[1], sys.argv[2], int(sys.argv[3])
        fn = kinds(case)[kind]
        msglint.check(json.dumps(_payload(case)).encode())  # imports, lazily built decoders
        if kind == "first":
            _cache.clear_all()
        for _ in range(calls):
            fn()
    else:
        ratios()
