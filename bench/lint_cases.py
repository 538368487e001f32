"""Linter benchmarks (issue: lint/): ``msglint.check`` against the parse floor, pydantic over the
official SDK's request types, jsonschema and jsonschema-rs over the schema pydantic derives from
those types; and the ``msglint`` CLI on a 10,000-request batch file against a process that only
parses each line.

The payloads are valid (the happy path is what users pay for on every request). pydantic
validates the SDK's ``Iterable[...]`` fields lazily, so its result is drained (every nested
iterator consumed) to make it validate what the others validate.
"""

from __future__ import annotations

import base64
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import msgspec
import payloads
from timing import Contender, race

import msglint
from msglint import _cache

Row = dict[str, Any]
_RNG = random.Random(20251124)
_WORDS = (
    "the model reads each request carefully and answers with plain facts about weather "
    "prices travel code tests deploy retry cache latency token budget schema field value"
).split()


def _text(words: int) -> str:
    return " ".join(_RNG.choice(_WORDS) for _ in range(words))


TOOLS = [
    {
        "name": "get_weather",
        "description": "Current weather for a city.",
        "input_schema": {
            "type": "object",
            "properties": {
                "city": {"type": "string", "description": "City name"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            },
            "required": ["city"],
        },
    },
    {
        "name": "search_docs",
        "description": "Search the product documentation.",
        "input_schema": {
            "type": "object",
            "properties": {
                "query": {"type": "string"},
                "limit": {"type": "integer", "minimum": 1, "maximum": 20},
            },
            "required": ["query"],
        },
    },
]


def agent_conversation() -> dict[str, Any]:
    """A tool-using agent: system prompt with a cache breakpoint, 2 tools, 24 turns."""
    messages: list[dict[str, Any]] = [{"role": "user", "content": _text(120)}]
    for i in range(8):
        call = f"toolu_{i:024d}"
        messages.append(
            {
                "role": "assistant",
                "content": [
                    {"type": "text", "text": _text(60)},
                    {
                        "type": "tool_use",
                        "id": call,
                        "name": "search_docs",
                        "input": {"query": _text(6), "limit": 5},
                    },
                ],
            }
        )
        messages.append(
            {
                "role": "user",
                "content": [
                    {"type": "tool_result", "tool_use_id": call, "content": _text(250)},
                    {"type": "text", "text": _text(20)},
                ],
            }
        )
    messages.append({"role": "assistant", "content": _text(200)})
    messages.append({"role": "user", "content": _text(40)})
    return {
        "model": "claude-opus-4-5-20251101",
        "max_tokens": 4096,
        "system": [{"type": "text", "text": _text(400), "cache_control": {"type": "ephemeral"}}],
        "tools": TOOLS,
        "tool_choice": {"type": "auto"},
        "messages": messages,
    }


def chat() -> dict[str, Any]:
    """A long plain chat: 41 string turns of about 150 words."""
    messages = [
        {"role": "user" if i % 2 == 0 else "assistant", "content": _text(150)} for i in range(41)
    ]
    return {"model": "claude-haiku-4-5", "max_tokens": 2048, "messages": messages}


def _report_pdf() -> bytes:
    """A one-page PDF written by matplotlib holding a 256x256 photo-like (incompressible)
    image: about 220 KB, laid out like any PDF writer's output (objects, a cross-reference
    table, a trailer)."""
    import io

    import matplotlib

    matplotlib.use("Agg")
    import numpy as np
    from matplotlib.figure import Figure

    figure = Figure(figsize=(4, 4))
    pixels = np.random.default_rng(20251124).integers(0, 256, size=(256, 256, 3), dtype=np.uint8)
    figure.add_subplot().imshow(pixels, interpolation="none")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="pdf", metadata={"CreationDate": None, "Producer": None})
    return buffer.getvalue()


def document_question() -> dict[str, Any]:
    """A PDF (about 270 KB of base64) and an image with a question."""
    pdf = _report_pdf()
    png = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
    )
    return {
        "model": "claude-opus-4-5-20251101",
        "max_tokens": 1024,
        "messages": [
            {
                "role": "user",
                "content": [
                    {
                        "type": "document",
                        "source": {
                            "type": "base64",
                            "media_type": "application/pdf",
                            "data": base64.b64encode(pdf).decode(),
                        },
                        "title": "Report",
                    },
                    {
                        "type": "image",
                        "source": {
                            "type": "base64",
                            "media_type": "image/png",
                            "data": base64.b64encode(png).decode(),
                        },
                    },
                    {"type": "text", "text": "Summarise the report and describe the image."},
                ],
            }
        ],
    }


