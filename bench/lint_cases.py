"""Linter benchmarks (issue 12): ``msglint.check`` against the parse floor and the peers a user
would pick, on the payload shapes users send; and the ``msglint`` CLI on a batch file against a
process that only parses each line.

Every payload is measured:

- **warm**: interleaved rounds in this process, against the parse floor (untyped
  ``msgspec.json.decode`` of the same bytes);
- **first sight**: the first ``msglint.check`` in a fresh interpreter that has imported msglint and
  msgspec, against the first ``msgspec.json.decode`` of the same bytes in an identical fresh
  interpreter (one measurement per process, the two kinds alternating, median of several). Each
  side pays its own cold start (lazily built decoders, compiled schemas, first touches of memory);
  neither sees bytes the other has warmed. Requests with tools are also measured in this process
  with every tool schema new (a nonce in each), the cost a long-lived server pays per new tool set;
- **peers**: pydantic ``TypeAdapter`` over the official SDK's request type both ways
  (``validate_json`` on the bytes, ``validate_python`` on ``json.loads`` output; pydantic validates
  the SDK's ``Iterable[...]`` fields lazily, so its result is drained, every nested iterator
  consumed), jsonschema-rs and jsonschema (Python) over the schema pydantic derives from that type,
  after a ``msgspec.json.decode``. On payloads with errors each peer reports all it finds
  (pydantic's ValidationError, ``iter_errors`` drained), as msglint does.

The payloads with diagnostics are clean ones with one change each, measured against the clean
payload's time too (interleaved in the same rounds).
"""

from __future__ import annotations

import base64
import copy
import importlib.util
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
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


def _text(words: int, rng: random.Random = _RNG) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words))


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
        "model": payloads.AGENT_MODEL,
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
        "model": payloads.CHAT_MODEL,
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


# --------------------------------------------------------------------------- the payload suite


def deprecated_model() -> tuple[str, str]:
    """A model the registry calls deprecated (not retired) today, and the warning it draws:
    ``W272``. On a day no model is in that window, an id msglint does not know (``W270``)."""
    from msgtypes._model_registry import MODELS, status

    for spec in MODELS:
        if status(spec) == "deprecated" and (spec.max_output_tokens or 0) >= 16_000:
            return spec.id, "W272"
    return "claude-opus-9-9", "W270"


def _last_result(body: dict[str, Any]) -> dict[str, Any]:
    block: dict[str, Any] = body["messages"][-1]["content"][0]
    assert block["type"] == "tool_result"
    return block


def _with_model(body: dict[str, Any]) -> None:
    body["model"] = deprecated_model()[0]


def _with_input_mismatch(body: dict[str, Any]) -> None:
    """The last recorded tool call sends a number where its schema wants a string."""
    call = body["messages"][-2]["content"][-1]
    assert call["type"] == "tool_use"
    key = next(k for k, v in call["input"].items() if isinstance(v, str))
    call["input"][key] = 12345


def _with_structural_error(body: dict[str, Any]) -> None:
    """The last tool result's content is one text block without the array around it."""
    result = _last_result(body)
    result["content"] = {"type": "text", "text": result["content"]}


def _with_four_errors(body: dict[str, Any]) -> None:
    """Two structural errors (a content object, a cache_control type typo) and two semantic
    ones (max_tokens above the model's limit, a tool name defined twice)."""
    _with_structural_error(body)
    body["messages"][0] = {
        "role": "user",
        "content": [
            {
                "type": "text",
                "text": body["messages"][0]["content"],
                "cache_control": {"type": "ephemral"},
            }
        ],
    }
    body["max_tokens"] = 200_000
    body["tools"][7]["name"] = body["tools"][3]["name"]


@dataclass(frozen=True)
class Case:
    """One payload of the suite: how to build it, the diagnostic codes it must draw (sorted),
    and, for a variant, the clean payload it changes and the target against that one's time."""

    name: str
    build: Callable[[], dict[str, Any]]
    expect: tuple[str, ...] = ()
    clean: str | None = None
    change: Callable[[dict[str, Any]], None] | None = None
    target: str | None = None
    tools: bool = False


