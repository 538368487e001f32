"""``make bench``: msgtypes against the official SDK (anthropic==0.75.0) and the parse floor.

Prints a table, writes bench/results.json and draws bench/speedups.png (the decoding rows).
``--quick`` runs fewer rounds (a smoke test); ``--only message,stream,batch,import,lint`` picks
sections (lint: the linter's own cases, in bench/lint_cases.py).
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases  # noqa: E402


def _lint(quick: bool) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The linter's benchmarks (bench/lint_cases.py, issue: lint/)."""
    import lint_cases

    rows, facts = lint_cases.bench_lint(quick)
    return [dict(row, section="lint") for row in rows], facts


SECTIONS = {
    "message": cases.bench_message,
    "stream": cases.bench_stream,
    "batch": cases.bench_batch,
    "import": cases.bench_import,
    "lint": _lint,
}


def _fmt_time(seconds: float) -> str:
    if seconds < 1e-3:
        return f"{seconds * 1e6:8.2f} us"
    return f"{seconds * 1e3:8.2f} ms"


def _verdict(row: dict[str, Any]) -> str:
    target = row["target"]
    if not target:
        return ""
    if row.get("kind") == "floor":
        limit = float(target.split()[1].rstrip("x"))
        ratio = row["ours"] / row["theirs"]
        return "ok" if ratio <= limit else "MISSED"
    return "ok" if row["speedup"] >= float(target.split()[1].rstrip("x")) else "MISSED"


def _table(rows: list[dict[str, Any]]) -> str:
    head = f"{'case':78} {'msgtypes':>12} {'other':>12} {'ratio':>8}  {'target':14} "
    lines = [head, "-" * len(head)]
    for row in rows:
        if row.get("kind") == "floor":
            ratio = f"{row['ours'] / row['theirs']:.2f}x fl"
        else:
            ratio = f"{row['speedup']:.1f}x"
        lines.append(
            f"{row['case']:78} {_fmt_time(row['ours']):>12} {_fmt_time(row['theirs']):>12} "
            f"{ratio:>8}  {row['target'] or '':14} {_verdict(row)}"
        )
    return "\n".join(lines)


def _memory_table(rows: list[dict[str, Any]]) -> str:
    lines = [f"{'memory per decoded Message':40} {'JSON':>9} {'msgtypes':>10} {'SDK':>10}"]
    for row in rows:
        if "memory_ours" in row:
            name = row["case"].split(": ", 1)[1]
            lines.append(
                f"{name:40} {row['bytes']:>8}B {row['memory_ours']:>9}B {row['memory_sdk']:>9}B"
            )
    return "\n".join(lines)


def _chart(rows: list[dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FixedLocator, FuncFormatter

    rows = [r for r in rows if r.get("section") != "lint"]  # the decoding rows vs the SDK
    shown = [r for r in rows if r["target"] and r.get("kind") != "floor"]
    labels = [r["case"].split(" (")[0].replace("decode: ", "decode, ") for r in shown]
    values = [r["speedup"] for r in shown]
    targets = [float(r["target"].split()[1].rstrip("x")) for r in shown]
    fig, ax = plt.subplots(figsize=(9, 0.6 * len(shown) + 2.0))
    y = list(range(len(shown)))
    colors = ["#2a9d8f" if v >= t else "#e76f51" for v, t in zip(values, targets, strict=True)]
    ax.barh(y, values, color=colors)
    for i, (v, t) in enumerate(zip(values, targets, strict=True)):
        ax.plot([t, t], [i - 0.4, i + 0.4], color="black", linewidth=1.5)
        ax.text(max(v, t), i, f" {v:.0f}x", va="center")
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.set_xlim(1, max(values) * 1.5)
    ax.xaxis.set_major_locator(FixedLocator([1, 2, 5, 10, 20, 50, 100, 200]))
    ax.xaxis.set_minor_locator(FixedLocator([]))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}x"))
    ax.set_xlabel("times faster than the official SDK (anthropic 0.75.0); black line = target")
    ax.set_title("msgtypes vs the official SDK: same bytes, same process")
    floors = [r for r in rows if r.get("kind") == "floor" and r["target"]]
    if floors:
        r = floors[0]
        fig.text(
            0.01,
            0.01,
            f"Batch results JSONL: {r['ours'] / r['theirs']:.2f}x the time of untyped "
            f"msgspec decoding of the same lines (target {r['target'].replace(' floor', '')}).",
            fontsize=9,
        )
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    fig.savefig(path, dpi=120)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()

    import anthropic
    import msgspec

    # Import everything up front, then move it out of the garbage collector's way: collections
    # then scan only what the contenders create.
    gc.collect()
    gc.freeze()
    started = time.perf_counter()
    rows: list[dict[str, Any]] = []
    facts: dict[str, Any] = {}
    for name in args.only.split(","):
        t0 = time.perf_counter()
        section_rows, section_facts = SECTIONS[name](args.quick)
        rows.extend(section_rows)
        facts.update(section_facts)
        print(f"[{name}: {time.perf_counter() - t0:.1f} s]", file=sys.stderr)

    print(_table(rows))
    if any("memory_ours" in row for row in rows):
        print()
        print(_memory_table(rows))
    elapsed = time.perf_counter() - started
    print(f"\n{elapsed:.0f} s; times are per operation (best round); ratio = other / msgtypes,")
    print("or, in rows marked 'fl', msgtypes / parse floor (lower is better there).")
    if args.no_write:
        return

    result = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "msgspec": msgspec.__version__,
        "anthropic": anthropic.__version__,
        "seconds": round(elapsed, 1),
        "facts": facts,
        "rows": [{**r, "verdict": _verdict(r)} for r in rows],
    }
    (HERE / "results.json").write_text(json.dumps(result, indent=2) + "\n")
    _chart(rows, HERE / "speedups.png")


if __name__ == "__main__":
    main()
