"""Each lint rule on valid and invalid payloads (engine level, no CLI)."""

from __future__ import annotations

import base64
import copy
import json
import struct
import zlib
from datetime import date
from pathlib import Path
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import msgtypes
from msglint.engine import BODY_TYPES, check_text, check_value
from msgtypes.versions import LEGACY_API_VERSION

#: The seeds' era: the models in the examples are current then (tests must not age).
TODAY = date(2025, 12, 1)
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "requests"


def png(width: int, height: int) -> str:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    data = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk))
    return base64.b64encode(data).decode()


JPEG = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00").decode()

BASE: dict[str, Any] = {
    "model": "claude-sonnet-4-5-20250929",
    "max_tokens": 1024,
    "messages": [{"role": "user", "content": "Hello"}],
}
WEATHER = {
    "name": "get_weather",
    "input_schema": {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
    },
}
TOOL_TURNS = [
    {"role": "user", "content": "Weather in Paris?"},
    {
        "role": "assistant",
        "content": [
            {"type": "text", "text": "Checking."},
            {"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {"city": "Paris"}},
        ],
    },
    {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "Sunny"}]},
]


def run(
    payload: dict[str, Any],
    endpoint: str = "messages",
    betas: tuple[str, ...] = (),
    api_version: str = LEGACY_API_VERSION,
) -> list[str]:
    """Codes and pointers found. The cases here are the rules of API version 2023-06-01 (which
    still takes the sampling parameters); tests/lint_rules/test_versions.py covers the rest."""
    data = json.dumps(payload).encode()
    found = check_text(data, endpoint, frozenset(betas), today=TODAY, api_version=api_version)
    if found is None:
        found = check_value(
            json.loads(data),
            endpoint,
            frozenset(betas),
            size=len(data),
            today=TODAY,
            api_version=api_version,
        )
    return [f"{d.code}:{d.path}" for d in found]


def codes(payload: dict[str, Any], **kwargs: Any) -> set[str]:
    return {item.split(":")[0] for item in run(payload, **kwargs)}


def with_(**changes: Any) -> dict[str, Any]:
    payload = copy.deepcopy(BASE)
    payload.update(changes)
    return payload


# ----------------------------------------------------------------------------- no false positives