PAYLOADS = {
    "agent conversation": agent_conversation,
    "long chat": chat,
    "document + image": document_question,
}


def _drain(value: Any, source: Any) -> Any:
    """Consume pydantic's lazy iterators (where the JSON had arrays) so everything is validated."""
    if isinstance(source, dict) and isinstance(value, dict):
        return {k: _drain(v, source.get(k)) for k, v in value.items()}
    if isinstance(source, list):
        return [_drain(v, s) for v, s in zip(value, source, strict=False)]
    return value


def bench_lint(quick: bool) -> tuple[list[Row], dict[str, Any]]:
    """msglint.check on valid payloads against the parse floor and other validators."""
    import jsonschema
    import jsonschema_rs
    import pydantic
    from anthropic.types.message_create_params import MessageCreateParamsNonStreaming

    adapter = pydantic.TypeAdapter(MessageCreateParamsNonStreaming)
    schema = adapter.json_schema()
    slow = jsonschema.Draft202012Validator(schema)
    fast = jsonschema_rs.validator_for(schema)
    rows: list[Row] = []
    facts: dict[str, Any] = {}
    for name, build in PAYLOADS.items():
        data = json.dumps(build()).encode()
        assert msglint.check(data) == [] or all(d.severity != "error" for d in msglint.check(data))
        assert slow.is_valid(json.loads(data)) and fast.is_valid(json.loads(data))
        contenders = [
            # Each round repeats a call enough times to last a few milliseconds, so one
            # contender's cache-cold first call does not decide its time.
            Contender("lint", lambda d=data: msglint.check(d), calls=30),
            Contender("floor", lambda d=data: msgspec.json.decode(d), calls=30),
            Contender(
                "pydantic",
                lambda d=data: _drain(adapter.validate_json(d), json.loads(d)),
                calls=5,
            ),
            Contender("jsonschema-rs", lambda d=data: fast.is_valid(json.loads(d)), calls=30),
        ]
        times = race(contenders, rounds=3 if quick else 9, budget=15)
        # jsonschema is so slow that a few calls are enough.
        js = race(
            [Contender("jsonschema", lambda d=data: slow.is_valid(json.loads(d)), calls=3)],
            rounds=2 if quick else 3,
            budget=10,
        )["jsonschema"]
        size = f"{len(data) / 1024:.0f} KiB"
        rows += [
            _row(
                f"msglint.check {name} ({size}) vs parse floor",
                times["lint"],
                times["floor"],
                "<= 2.5x floor",
                kind="floor",
            ),
            _row(
                "  vs pydantic TypeAdapter (SDK types)", times["lint"], times["pydantic"], ">= 2x"
            ),
            _row("  vs jsonschema (pydantic's schema)", times["lint"], js, ">= 100x"),
            _row("  vs jsonschema-rs (same schema)", times["lint"], times["jsonschema-rs"], None),
        ]
        facts[f"lint_{name}_bytes"] = len(data)
    rows.append(_cli_row(quick))
    tool_rows, tool_facts = bench_tool_schemas(quick)
    return rows + tool_rows, {**facts, **tool_facts}


def _first_sight(build: Any, count: int) -> list[bytes]:
    """``count`` copies of a request whose tool schemas differ from every other copy's (a nonce in
    each schema's description), so each copy meets every cache of the linter cold."""
    base = build()
    copies = []
    for i in range(count):
        for tool in base["tools"]:
            tool["input_schema"]["description"] = f"copy {i}"
        copies.append(json.dumps(base).encode())
    return copies


def _batch_with_own_tools(lines: int = 10_000) -> bytes:
    """A batch file whose requests share the pydantic tools, except every fourth one, which
    brings a tool schema of its own (a nonce in it) and calls it."""
    shared = payloads.pydantic_agent()
    shared["messages"] = shared["messages"][:5]
    out = []
    for i in range(lines):
        params = json.loads(json.dumps(shared))
        if i % 4 == 0:
            tool = params["tools"][1]
            tool["input_schema"]["description"] = f"line {i}"
        out.append(json.dumps({"custom_id": f"req-{i}", "params": params}).encode())
    return b"\n".join(out) + b"\n"