CLEAN = [
    Case("long chat", chat),
    Case("agent conversation", agent_conversation, tools=True),
    Case("thinking agent (signatures, redacted block)", payloads.thinking_agent, tools=True),
    Case("vision, 4 images", payloads.vision_chat),
    Case("document (PDF) + image", document_question),
    Case("pydantic tools agent", payloads.pydantic_agent, tools=True),
    Case("MCP request, 100 tools", payloads.mcp_request, tools=True),
]
_MCP = "MCP request, 100 tools"
_PYD = "pydantic tools agent"
VARIANTS = [
    Case(f"{_PYD}, deprecated model (1 warning)", payloads.pydantic_agent, clean=_PYD,
         change=_with_model, target="<= 1.2x clean"),
    Case(f"{_MCP}, deprecated model (1 warning)", payloads.mcp_request, clean=_MCP,
         change=_with_model, target="<= 1.2x clean"),
    Case(f"{_MCP}, tool input mismatch at the end (1 warning)", payloads.mcp_request,
         expect=("W224",), clean=_MCP, change=_with_input_mismatch, target="<= 1.2x clean"),
    Case(f"{_MCP}, 1 structural error", payloads.mcp_request, expect=("E102",), clean=_MCP,
         change=_with_structural_error, target="<= 3x clean"),
    Case(f"{_MCP}, 4 errors", payloads.mcp_request, expect=("E102", "E104", "E220", "E273"),
         clean=_MCP, change=_with_four_errors),
]  # fmt: skip


def _encode(case: Case) -> bytes:
    body = case.build()
    if case.change is not None:
        case.change(body)
    return json.dumps(body).encode()


def _expected(case: Case) -> tuple[str, ...]:
    if case.change is _with_model:
        return (deprecated_model()[1],)
    return case.expect


def _assert_draws(case: Case, data: bytes) -> None:
    """The payload draws exactly the diagnostics it is meant to (a clean payload none): a bench
    of a different path than the one named would be worthless."""
    got = tuple(sorted(d.code for d in msglint.check(data)))
    if got != _expected(case):
        raise AssertionError(
            f"bench payload {case.name!r} draws {got}, expected {_expected(case)}; if the model"
            " registry moved on (a bench model deprecated), pick a current model in"
            " bench/payloads.py (AGENT_MODEL, CHAT_MODEL, THINKING_MODEL)"
        )


# --------------------------------------------------------------------------- peers


class Peers:
    """The validators a user would pick instead, over the official SDK's request type."""

    def __init__(self) -> None:
        import jsonschema
        import jsonschema_rs
        import pydantic
        from anthropic.types.message_create_params import MessageCreateParamsNonStreaming

        self.adapter = pydantic.TypeAdapter(MessageCreateParamsNonStreaming)
        self.error = pydantic.ValidationError
        schema = self.adapter.json_schema()
        self.slow = jsonschema.Draft202012Validator(schema)
        self.fast = jsonschema_rs.validator_for(schema)

    def contenders(self, data: bytes, clean: bool) -> list[Contender]:
        """pydantic both ways and jsonschema-rs on ``data`` (jsonschema: :meth:`slow_one`)."""
        adapter, error, fast = self.adapter, self.error, self.fast

        def py_json() -> object:
            try:
                return _drain(adapter.validate_json(data), json.loads(data))
            except error as exc:
                return exc.errors()

        def py_python() -> object:
            value = json.loads(data)
            try:
                return _drain(adapter.validate_python(value), value)
            except error as exc:
                return exc.errors()

        def rs() -> object:
            value = msgspec.json.decode(data)
            return fast.is_valid(value) if clean else list(fast.iter_errors(value))

        return [
            Contender("pydantic json", py_json, calls=5),
            Contender("pydantic python", py_python, calls=5),
            Contender("jsonschema-rs", rs, calls=30),
        ]

    def slow_one(self, data: bytes, clean: bool, quick: bool) -> float:
        """jsonschema (Python) on ``data``: so slow that a few calls are enough."""
        slow = self.slow

        def run() -> object:
            value = msgspec.json.decode(data)
            return slow.is_valid(value) if clean else list(slow.iter_errors(value))

        times = race([Contender("jsonschema", run, calls=3)], rounds=2 if quick else 3, budget=6)
        return times["jsonschema"]

    def check_clean(self, data: bytes) -> None:
        """Every peer accepts a clean payload (else it would be timing an error path)."""
        value = json.loads(data)
        _drain(self.adapter.validate_python(value), value)
        assert self.fast.is_valid(value) and self.slow.is_valid(value)


