"""Record what an official SDK sends for the wire tests' calls: ``make wire-snapshot VERSION=X``.

Two SDK generations cannot share a venv (0.x/1.x use httpx, 2.x httpx2), so the dev venv holds
anthropic 0.75.0, compared live, and any other version is recorded once into
``tests/transport/wire_snapshots/anthropic-VERSION.json`` by this script, which the wire tests
compare msgtypes against. It installs ``anthropic==VERSION`` into a throwaway venv (or uses
``--python``, an interpreter that already has it), starts the tests' loopback recording server
on 127.0.0.1 there and makes every call of ``tests/transport/wire_cases.py`` for that SDK's
generation, sync and async. ``--check`` prints the differences from the committed snapshot
instead of writing it (exit 1 when there are any).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CASES_DIR = ROOT / "tests" / "transport"
SNAPSHOT_DIR = CASES_DIR / "wire_snapshots"


def snapshot_path(version: str) -> Path:
    return SNAPSHOT_DIR / f"anthropic-{version}.json"


def generation_of(version: str) -> str:
    """``current`` for the SDKs that send 2026-10-21 (2.x and later), else ``legacy``."""
    return "current" if int(version.split(".")[0]) >= 2 else "legacy"


# --------------------------------------------------------------------------- inside the SDK venv


def record(version: str) -> dict[str, Any]:
    """Make every call with the installed SDK; its wire requests, case by case."""
    sys.path.insert(0, str(CASES_DIR))
    import anthropic
    from transport_server import api_reply, serve
    from wire_cases import KEY, arun, cases, run, wire

    if anthropic.__version__ != version:
        raise SystemExit(f"this interpreter has anthropic {anthropic.__version__}, not {version}")
    generation: Any = generation_of(version)
    out: dict[str, Any] = {"sdk": version, "generation": generation, "sync": {}, "async": {}}
    with serve(api_reply) as server:

        def taken(before: int) -> list[dict[str, Any]]:
            return [
                wire(r.method, r.path, r.query, r.headers, r.body) for r in server.requests[before:]
            ]

        client = anthropic.Anthropic(api_key=KEY, base_url=server.url, max_retries=0)
        for case in cases(generation):
            before = len(server.requests)
            run(client, case)
            out["sync"][case.name] = taken(before)
        client.close()

        async def run_async() -> None:
            aclient = anthropic.AsyncAnthropic(api_key=KEY, base_url=server.url, max_retries=0)
            for case in cases(generation, asynchronous=True):
                before = len(server.requests)
                await arun(aclient, case)
                out["async"][case.name] = taken(before)
            await aclient.close()

        asyncio.run(run_async())
    return out


# --------------------------------------------------------------------------- from the dev venv


def _in_venv(version: str, python: str | None, out: Path) -> None:
    command = [__file__, "--record", version, "--out", str(out)]
    if python is not None:
        subprocess.run([python, *command], check=True)
        return
    with tempfile.TemporaryDirectory(prefix="msgtypes-wire-") as tmp:
        venv = Path(tmp) / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        bin_python = str(venv / "bin" / "python")
        pip = [bin_python, "-m", "pip", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, "install", f"anthropic=={version}"], check=True)
        subprocess.run([bin_python, *command], check=True)


def _differences(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    found = []
    for mode in ("sync", "async"):
        for name in sorted(set(old.get(mode, {})) | set(new.get(mode, {}))):
            if old.get(mode, {}).get(name) != new.get(mode, {}).get(name):
                found.append(f"{mode} {name}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("version", nargs="?", help="the anthropic version, e.g. 2.14.0")
    parser.add_argument("--python", help="an interpreter that has that anthropic installed")
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    parser.add_argument("--record", metavar="VERSION", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.record:  # inside the SDK's venv
        Path(args.out).write_text(json.dumps(record(args.record), indent=1) + "\n")
        return 0
    if not args.version:
        parser.error("give the anthropic version to record, e.g. 2.14.0")
    target = snapshot_path(args.version)
    with tempfile.TemporaryDirectory(prefix="msgtypes-wire-") as tmp:
        out = Path(tmp) / "wire.json"
        _in_venv(args.version, args.python, out)
        new = json.loads(out.read_text())
    old = json.loads(target.read_text()) if target.exists() else {}
    changed = _differences(old, new)
    for line in changed:
        print(f"changed: {line}")
    if args.check:
        return 1 if changed else 0
    SNAPSHOT_DIR.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(new, indent=1) + "\n")
    print(f"wrote {target.relative_to(ROOT)} ({len(new['sync'])} sync, {len(new['async'])} async)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