def bench_tool_schemas(quick: bool) -> tuple[list[Row], dict[str, Any]]:
    """Requests whose tools are generated (pydantic, an MCP client's 100 tools): msglint.check
    warm and on first sight of every schema, against the parse floor of the same bytes."""
    rows: list[Row] = []
    facts: dict[str, Any] = {}
    rounds = 3 if quick else 9
    for name, build in (
        ("pydantic tools agent", payloads.pydantic_agent),
        ("MCP request, 100 tools", payloads.mcp_request),
    ):
        data = json.dumps(build()).encode()
        assert msglint.check(data) == []
        fresh = iter(_first_sight(build, 30 * (rounds + 1)))
        times = race(
            [
                Contender("warm", lambda d=data: msglint.check(d), calls=30),
                Contender("first", lambda f=fresh: msglint.check(next(f)), calls=30),
                Contender("floor", lambda d=data: msgspec.json.decode(d), calls=30),
            ],
            rounds=rounds,
            budget=20,
        )
        size = f"{len(data) / 1024:.0f} KiB"
        rows += [
            _row(
                f"msglint.check {name} ({size}) vs parse floor",
                times["warm"],
                times["floor"],
                "<= 2.5x floor",
                kind="floor",
            ),
            _row(
                "  first sight (every tool schema new) vs parse floor",
                times["first"],
                times["floor"],
                "<= 6x floor",
                kind="floor",
            ),
        ]
        facts[f"lint_{name}_bytes"] = len(data)
    batch = _batch_with_own_tools(2_000 if quick else 10_000)
    lines = batch.count(b"\n")

    def lint_batch() -> None:
        _cache.clear_all()  # as a new process would meet the file
        assert all(d.severity != "error" for d in msglint.check(batch, endpoint="batch-jsonl"))

    def parse_batch() -> None:
        for line in batch.splitlines():
            msgspec.json.decode(line)

    times = race(
        [Contender("lint", lint_batch, ops=lines), Contender("floor", parse_batch, ops=lines)],
        rounds=2 if quick else 3,
        budget=60,
    )
    rows.append(
        _row(
            f"msglint batch, {lines} lines, 1/4 with a tool schema of their own, per line"
            " vs parse floor",
            times["lint"],
            times["floor"],
            "<= 6x floor",
            kind="floor",
        )
    )
    return rows, facts


def _row(case: str, ours: float, theirs: float, target: str | None, **extra: Any) -> Row:
    return {
        "case": case,
        "ours": ours,
        "theirs": theirs,
        "unit": "payload",
        "speedup": theirs / ours,
        "target": target,
        **extra,
    }


_PARSE_ONLY = """
import sys, msgspec
decode = msgspec.json.decode
with open(sys.argv[1], "rb") as f:
    for line in f:
        if line.strip():
            decode(line)
"""


def _cli_row(quick: bool) -> Row:
    """msglint on a 10,000-request batch file vs a process that only parses each line."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "batch.jsonl"
        with path.open("wb") as out:
            for i in range(10_000):
                params = agent_conversation() if i % 10 == 0 else chat()
                params["messages"] = params["messages"][:5]
                out.write(json.dumps({"custom_id": f"req-{i}", "params": params}).encode() + b"\n")
        script = Path(tmp) / "parse_only.py"
        script.write_text(_PARSE_ONLY)
        runs = 2 if quick else 3
        # Like an installed package, both sides import from a warm bytecode cache.
        env = dict(os.environ, PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)

        def once(cmd: list[str]) -> float:
            t0 = time.perf_counter()
            done = subprocess.run(cmd, capture_output=True, check=False, env=env)
            elapsed = time.perf_counter() - t0
            assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
            return elapsed

        lint_cmd = [sys.executable, "-m", "msglint", "--isolated", str(path)]
        parse_cmd = [sys.executable, str(script), str(path)]
        once(lint_cmd), once(parse_cmd)  # warm the bytecode cache and the page cache
        # Alternate the two so that a slow moment of a shared machine hits both alike.
        pairs = [(once(lint_cmd), once(parse_cmd)) for _ in range(runs + 2)]
        ours = statistics.median(p[0] for p in pairs)
        floor = statistics.median(p[1] for p in pairs)
        size = path.stat().st_size
    return _row(
        f"msglint CLI on a 10,000-request JSONL ({size / 2**20:.0f} MiB) vs parse-only process",
        ours,
        floor,
        "<= 3x floor",
        kind="floor",
        unit="file",
    )


if __name__ == "__main__":
    rows, _ = bench_lint("--quick" in sys.argv)
    for row in rows:
        ratio = row["ours"] / row["theirs"] if row.get("kind") == "floor" else row["speedup"]
        ours, theirs = row["ours"] * 1e6, row["theirs"] * 1e6
        print(f"{row['case']:80} {ours:10.1f}us {theirs:10.1f}us {ratio:8.2f}")