def _drain(value: Any, source: Any) -> Any:
    """Consume pydantic's lazy iterators (where the JSON had arrays) so everything is validated."""
    if isinstance(source, dict) and isinstance(value, dict):
        return {k: _drain(v, source.get(k)) for k, v in value.items()}
    if isinstance(source, list):
        return [_drain(v, s) for v, s in zip(value, source, strict=False)]
    return value


# --------------------------------------------------------------------------- first sight

_FIRST_SIGHT = """
import sys, time
t0 = time.perf_counter()
import msgspec, msglint
imported = time.perf_counter() - t0
kind, path, warm_up = sys.argv[1], sys.argv[2], sys.argv[3:]
with open(path, "rb") as f:
    data = f.read()
run = msglint.check if kind == "lint" else msgspec.json.decode
if warm_up:
    run(warm_up[0].encode())
t0 = time.perf_counter()
run(data)
print(time.perf_counter() - t0, imported)
"""

#: What a process has seen before the payload in the "first sight" rows: one small request.
_WARM_UP = json.dumps(
    {
        "model": payloads.CHAT_MODEL,
        "max_tokens": 256,
        "messages": [{"role": "user", "content": "Say hello."}],
    }
)


class FreshProcesses:
    """First sight in fresh interpreters, one timed call per process (msglint's or the parse
    floor's, alternating), median of several:

    - *cold start*: the process's first call, what a one-shot CLI run pays (lazily built
      decoders, rule tables, first touches of memory);
    - *first sight*: the first call on this payload after one small request went through the same
      process (the same request on both sides), what a server pays for a payload shape, tool set
      or media type it has not seen yet.
    """

    def __init__(self, tmp: Path, quick: bool) -> None:
        self.tmp = tmp
        self.runs = 2 if quick else 5
        self.cold_runs = 1 if quick else 3
        self.script = tmp / "first_sight.py"
        self.script.write_text(_FIRST_SIGHT)
        # Like an installed package, every process imports from a warm bytecode cache.
        self.env = dict(os.environ, PYTHONPYCACHEPREFIX=str(tmp / "pycache"))
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        self.imports: list[float] = []

    def _once(self, kind: str, path: Path, *warm_up: str) -> float:
        out = subprocess.run(
            [sys.executable, str(self.script), kind, str(path), *warm_up],
            capture_output=True,
            check=True,
            env=self.env,
            text=True,
        ).stdout.split()
        self.imports.append(float(out[1]))
        return float(out[0])

    def _pairs(self, path: Path, runs: int, *warm_up: str) -> tuple[float, float]:
        pairs = [
            (self._once("lint", path, *warm_up), self._once("parse", path, *warm_up))
            for _ in range(runs)
        ]
        return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)

    def measure(self, data: bytes) -> dict[str, tuple[float, float]]:
        """Median seconds of msglint.check and of the parse floor, ``first`` and ``cold``."""
        path = self.tmp / "payload.json"
        path.write_bytes(data)
        if not self.imports:
            self._once("lint", path)  # fill the bytecode cache
        return {
            "first": self._pairs(path, self.runs, _WARM_UP),
            "cold": self._pairs(path, self.cold_runs),
        }


