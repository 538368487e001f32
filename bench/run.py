"""``make bench``: msgtypes against the official SDK (anthropic==0.75.0) and the parse floor.

Prints a table, writes bench/results.json and draws bench/speedups.png (the decoding rows against
the SDK, and msglint.check against its peers on every payload of the lint suite).
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
    head = f"{'case':96} {'msgtypes':>12} {'other':>12} {'ratio':>8}  {'target':14} "
    lines = [head, "-" * len(head)]
    for row in rows:
        if row.get("kind") == "floor":
            ratio = f"{row['ours'] / row['theirs']:.2f}x fl"
        else:
            ratio = f"{row['speedup']:.1f}x"
        lines.append(
            f"{row['case']:96} {_fmt_time(row['ours']):>12} {_fmt_time(row['theirs']):>12} "
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


def _mib(size: int | None) -> str:
    return "n/a" if size is None else f"{size / 2**20:.0f} MiB"


def _rss_table(rows: list[dict[str, Any]]) -> str:
    lines = [f"{'peak RSS (largest process of the run)':96} {'msglint':>10} {'parse':>10}"]
    for row in rows:
        if "rss_ours" in row:
            name = row["case"].split(" vs ")[0]
            ours, floor = (_mib(row[key]) for key in ("rss_ours", "rss_floor"))
            lines.append(f"{name:96} {ours:>10} {floor:>10}")
    return "\n".join(lines)


def _chart(rows: list[dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    decode = [r for r in rows if r.get("section") != "lint"]
    shown = [r for r in decode if r["target"] and r.get("kind") != "floor"]
    peers = [r for r in rows if "peer" in r and not r.get("summary")]
    panels = [p for p in (shown, peers) if p]
    if not panels:
        return
    heights = [0.45 * len(shown) + 1.6, 0.42 * len({r["payload"] for r in peers}) + 2.6]
    heights = [h for h, p in zip(heights, (shown, peers), strict=True) if p]
    fig, axes = plt.subplots(
        len(panels), 1, figsize=(10, sum(heights) + 0.6), height_ratios=heights, squeeze=False
    )
    column = list(axes[:, 0])
    if shown:
        _decode_panel(column.pop(0), shown, decode)
    if peers:
        _peer_panel(column.pop(0), peers)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def _log_axis(ax: Any, values: list[float], label: str) -> None:
    from matplotlib.ticker import FixedLocator, FuncFormatter

    ax.set_xscale("log")
    ax.set_xlim(min(0.8, min(values) / 1.5), max(values) * 1.8)
    ticks = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200]
    ax.xaxis.set_major_locator(FixedLocator(ticks))
    ax.xaxis.set_minor_locator(FixedLocator([]))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}x"))
    ax.set_xlabel(label)


def _decode_panel(ax: Any, shown: list[dict[str, Any]], rows: list[dict[str, Any]]) -> None:
    """msgtypes against the official SDK: bars, the target as a black tick."""
    labels = [r["case"].split(" (")[0].replace("decode: ", "decode, ") for r in shown]
    values = [r["speedup"] for r in shown]
    targets = [float(r["target"].split()[1].rstrip("x")) for r in shown]
    y = list(range(len(shown)))
    colors = ["#2a9d8f" if v >= t else "#e76f51" for v, t in zip(values, targets, strict=True)]
    ax.barh(y, values, color=colors)
    for i, (v, t) in enumerate(zip(values, targets, strict=True)):
        ax.plot([t, t], [i - 0.4, i + 0.4], color="black", linewidth=1.5)
        ax.text(max(v, t), i, f" {v:.0f}x", va="center")
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    _log_axis(ax, values, "times faster than the official SDK (anthropic 0.75.0); black = target")
    title = "msgtypes vs the official SDK: same bytes, same process"
    floors = [r for r in rows if r.get("kind") == "floor" and r["target"]]
    if floors:
        r = floors[0]
        title += f"\n(batch results: {r['ours'] / r['theirs']:.2f}x untyped msgspec decoding)"
    ax.set_title(title, fontsize=10)


_PEER_STYLE = {
    "pydantic TypeAdapter.validate_json": ("#e9c46a", "o"),
    "pydantic TypeAdapter.validate_python(json.loads)": ("#f4a261", "s"),
    "jsonschema-rs": ("#264653", "D"),
    "jsonschema": ("#2a9d8f", "^"),
}


def _peer_panel(ax: Any, peers: list[dict[str, Any]]) -> None:
    """msglint.check against each peer on every payload of the suite: one dot per peer, with
    each peer's range (min..max over the suite) in the legend."""
    payloads = list(dict.fromkeys(r["payload"] for r in peers))
    y = {name: i for i, name in enumerate(payloads)}
    for peer in dict.fromkeys(r["peer"] for r in peers):
        mine = [r for r in peers if r["peer"] == peer]
        ratios = [r["speedup"] for r in mine]
        color, marker = _PEER_STYLE.get(peer, ("gray", "x"))
        ax.scatter(
            ratios,
            [y[r["payload"]] for r in mine],
            color=color,
            marker=marker,
            s=36,
            zorder=3,
            label=f"{peer}: {min(ratios):.1f}x..{max(ratios):.1f}x",
        )
    ax.axvline(1, color="black", linewidth=1)
    ax.set_yticks(list(y.values()), payloads, fontsize=8)
    ax.invert_yaxis()
    ax.grid(axis="x", color="#dddddd", zorder=0)
    _log_axis(
        ax,
        [r["speedup"] for r in peers],
        "peer's time / msglint.check's time (right of 1x: msglint faster)",
    )
    ax.legend(
        fontsize=8,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.5 / len(payloads) - 0.08),
        ncol=2,
        title="range over the suite (min..max)",
        title_fontsize=8,
    )
    ax.set_title("msglint.check vs the validators a user would pick, every payload", fontsize=10)


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
    if any("rss_ours" in row for row in rows):
        print()
        print(_rss_table(rows))
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
