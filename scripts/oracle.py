"""Snapshot an official SDK's surface and print how it drifts from ours: ``make oracle VERSION=X``.

Installs ``anthropic==VERSION`` into a throwaway venv (two SDK versions cannot share one), runs
``tests/sdk_surface.py`` there, writes ``tests/sdk_snapshots/anthropic-VERSION.json`` and prints:

* what changed against the closest other committed snapshot (paths per body, enum values, beta
  values, model ids, deprecations, type names), and
* how much of the new snapshot our ``schemas/`` cover, with the missing paths and enum values.

So the next API change is one command: run it with the newest SDK version and read the drift.
Use ``--check`` to print without writing, ``--python`` to pick the interpreter of the venv.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
sys.path.insert(0, str(TESTS))

from sdk_paths import (  # noqa: E402
    SNAPSHOT_DIR,
    Snapshot,
    _version_key,
    coverage,
    enum_gaps,
    load_snapshot,
    snapshots,
)

SHOWN = 30  # at most this many items of each list are printed


def build_snapshot(version: str, python: str, out: Path) -> Snapshot:
    """Install the SDK in a temporary venv and write its surface to ``out``."""
    with tempfile.TemporaryDirectory(prefix="msgtypes-oracle-") as tmp:
        venv = Path(tmp) / "venv"
        subprocess.run([python, "-m", "venv", str(venv)], check=True)
        pip = [str(venv / "bin" / "python"), "-m", "pip", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, "install", f"anthropic=={version}"], check=True)
        subprocess.run(
            [str(venv / "bin" / "python"), str(TESTS / "sdk_surface.py"), "--out", str(out)],
            check=True,
        )
    return load_snapshot(out)


def _show(title: str, items: Iterable[str], sign: str) -> None:
    listed = sorted(items)
    if not listed:
        return
    print(f"  {title} ({len(listed)}):")
    for item in listed[:SHOWN]:
        print(f"    {sign} {item}")
    if len(listed) > SHOWN:
        print(f"    ... and {len(listed) - SHOWN} more")


def print_drift(old: Snapshot, new: Snapshot) -> None:
    """What the SDK surface gained and lost between two snapshots."""
    print(f"== drift: anthropic {old.version} -> {new.version}")
    for body in sorted(set(old.bodies) | set(new.bodies)):
        before = old.paths(body) if body in old.bodies else frozenset()
        after = new.paths(body) if body in new.bodies else frozenset()
        if before == after:
            continue
        print(f" {body}: {len(before)} -> {len(after)} paths")
        _show("added", after - before, "+")
        _show("removed", before - after, "-")
        if body in old.bodies and body in new.bodies:
            changed = []
            for path, values in new.enums(body).items():
                gained = set(values) - set(old.enums(body).get(path, values))
                if gained:
                    changed.append(f"{path}: +{sorted(gained)}")
            _show("enum values added", changed, "~")
    for label, before_list, after_list in (
        ("beta values", old.betas, new.betas),
        ("model ids", old.models, new.models),
        ("type names", old.names, new.names),
    ):
        if before_list != after_list:
            print(f" {label}: {len(before_list)} -> {len(after_list)}")
            _show("added", set(after_list) - set(before_list), "+")
            _show("removed", set(before_list) - set(after_list), "-")
    dep_old, dep_new = old.deprecated_models, new.deprecated_models
    changed_dep = [f"{k}: {dep_new[k]}" for k in dep_new if dep_old.get(k) != dep_new[k]]
    _show("deprecated models (new or changed end-of-life)", changed_dep, "!")


def print_coverage(snap: Snapshot) -> bool:
    """How much of ``snap`` our schemas cover; returns whether every body has no gap at all."""
    print(f"== our schemas/ against anthropic {snap.version}")
    complete = True
    covered = total = 0
    for body in snap.bodies:
        try:
            result = coverage(snap, body)
        except FileNotFoundError as exc:
            print(f" {body}: {exc}")
            complete = False
            continue
        covered += len(result.covered)
        total += len(result.sdk)
        gaps = enum_gaps(snap, body)
        print(f" {result.summary()}; {len(gaps)} enum paths lacking values")
        _show("missing paths", result.missing, "-")
        _show("missing enum values", [f"{p}: {v}" for p, v in sorted(gaps.items())], "-")
        complete = complete and not result.missing and not gaps
    if total:
        print(f" total: {covered}/{total} ({covered / total:.2%})")
    import msgtypes

    absent = [name for name in snap.names if not hasattr(msgtypes, name)]
    print(f" SDK type names missing from msgtypes: {len(absent)}")
    _show("missing names (add them to msgtypes/_sdk_names.py)", absent, "-")
    return complete and not absent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("version", help="anthropic SDK version to snapshot, e.g. 2.14.0")
    parser.add_argument("--python", default=sys.executable, help="interpreter for the venv")
    parser.add_argument("--check", action="store_true", help="print the drift, write nothing")
    args = parser.parse_args(argv)

    target = SNAPSHOT_DIR / f"anthropic-{args.version}.json"
    with tempfile.TemporaryDirectory(prefix="msgtypes-snapshot-") as tmp:
        fresh = build_snapshot(args.version, args.python, Path(tmp) / target.name)
        others = [s for s in snapshots() if s.version != fresh.version]
        if others:
            key = _version_key(fresh.version)
            older = [s for s in others if _version_key(s.version) < key]
            print_drift(older[-1] if older else others[0], fresh)
        if target.is_file() and load_snapshot(target).data != fresh.data:
            print_drift(load_snapshot(target), fresh)
        print_coverage(fresh)
        if not args.check:
            SNAPSHOT_DIR.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(fresh.data, indent=1, sort_keys=True) + "\n",
                              encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