def _first_sight_copies(data: bytes, count: int) -> list[bytes]:
    """``count`` copies of a request whose tool schemas differ from every other copy's (a nonce in
    each schema's description), so each copy meets every cache of the linter cold."""
    base = json.loads(data)
    copies = []
    for i in range(count):
        for tool in base["tools"]:
            tool["input_schema"]["description"] = f"copy {i}"
        copies.append(json.dumps(base).encode())
    return copies


# --------------------------------------------------------------------------- the suite


def bench_lint(quick: bool) -> tuple[list[Row], dict[str, Any]]:
    """Every payload of the suite warm, on first sight and against the peers; then the batches."""
    peers = Peers()
    rows: list[Row] = []
    facts: dict[str, Any] = {"lint_deprecated_model": deprecated_model()[0]}
    clean_data: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory() as tmp:
        fresh = FreshProcesses(Path(tmp), quick)
        for case in [*CLEAN, *VARIANTS]:
            data = _encode(case)
            _assert_draws(case, data)
            if case.clean is None:
                peers.check_clean(data)
                clean_data[case.name] = data
            rows += _bench_case(case, data, clean_data.get(case.clean or ""), peers, fresh, quick)
            facts[f"lint_{case.name}_bytes"] = len(data)
        facts["lint_import_seconds_median"] = statistics.median(fresh.imports)
    rows += _peer_summary(rows)
    rows += cli_rows(quick)
    rows.append(_own_tools_batch_row(quick))
    return rows, facts


def _bench_case(
    case: Case,
    data: bytes,
    clean: bytes | None,
    peers: Peers,
    fresh: FreshProcesses,
    quick: bool,
) -> list[Row]:
    rounds = 3 if quick else 7
    contenders = [
        # Each round repeats a call enough times to last a few milliseconds, so one
        # contender's cache-cold first call does not decide its time.
        Contender("lint", lambda: msglint.check(data), calls=30),
        Contender("floor", lambda: msgspec.json.decode(data), calls=30),
        *peers.contenders(data, clean is None),
    ]
    if clean is not None:
        contenders.append(Contender("clean", lambda: msglint.check(clean), calls=30))
    if case.tools and clean is None:
        copies = iter(_first_sight_copies(data, 30 * (rounds + 1)))
        contenders.append(Contender("new tools", lambda: msglint.check(next(copies)), calls=30))
    times = race(contenders, rounds=rounds, budget=6 if quick else 12)
    fresh_times = fresh.measure(data)
    lint = times["lint"]
    size = f"{len(data) / 1024:.0f} KiB"
    rows = [
        _row(
            f"msglint.check {case.name} ({size}) vs parse floor",
            lint,
            times["floor"],
            "<= 2.5x floor" if clean is None else None,
            kind="floor",
            payload=case.name,
        )
    ]
    if clean is not None:
        rows.append(
            _row("  vs the same request clean", lint, times["clean"], case.target, kind="floor")
        )
    rows += [
        _row(
            f"  first sight, fresh process after one small request (median of {fresh.runs})"
            " vs the same for the parse floor",
            *fresh_times["first"],
            "<= 6x floor" if clean is None else None,
            kind="floor",
        ),
        _row(
            f"  cold start: a fresh process's first call (median of {fresh.cold_runs})"
            " vs the same for the parse floor",
            *fresh_times["cold"],
            None,
            kind="floor",
        ),
    ]
    if "new tools" in times:
        rows.append(
            _row(
                "  first sight, every tool schema new (in process) vs parse floor",
                times["new tools"],
                times["floor"],
                "<= 6x floor",
                kind="floor",
            )
        )
    peer_rows = [
        ("pydantic TypeAdapter.validate_json (SDK type)", times["pydantic json"], ">= 2x"),
        ("pydantic TypeAdapter.validate_python(json.loads)", times["pydantic python"], ">= 2x"),
        ("jsonschema-rs (pydantic's schema)", times["jsonschema-rs"], None),
        ("jsonschema (pydantic's schema)", peers.slow_one(data, clean is None, quick), ">= 100x"),
    ]
    for label, theirs, target in peer_rows:
        peer = label.split(" (")[0]
        rows.append(_row(f"  vs {label}", lint, theirs, target, peer=peer, payload=case.name))
    return rows


