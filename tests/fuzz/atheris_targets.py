"""Coverage-guided fuzzing of the parsers with atheris, on the checks the hypothesis properties use.

    python tests/fuzz/atheris_targets.py TARGET [libFuzzer options, e.g. -max_total_time=60]

TARGET is one of ``sse``, ``events``, ``results``, ``jsonl``, ``decode``, ``lint``. Each run starts
from the recorded streams and examples (copied into a temporary corpus directory) and stops at
the first input that breaks a property; libFuzzer writes that input to
``.fuzz-artifacts/crash-*`` (replay it by passing the file instead of options). ``make fuzz`` runs
every target.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))
with atheris.instrument_imports(include=["msgtypes", "msglint"]):
    import fuzzing

    import msglint  # noqa: F401  (imported here to be instrumented; the checks import it lazily)
    import msgtypes
    import msgtypes._jsonl


def unpack(data: bytes) -> tuple[bytes, list[int], int | None]:
    """The input, chunk cuts and a size bound: the last three bytes choose the cuts and bound,
    so a seed file (which ends in three zero bytes) is tried whole and unbounded."""
    if len(data) < 3:
        return data, [], None
    body, (a, b, c) = data[:-3], data[-3:]
    limit = (None, msgtypes.streaming.MAX_EVENT_BYTES, b * 3)[a % 3]
    return body, [c * 7, c * 7 + b, len(body) // 2], limit


RESPONSE_TYPES = fuzzing.response_types()
ENDPOINTS = ("messages", "count_tokens", "batch", "batch-jsonl", "complete")


def decode(data: bytes) -> None:
    if data:
        tp = RESPONSE_TYPES[data[0] % len(RESPONSE_TYPES)]
        fuzzing.check_decode(tp, data[1:])


def lint(data: bytes) -> None:
    if data:
        fuzzing.check_lint(ENDPOINTS[data[0] % len(ENDPOINTS)], data[1:])


TARGETS: dict[str, tuple[Any, list[bytes]]] = {
    "sse": (lambda d: fuzzing.check_sse(*unpack(d)), fuzzing.STREAM_SEEDS),
    "events": (lambda d: fuzzing.check_events(*unpack(d)), fuzzing.STREAM_SEEDS),
    "results": (lambda d: fuzzing.check_results(*unpack(d)), fuzzing.RESULT_SEEDS),
    "jsonl": (lambda d: fuzzing.check_jsonl(*unpack(d)), fuzzing.RESULT_SEEDS),
    "decode": (decode, [b"\0" + s for s in fuzzing.RESPONSE_SEEDS + fuzzing.EVENT_DATA_SEEDS]),
    "lint": (lint, [b"\0" + s for s in fuzzing.REQUEST_SEEDS] + [b"\3" + s for s in fuzzing.BATCH_FILE_SEEDS]),
}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(TARGETS)}}} [libFuzzer options]")
    target, seeds = TARGETS[sys.argv[1]]
    options = sys.argv[2:]
    corpus = []
    if not any(not o.startswith("-") for o in options):  # no input file given: fuzz
        corpus = [tempfile.mkdtemp(prefix=f"msgtypes-fuzz-{sys.argv[1]}-")]
        for i, seed in enumerate(seeds):
            tail = b"" if sys.argv[1] in ("decode", "lint") else b"\0\0\0"
            (Path(corpus[0]) / f"seed-{i}").write_bytes(seed + tail)
        Path(".fuzz-artifacts").mkdir(exist_ok=True)
        options = ["-artifact_prefix=.fuzz-artifacts/", "-timeout=30", *options]
    atheris.Setup([sys.argv[0], *options, *corpus], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
