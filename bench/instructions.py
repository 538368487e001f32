"""``make bench-instructions``: the linter's cost in CPU instructions, against the parse floor's.

Wall-clock ratios on a shared or virtual machine swing by tens of percent between runs; the
number of instructions a piece of work executes does not (for the same interpreter, inputs and
hash seed). This counts them with valgrind's callgrind, in a child process per measurement:

- each payload of the lint suite (``bench/lint_cases.py``): ``msglint.check`` and
  ``msgspec.json.decode`` per call, warm (a child warms both up, then makes ``n`` calls of one;
  against a child that only warms up, the difference over ``n`` is one call), and each variant
  against its clean payload;
- a batch file (``scripts/batch_file.py``'s mix): ``msglint`` and a parse-only process per line,
  as the difference between a 1,000- and a 2,000-line file (startup and first-use costs cancel).

The children run two at a time (counts do not depend on what else runs).

Use it to compare commits: run it on each and compare the columns. Time ratios run higher than
instruction ratios (the interpreter retires fewer instructions per cycle than msgspec's parser).
Needs valgrind (``apt install valgrind``); takes about 10 minutes (``--only NAME`` for fewer).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import Executor, ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lint_cases  # noqa: E402

WARM_UP = 50
CALLS = 100
LINES = (1_000, 2_000)

_CHILD_CALLS = """
import sys
sys.path.insert(0, {bench!r})
import msgspec, msglint, lint_cases
case = {{c.name: c for c in lint_cases.CLEAN + lint_cases.VARIANTS}}[sys.argv[1]]
data = lint_cases._encode(case)
for _ in range({warm}):
    msglint.check(data)
    msgspec.json.decode(data)
work = msglint.check if sys.argv[2] == "lint" else msgspec.json.decode
for _ in range(int(sys.argv[3])):
    work(data)
"""

_REFS = re.compile(r"refs:\s*([\d,]+)")
WORK = ("lint", "parse")


def instructions(command: list[str]) -> int:
    """Instructions executed by ``command`` (callgrind's total), output discarded."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # (compiling the modules is not the work measured)
    subprocess.run(command, env=env, capture_output=True, check=False)  # write the bytecode
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    match = _REFS.search(done.stderr)
    if done.returncode not in (0, 1) or match is None:  # (msglint exits 1 when it reports)
        raise RuntimeError(f"{command} failed under callgrind:\n{done.stderr[-2000:]}")
    return int(match.group(1).replace(",", ""))


def per_call(pool: Executor, script: Path, name: str) -> tuple[float, float]:
    """Instructions of one warm ``msglint.check`` and one parse of payload ``name``."""
    base = [sys.executable, str(script), name]
    counts = pool.map(instructions, [[*base, "lint", "0"], *([*base, w, str(CALLS)] for w in WORK)])
    warm, lint, parse = counts
    return (lint - warm) / CALLS, (parse - warm) / CALLS


def per_line(pool: Executor, command: list[str], files: tuple[Path, Path]) -> float:
    """Instructions per line of ``command`` run on each file (the second has LINES[1] lines)."""
    small, large = pool.map(instructions, [[*command, str(path)] for path in files])
    return (large - small) / (LINES[1] - LINES[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="a substring of the payload names to measure")
    parser.add_argument("--no-batch", action="store_true", help="skip the batch file rows")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt install valgrind)", file=sys.stderr)
        return 2
    print(f"{'payload':74} {'msglint':>11} {'parse':>11} {'ratio':>7} {'vs clean':>9}")
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(2) as pool:
        folder = Path(tmp)
        child = folder / "calls.py"
        child.write_text(_CHILD_CALLS.format(bench=str(HERE), warm=WARM_UP))
        clean: dict[str, float] = {}
        for case in [*lint_cases.CLEAN, *lint_cases.VARIANTS]:
            if args.only and args.only not in case.name:
                continue
            lint, parse = per_call(pool, child, case.name)
            if case.clean is None:
                clean[case.name] = lint
            against = f"{lint / clean[case.clean]:8.2f}x" if case.clean in clean else ""
            print(f"{case.name:74} {lint:11,.0f} {parse:11,.0f} {lint / parse:6.2f}x {against}")
        if not args.no_batch:
            parse_only = folder / "parse_only.py"
            parse_only.write_text(lint_cases.PARSE_ONLY)
            msglint = [sys.executable, "-m", "msglint", "--isolated", "--jobs", "1"]
            small, large = (folder / str(lines) for lines in LINES)
            for lines, sub in zip(LINES, (small, large), strict=True):
                sub.mkdir()
                lint_cases.write_batches(sub, lines)  # batch.jsonl, and batch-warn.jsonl
            for warning in (False, True):
                name = "batch-warn.jsonl" if warning else "batch.jsonl"
                files = (small / name, large / name)
                lint = per_line(pool, msglint, files)
                parse = per_line(pool, [sys.executable, str(parse_only)], files)
                label = "batch line" + (", a warning on every line" if warning else ", clean")
                print(f"{label:74} {lint:11,.0f} {parse:11,.0f} {lint / parse:6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