def _peer_summary(rows: list[Row]) -> list[Row]:
    """One row per peer: the range (min..max) of its time / msglint's over the whole suite."""
    out = []
    for peer in sorted({r["peer"] for r in rows if "peer" in r}, key=str.lower):
        ratios = [r["speedup"] for r in rows if r.get("peer") == peer]
        worst = min(rows, key=lambda r: r["speedup"] if r.get("peer") == peer else float("inf"))
        out.append(
            {
                **worst,
                "case": f"suite range vs {peer}: {min(ratios):.1f}x..{max(ratios):.1f}x"
                f" ({len(ratios)} payloads; row = the least favourable)",
                "summary": True,
                "low": min(ratios),
                "high": max(ratios),
            }
        )
    return out


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


# --------------------------------------------------------------------------- batches


def _own_tools_batch(lines: int) -> bytes:
    """A batch file whose requests share the pydantic tools, except every fourth one, which
    brings a tool schema of its own (a nonce in it) and calls it."""
    shared = payloads.pydantic_agent()
    shared["messages"] = shared["messages"][:5]
    out = []
    for i in range(lines):
        params = copy.deepcopy(shared)
        if i % 4 == 0:
            tool = params["tools"][1]
            tool["input_schema"]["description"] = f"line {i}"
        out.append(json.dumps({"custom_id": f"req-{i}", "params": params}).encode())
    return b"\n".join(out) + b"\n"


def _own_tools_batch_row(quick: bool) -> Row:
    """msglint.check on a batch whose lines sometimes bring their own tool schema, caches emptied
    first (as a new process meets the file), per line against the parse floor."""
    batch = _own_tools_batch(2_000 if quick else 10_000)
    lines = batch.count(b"\n")

    def lint_batch() -> None:
        _cache.clear_all()
        assert all(d.severity != "error" for d in msglint.check(batch, endpoint="batch-jsonl"))

    def parse_batch() -> None:
        for line in batch.splitlines():
            msgspec.json.decode(line)

    times = race(
        [Contender("lint", lint_batch, ops=lines), Contender("floor", parse_batch, ops=lines)],
        rounds=2 if quick else 3,
        budget=60,
    )
    return _row(
        f"msglint batch, {lines} lines, 1/4 with a tool schema of their own, per line"
        " vs parse floor",
        times["lint"],
        times["floor"],
        "<= 6x floor",
        kind="floor",
    )


def _peak(runs: list[tuple[float, int | None]]) -> int | None:
    sizes = [rss for _, rss in runs if rss is not None]
    return max(sizes) if sizes else None