VALID: list[tuple[str, dict[str, Any], tuple[str, ...]]] = [
    ("hello", BASE, ()),
    ("tools", with_(tools=[WEATHER], messages=TOOL_TURNS), ()),
    ("system blocks + cache", with_(system=[{"type": "text", "text": "Be brief.",
                                             "cache_control": {"type": "ephemeral", "ttl": "1h"}}]), ()),
    ("thinking", with_(max_tokens=8000, thinking={"type": "enabled", "budget_tokens": 2048},
                       tool_choice={"type": "auto"}, temperature=1), ()),
    ("image", with_(messages=[{"role": "user", "content": [
        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": png(64, 64)}},
        {"type": "text", "text": "What is this?"}]}]), ()),
    ("prefill", with_(messages=[{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]), ()),
    ("thinking tool loop", with_(max_tokens=8000, thinking={"type": "enabled", "budget_tokens": 2048},
                                 tools=[WEATHER], messages=[
        # an earlier, finished loop whose thinking was left out: not checked
        TOOL_TURNS[0], TOOL_TURNS[1], TOOL_TURNS[2],
        {"role": "assistant", "content": "Sunny in Paris."},
        # the loop in progress: opened with thinking; its second call has none (not interleaved)
        {"role": "user", "content": "And in Rome?"},
        {"role": "assistant", "content": [
            {"type": "thinking", "thinking": "Look it up.", "signature": "c2ln"},
            {"type": "tool_use", "id": "toolu_2", "name": "get_weather", "input": {"city": "Rome"}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_2", "content": "?"}]},
        {"role": "assistant", "content": [
            {"type": "tool_use", "id": "toolu_3", "name": "get_weather", "input": {"city": "Roma"}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_3", "content": "Warm"}]},
    ]), ()),
    ("mcp with beta", with_(mcp_servers=[{"type": "url", "name": "docs", "url": "https://mcp.example.com"}],
                            tools=[{"type": "mcp_toolset", "mcp_server_name": "docs"}]),
     ("mcp-client-2025-11-20",)),
    ("web search", with_(tools=[{"type": "web_search_20250305", "name": "web_search", "max_uses": 3}]), ()),
]


@pytest.mark.parametrize(("name", "payload", "betas"), VALID, ids=[v[0] for v in VALID])
def test_valid_payloads_have_no_diagnostics(name: str, payload: dict[str, Any], betas: tuple[str, ...]) -> None:
    assert run(payload, betas=betas) == []


@pytest.mark.parametrize("path", sorted(p for p in EXAMPLES.glob("*.json") if p.name != "mistakes.json"))
def test_bundled_examples_are_clean(path: Path) -> None:
    data = path.read_bytes()
    found = check_text(data, "messages", frozenset(), today=TODAY)
    assert found is not None and [d for d in found if d.severity == "error"] == []


def test_bundled_batch_lines_are_clean() -> None:
    for line in (EXAMPLES / "batch.jsonl").read_bytes().splitlines():
        assert check_text(line, "batch-jsonl", frozenset(), today=TODAY) == []


# ----------------------------------------------------------------------------- invalid payloads

INVALID: list[tuple[str, dict[str, Any], str, tuple[str, ...]]] = [
    ("unknown field", with_(temprature=0.5), "E100:/temprature", ()),
    ("missing max_tokens", {k: v for k, v in BASE.items() if k != "max_tokens"}, "E101:", ()),
    ("wrong type", with_(max_tokens="1024"), "E102:/max_tokens", ()),
    ("developer role", with_(messages=[{"role": "developer", "content": "x"}]), "E103:/messages/0/role", ()),
    ("unknown block", with_(messages=[{"role": "user", "content": [{"type": "txt", "text": "x"}]}]),
     "E104:/messages/0/content/0/type", ()),
    ("range", with_(temperature=2), "E105:/temperature", ()),
    ("empty messages", with_(messages=[]), "E106:/messages", ()),
    ("tool name", with_(tools=[{**WEATHER, "name": "get weather"}]), "E107:/tools/0/name", ()),
    ("null", with_(tools=None), "E108:/tools", ()),
    # A tagged Struct on its own decodes in msgspec without its tag; the API wants the tag.
    ("system block without type", with_(system=[{"text": "Be brief."}]), "E101:/system/0", ()),
    ("cache_control without type", with_(system=[{"type": "text", "text": "x", "cache_control": {}}]),
     "E101:/system/0/cache_control", ()),
    ("system block of another type", with_(system=[{"type": "image", "text": "x"}]),
     "E104:/system/0/type", ()),
    ("empty text", with_(messages=[{"role": "user", "content": [{"type": "text", "text": " "}]}]),
     "E200:/messages/0/content/0/text", ()),
    ("prefill space", with_(messages=[{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "So "}]),
     "E201:/messages/1/content", ()),
    ("empty turn", with_(messages=[{"role": "user", "content": []}, {"role": "user", "content": "x"}]),
     "E202:/messages/0/content", ()),
    ("tool_use in user", with_(messages=[{"role": "user", "content": [
        {"type": "tool_use", "id": "toolu_1", "name": "f", "input": {}}]}]), "W203:/messages/0/content/0", ()),
    ("orphan result", with_(messages=[TOOL_TURNS[0], {"role": "assistant", "content": "ok"},
                                      TOOL_TURNS[2]]), "E210:/messages/2/content/0/tool_use_id", ()),
    ("unanswered", with_(messages=[*TOOL_TURNS[:2], {"role": "user", "content": "and?"}]),
     "E211:/messages/1/content/1", ()),
    ("duplicate id", with_(tools=[WEATHER], messages=[*TOOL_TURNS, TOOL_TURNS[1], TOOL_TURNS[2]]),
     "E212:/messages/3/content/1/id", ()),
    ("result not first", with_(messages=[*TOOL_TURNS[:2], {"role": "user", "content": [
        {"type": "text", "text": "here"}, {"type": "tool_result", "tool_use_id": "toolu_1"}]}]),
     "E213:/messages/2/content/1", ()),
    ("duplicate tool", with_(tools=[WEATHER, WEATHER]), "E220:/tools/1/name", ()),
    ("long tool name", with_(tools=[{**WEATHER, "name": "x" * 70}]), "W221:/tools/0/name", ()),
    ("choice unknown", with_(tools=[WEATHER], tool_choice={"type": "tool", "name": "get_wether"}),
     "W222:/tool_choice/name", ()),
    ("bad schema", with_(tools=[{"name": "f", "input_schema": {"type": "object", "properties": {"q": {"type": "text"}}}}]),
     "E223:/tools/0/input_schema", ()),
    ("schema not object", with_(tools=[{"name": "f", "input_schema": {"type": "string"}}]),
     "E223:/tools/0/input_schema/type", ()),
    ("history input", with_(tools=[WEATHER], messages=[TOOL_TURNS[0], {"role": "assistant", "content": [
        {"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {"city": 7}}]}, TOOL_TURNS[2]]),
     "W224:/messages/1/content/0/input", ()),
    ("output schema", with_(output_format={"type": "json_schema", "schema": {"type": "objekt"}}),
     "E225:/output_format/schema", ("structured-outputs-2025-11-13",)),
    ("domains", with_(tools=[{"type": "web_search_20250305", "name": "web_search",
                              "allowed_domains": ["a.com"], "blocked_domains": ["b.com"]}]),
     "E226:/tools/0/blocked_domains", ()),
    ("mcp ref", with_(mcp_servers=[{"type": "url", "name": "docs", "url": "https://x.example"}],
                      tools=[{"type": "mcp_toolset", "mcp_server_name": "wiki"}]),
     "W227:/tools/0/mcp_server_name", ("mcp-client-2025-11-20",)),
    ("all deferred", with_(tools=[{**WEATHER, "defer_loading": True}]), "E228:/tools",
     ("advanced-tool-use-2025-11-20",)),
    ("budget", with_(thinking={"type": "enabled", "budget_tokens": 2048}), "E230:/thinking/budget_tokens", ()),
    ("thinking temperature", with_(max_tokens=4096, temperature=0.3,
                                   thinking={"type": "enabled", "budget_tokens": 2048}), "E231:/temperature", ()),
    ("thinking top_k", with_(max_tokens=4096, top_k=5, thinking={"type": "enabled", "budget_tokens": 2048}),
     "E232:/top_k", ()),
    ("thinking top_p", with_(max_tokens=4096, top_p=0.5, thinking={"type": "enabled", "budget_tokens": 2048}),
     "W233:/top_p", ()),
    ("thinking forced", with_(max_tokens=4096, tools=[WEATHER], tool_choice={"type": "any"},
                              thinking={"type": "enabled", "budget_tokens": 2048}), "E234:/tool_choice", ()),
    ("thinking prefill", with_(max_tokens=4096, thinking={"type": "enabled", "budget_tokens": 2048},
                               messages=[{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "So"}]),
     "E235:/messages/1/content", ()),
    # user -> assistant [tool_use] -> user [tool_result]: the loop's assistant message lost its
    # thinking (the API: "messages.1.content.0.type: Expected `thinking` or `redacted_thinking`").
    ("thinking loop lost", with_(max_tokens=4096, thinking={"type": "enabled", "budget_tokens": 2048},
                                 tools=[WEATHER], messages=TOOL_TURNS),
     "E235:/messages/1/content/0", ()),
    ("thinking loop lost, two calls in", with_(
        max_tokens=4096, thinking={"type": "enabled", "budget_tokens": 2048}, tools=[WEATHER],
        messages=[*TOOL_TURNS, {"role": "assistant", "content": [
            {"type": "thinking", "thinking": "again", "signature": "c2ln"},
            {"type": "tool_use", "id": "toolu_2", "name": "get_weather", "input": {"city": "Lyon"}}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_2", "content": "Rain"}]}]),
     "E235:/messages/1/content/0", ()),
    ("unsigned", with_(messages=[{"role": "user", "content": "Hi"}, {"role": "assistant", "content": [
        {"type": "thinking", "thinking": "hm", "signature": ""}, {"type": "text", "text": "ok"}]},
        {"role": "user", "content": "more"}]), "E236:/messages/1/content/0/signature", ()),
    ("thinking last", with_(messages=[{"role": "user", "content": "Hi"}, {"role": "assistant", "content": [
        {"type": "thinking", "thinking": "hm", "signature": "s"}]}, {"role": "user", "content": "more"}]),
     "E237:/messages/1/content/0", ()),
    ("breakpoints", with_(system=[{"type": "text", "text": f"part {i}", "cache_control": {"type": "ephemeral"}}
                                  for i in range(5)]), "E240:/system/4/cache_control", ()),
    ("ttl order", with_(system=[{"type": "text", "text": "a", "cache_control": {"type": "ephemeral"}},
                                {"type": "text", "text": "b", "cache_control": {"type": "ephemeral", "ttl": "1h"}}]),
     "E241:/system/1/cache_control/ttl", ()),
    ("cache empty", with_(messages=[{"role": "user", "content": [
        {"type": "text", "text": "", "cache_control": {"type": "ephemeral"}}, {"type": "text", "text": "x"}]}]),
     "E242:/messages/0/content/0/cache_control", ()),
    ("data url", with_(messages=[{"role": "user", "content": [{"type": "image", "source": {
        "type": "base64", "media_type": "image/png", "data": "data:image/png;base64," + png(2, 2)}}]}]),
     "E250:/messages/0/content/0/source/data", ()),
    ("bad base64", with_(messages=[{"role": "user", "content": [{"type": "image", "source": {
        "type": "base64", "media_type": "image/png", "data": "not base64!"}}]}]),
     "E251:/messages/0/content/0/source/data", ()),
    ("mismatch", with_(messages=[{"role": "user", "content": [{"type": "image", "source": {
        "type": "base64", "media_type": "image/png", "data": JPEG}}]}]),
     "E252:/messages/0/content/0/source/media_type", ()),
    ("pdf mismatch", with_(messages=[{"role": "user", "content": [{"type": "document", "source": {
        "type": "base64", "media_type": "application/pdf", "data": png(2, 2)}}]}]),
     "E252:/messages/0/content/0/source/media_type", ()),
    ("too large", with_(messages=[{"role": "user", "content": [{"type": "image", "source": {
        "type": "base64", "media_type": "image/png", "data": png(2, 2) + "A" * (5 * 1024 * 1024)}}]}]),
     "E253:/messages/0/content/0/source/data", ()),
    ("dimensions", with_(messages=[{"role": "user", "content": [{"type": "image", "source": {
        "type": "base64", "media_type": "image/png", "data": png(9000, 10)}}]}]),
     "E255:/messages/0/content/0/source/data", ()),
    ("unknown model", with_(model="claude-sonet-4-5"), "W270:/model", ()),
    ("retired model", with_(model="claude-3-5-sonnet-20241022"), "E271:/model", ()),
    ("max tokens", with_(model="claude-haiku-4-5", max_tokens=100_000), "E273:/max_tokens", ()),
    ("temperature and top_p", with_(temperature=0.5, top_p=0.9), "E274:/top_p", ()),
    ("no thinking model", with_(model="claude-3-haiku-20240307", max_tokens=4000,
                                thinking={"type": "enabled", "budget_tokens": 2048}), "E275:/thinking", ()),
    ("missing beta", with_(context_management={"edits": [{"type": "clear_tool_uses_20250919"}]}),
     "E280:/context_management", ()),
    ("beta tool", with_(tools=[{"type": "advisor_20260301", "name": "advisor", "model": "claude-opus-5-5"}]), "E280:/tools/0/type", ()),
    ("unknown beta", BASE, "W281:", ("prompt-cacheing-2024-07-31",)),
    ("email", with_(metadata={"user_id": "jane@example.com"}), "E290:/metadata/user_id", ()),
]


@pytest.mark.parametrize(("name", "payload", "expected", "betas"), INVALID, ids=[v[0] for v in INVALID])
def test_rule_fires(name: str, payload: dict[str, Any], expected: str, betas: tuple[str, ...]) -> None:
    found = run(payload, betas=betas)
    assert expected in found, found


def test_count_tokens_rejects_max_tokens_with_a_hint() -> None:
    data = json.dumps(BASE).encode()
    assert check_text(data, "count_tokens", frozenset(), today=TODAY) is None
    found = check_value(json.loads(data), "count_tokens", frozenset(), today=TODAY)
    assert [(d.code, d.path) for d in found] == [("E100", "/max_tokens")]
    assert found[0].hint and "count_tokens" in found[0].hint


def test_batch_rules() -> None:
    request = {"custom_id": "a", "params": BASE}
    body = {"requests": [request, request, {"custom_id": "b c", "params": {**BASE, "stream": True}}]}
    found = run(body, endpoint="batch")
    assert "E260:/requests/1/custom_id" in found
    assert "E107:/requests/2/custom_id" in found
    assert "W261:/requests/2/params/stream" in found
    nested = {"requests": [{"custom_id": "a", "params": with_(temperature=3)}]}
    assert run(nested, endpoint="batch") == ["E105:/requests/0/params/temperature"]


def test_unknown_block_type_is_one_diagnostic() -> None:
    payload = with_(messages=[{"role": "user", "content": [{"type": "imag", "source": {}}]}])
    found = run(payload)
    assert found == ["E104:/messages/0/content/0/type"]


def test_every_problem_in_one_run() -> None:
    found = codes(json.loads((EXAMPLES / "mistakes.json").read_text()))
    assert {"E100", "E103", "E107", "E200", "E201", "E230", "E234", "E250"} <= found


def test_retirement_depends_on_the_date() -> None:
    from msglint.engine import Context, _run

    params = msgtypes.convert(with_(model="claude-3-7-sonnet-20250219"), type=msgtypes.MessageCreateParams)
    before = Context("messages", frozenset(), today=date(2025, 11, 1))
    _run(before, params)
    after = Context("messages", frozenset(), today=date(2026, 3, 1))
    _run(after, params)
    assert [d.code for d in before.found] == ["W272"]
    assert [d.code for d in after.found] == ["E271"]


# ----------------------------------------------------------------------------- properties

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5000) | st.floats(-2, 2, allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(
        ["type", "role", "content", "text", "model", "max_tokens", "messages", "tools", "name", "x"]),
        inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(value=_JSON, endpoint=st.sampled_from(sorted(BODY_TYPES)))
def test_structure_walk_never_crashes_and_agrees_with_msgspec(value: Any, endpoint: str) -> None:
    from msglint.rules.structure import check_structure

    found, _ = check_structure(value, BODY_TYPES[endpoint])
    try:
        msgtypes.convert(copy.deepcopy(value), type=BODY_TYPES[endpoint])
        accepted = True
    except msgspec.ValidationError:
        accepted = False
    assert accepted == (found == []), found
    check_value(value, endpoint, frozenset())  # semantic rules on any broken tree: no exception


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(extra=st.dictionaries(st.sampled_from(["top_k", "top_p", "temperature", "stream", "metadata"]),
                             _JSON, max_size=3))
def test_differential_on_mutated_valid_payloads(extra: dict[str, Any]) -> None:
    from msglint.rules.structure import check_structure

    payload = {**copy.deepcopy(BASE), **extra}
    found, _ = check_structure(payload, msgtypes.MessageCreateParams)
    try:
        msgtypes.convert(copy.deepcopy(payload), type=msgtypes.MessageCreateParams)
        accepted = True
    except msgspec.ValidationError:
        accepted = False
    assert accepted == (found == []), found


@settings(max_examples=2000, deadline=None)
@given(text=st.text(alphabet="AB+/=9é \n-_a", max_size=12))
def test_the_media_rule_accepts_exactly_strict_standard_base64(text: str) -> None:
    """The media rule's base64 check (pybase64) accepts exactly what msgspec's strict base64
    decode accepts (what the linter's decode accepted before: whole 4-character groups, padding
    only at the end, nothing after it, which the standard library lets pass as in "9999="), and
    decodes it to the standard library's bytes."""
    from msglint.rules.media import _decode

    try:
        expected: bytes | None = msgspec.json.decode(json.dumps(text).encode(), type=bytes)
    except msgspec.ValidationError:
        expected = None
    assert _decode(text) == expected
    if expected is not None:
        assert expected == base64.b64decode(text, validate=True)


def test_mcp_server_not_https_is_a_warning() -> None:
    payload = with_(mcp_servers=[{"type": "url", "name": "docs", "url": "http://localhost:9/mcp"}])
    assert "W229:/mcp_servers/0/url" in run(payload, betas=("mcp-client-2025-11-20",))


def test_thinking_mode_follows_the_model() -> None:
    today = date(2026, 11, 21)
    adaptive = with_(model="claude-opus-4-7", max_tokens=8000, thinking={"type": "adaptive"})
    budget = with_(model="claude-opus-4-7", max_tokens=8000, thinking={"type": "enabled", "budget_tokens": 2048})
    old = with_(model="claude-opus-4-5-20251101", max_tokens=8000, thinking={"type": "adaptive"})
    deprecated = with_(model="claude-opus-4-6", max_tokens=8000, thinking={"type": "enabled", "budget_tokens": 2048})

    def found(payload: dict[str, Any]) -> list[tuple[str, str]]:
        data = json.dumps(payload).encode()
        result = check_text(data, "messages", frozenset(), today=today) or []
        return [(d.code, d.severity) for d in result]

    assert found(adaptive) == []
    assert found(budget) == [("E277", "error")]
    assert found(old) == [("E277", "error")]
    assert found(deprecated) == [("E277", "warning")]


def _pdf(pages: int) -> str:
    kids = " ".join(f"{3 + i} 0 R" for i in range(pages))
    body = (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        + f"2 0 obj << /Type /Pages /Kids [{kids}] /Count {pages} >> endobj\n".encode()
        + b"".join(f"{3 + i} 0 obj << /Type /Page /Parent 2 0 R >> endobj\n".encode() for i in range(pages))
        + b"%%EOF\n"
    )
    return base64.b64encode(body).decode()


def _with_pdfs(*page_counts: int) -> dict[str, Any]:
    blocks: list[dict[str, Any]] = [
        {"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": _pdf(n)}}
        for n in page_counts
    ]
    return with_(messages=[{"role": "user", "content": [*blocks, {"type": "text", "text": "Compare."}]}])


def test_pdf_page_limit() -> None:
    assert run(_with_pdfs(40, 60)) == []
    assert "E256:/messages/0/content/1/source/data" in run(_with_pdfs(60, 41))
    from msglint._pdf import search_pages

    assert search_pages(base64.b64decode(_pdf(7))) == 7
    assert search_pages(b"%PDF-1.7 compressed object streams only") is None


@settings(max_examples=60, deadline=None)
@given(pages=st.integers(1, 300), padding=st.integers(0, 3000), tail=st.integers(0, 200_000))
def test_page_count_without_decoding_everything(pages: int, padding: int, tail: int) -> None:
    from msglint._pdf import page_count, search_pages

    body = base64.b64decode(_pdf(pages))
    data = body[:9] + b"%" + b"x" * padding + b"\n" + body[9:] + b"%" * tail
    text = base64.b64encode(data).decode()
    assert search_pages(data) == page_count(data) == page_count(text) == pages


def test_the_suite_pins_the_linters_today() -> None:
    """tests/conftest.py pins the day lifecycle rules judge on: claude-sonnet-4-5 stays merely
    deprecated (it retires 2026-11-30), so payloads naming it keep their meaning in CI."""
    import msglint

    found = msglint.check(json.dumps(with_(model="claude-sonnet-4-5")))
    assert [(d.code, d.severity) for d in found] == [("W272", "warning")]