def _batch_file_script() -> Any:
    """scripts/batch_file.py, the realistic batch-file writer (chats, tool agents over repeated
    tool sets, pydantic-made schemas, vision with real PNGs)."""
    path = Path(__file__).resolve().parents[1] / "scripts" / "batch_file.py"
    spec = importlib.util.spec_from_file_location("batch_file", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_batches(folder: Path, lines: int) -> tuple[Path, Path]:
    """Two batch files of ``lines`` requests (about 2.56 KB each): clean, and the same mix with
    one warning per line (a deprecated model on every line)."""
    script = _batch_file_script()
    size = lines * script.TARGET_BYTES // script.TARGET_LINES
    clean, warned = folder / "batch.jsonl", folder / "batch-warn.jsonl"
    script.write_batch(clean, lines, size)
    script.write_batch(warned, lines, size, warning=True)
    return clean, warned


#: A process that only parses each line of a JSONL file (the batch rows' floor).
PARSE_ONLY = """
import sys, msgspec
decode = msgspec.json.decode
with open(sys.argv[1], "rb") as f:
    for line in f:
        if line.strip():
            decode(line)
"""


#: GNU time, to read each run's peak resident set from a small parent (a child forked from this
#: large process would report this process's memory as its own peak).
_TIME = "/usr/bin/time"


def _run(cmd: list[str], env: dict[str, str], folder: Path) -> tuple[float, int | None]:
    """Wall seconds of ``cmd`` and its peak resident set in bytes (the largest process of its
    tree; None without GNU time). Output goes to a file, as a user would redirect it."""
    report = folder / "rss.txt"
    measured = os.path.exists(_TIME)
    wrapped = [_TIME, "-f", "%M", "-o", str(report), *cmd] if measured else cmd
    with (folder / "out.txt").open("wb") as sink:
        t0 = time.perf_counter()
        done = subprocess.run(wrapped, stdout=sink, stderr=subprocess.PIPE, env=env, check=False)
        elapsed = time.perf_counter() - t0
    assert done.returncode == 0, done.stderr[-2000:]
    rss = int(report.read_text().split()[-1]) * 1024 if measured else None
    return elapsed, rss


def cli_rows(quick: bool) -> list[Row]:
    """The msglint CLI on a 100,000-request batch file (quick: 10,000) with one and two jobs,
    clean and with a warning on every line, against a process that only parses each line."""
    lines = 10_000 if quick else 100_000
    runs = 1 if quick else 2
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = write_batches(folder, lines)
        script = folder / "parse_only.py"
        script.write_text(PARSE_ONLY)
        env = dict(os.environ, PYTHONPYCACHEPREFIX=str(folder / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        lint = [sys.executable, "-m", "msglint", "--isolated"]
        commands = {
            "jobs 1": [*lint, "--jobs", "1"],
            "jobs 2": [*lint, "--jobs", "2"],
            "parse": [sys.executable, str(script)],
        }
        # Warm the bytecode cache (a small file) and the page cache (parse both files once).
        small = folder / "small.jsonl"
        small.write_bytes(b"".join(files[0].open("rb").readlines()[:50]))
        _run([*commands["jobs 2"], str(small)], env, folder)
        for path in files:
            _run([*commands["parse"], str(path)], env, folder)
        results: dict[tuple[str, Path], list[tuple[float, int | None]]] = {}
        for _ in range(runs):  # alternate everything so a slow moment hits every command
            for path in files:
                for name, cmd in commands.items():
                    results.setdefault((name, path), []).append(
                        _run([*cmd, str(path)], env, folder)
                    )
        size = files[0].stat().st_size / 2**20
        for path, label in zip(files, ("", ", a warning on every line"), strict=True):
            floor = statistics.median(t for t, _ in results[("parse", path)])
            floor_rss = _peak(results[("parse", path)])
            for name, target in (("jobs 1", "<= 2.5x floor"), ("jobs 2", "<= 1.4x floor")):
                ours = statistics.median(t for t, _ in results[(name, path)])
                rss = _peak(results[(name, path)])
                rows.append(
                    _row(
                        f"msglint CLI --{name} on {lines:,} requests"
                        f" ({size:.0f} MiB){label} vs parse-only process (wall)",
                        ours,
                        floor,
                        target,
                        kind="floor",
                        unit="file",
                        rss_ours=rss,
                        rss_floor=floor_rss,
                    )
                )
    return rows


if __name__ == "__main__":
    rows, _ = bench_lint("--quick" in sys.argv)
    for row in rows:
        ratio = row["ours"] / row["theirs"] if row.get("kind") == "floor" else row["speedup"]
        ours, theirs = row["ours"] * 1e6, row["theirs"] * 1e6
        print(f"{row['case']:80} {ours:10.1f}us {theirs:10.1f}us {ratio:8.2f}")
