"""`msglint.check`: inputs, the stages after the decode, placement and order, and never raising."""

from __future__ import annotations

import json
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import msglint
from msglint import _files
from msglint import engine as engine_module
from msglint.diagnostics import Diagnostic
from msglint.rules.batch import BatchFileChecks

Calls = list[tuple[int, Any, str, frozenset[str]]]


@pytest.fixture
def engine(monkeypatch: pytest.MonkeyPatch, no_engine: None) -> tuple[Calls, list[Diagnostic]]:
    """Replace the rules with a recorder of what reaches them (the document's size, its body,
    endpoint and betas), reporting what a test puts in."""
    calls: Calls = []
    report: list[Diagnostic] = []

    def fake(ctx: engine_module.Context, body: Any) -> None:
        calls.append((ctx.size, body, ctx.endpoint, ctx.betas))
        ctx.found.extend(report)

    monkeypatch.setattr(engine_module, "_run", fake)
    return calls, report


def diag(path: str, code: str = "E101", severity: str = "error") -> Diagnostic:
    return msgspec.convert(
        {"code": code, "severity": severity, "path": path, "message": f"problem at {path}"},
        Diagnostic,
    )


PAYLOAD = b"""{
  "model": "m",
  "messages": [
    {"role": "user", "content": "hi"},
    {"role": "bot", "content": ""}
  ],
  "max_tokens": 5
}"""


def test_engine_receives_the_document_and_its_value(engine: tuple[Calls, list[Diagnostic]]) -> None:
    calls, _ = engine
    assert msglint.check(PAYLOAD, endpoint="count_tokens", betas=["b1", "b2", "b1"]) == []
    [(size, value, endpoint, betas)] = calls
    assert size == len(PAYLOAD)
    assert value == msgspec.json.decode(PAYLOAD)
    assert (endpoint, betas) == ("count_tokens", frozenset({"b1", "b2"}))
    msglint.check(b'{"a": 1}', betas="only-one")
    assert calls[-1][3] == frozenset({"only-one"})


def test_engine_not_called_for_unreadable_documents(
    engine: tuple[Calls, list[Diagnostic]],
) -> None:
    calls, _ = engine
    for bad in (b"", b"[1]", b"{", b"\xff", b"[" * 1000):
        assert msglint.check(bad)
    assert calls == []


def test_engine_diagnostics_are_placed_and_ordered(
    engine: tuple[Calls, list[Diagnostic]],
) -> None:
    _, report = engine
    report.extend(
        [
            diag("/max_tokens"),
            diag("/messages/1/role"),
            diag(""),
            diag("/messages/1/name"),
            diag("/model", "W101", "warning"),
        ]
    )
    result = msglint.check(PAYLOAD)
    assert [(d.path, d.line, d.column) for d in result] == [
        ("", 1, 1),
        ("/model", 2, 3),
        ("/messages/1/name", 5, 5),  # a missing member: at the enclosing object
        ("/messages/1/role", 5, 6),
        ("/max_tokens", 7, 3),
    ]


def test_engine_positions_are_kept(engine: tuple[Calls, list[Diagnostic]]) -> None:
    _, report = engine
    report.append(msgspec.structs.replace(diag("/model"), line=9, column=9))
    [d] = msglint.check(PAYLOAD)
    assert (d.line, d.column) == (9, 9)


def test_python_payloads_have_no_positions_but_document_order(
    engine: tuple[Calls, list[Diagnostic]],
) -> None:
    calls, report = engine
    report.extend([diag("/zeta"), diag("/alpha/1"), diag("/alpha/0")])
    payload = {"zeta": 1, "alpha": [{"x": 1}, {"y": 2}]}
    result = msglint.check(payload)
    assert [(d.path, d.line, d.column) for d in result] == [
        ("/zeta", None, None),
        ("/alpha/0", None, None),
        ("/alpha/1", None, None),
    ]
    assert calls[-1][1] == payload


def test_struct_payloads(engine: tuple[Calls, list[Diagnostic]]) -> None:
    calls, _ = engine

    class Message(msgspec.Struct):
        role: str
        content: str

    class Body(msgspec.Struct):
        model: str
        messages: list[Message]

    body = Body(model="m", messages=[Message(role="user", content="hi")])
    assert msglint.check(body) == []
    assert calls[-1][1] == {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
    [d] = msglint.check(msgspec.json.decode(b"[1]"))  # a list is not a request body
    assert (d.code, d.line) == ("E005", None)


def test_engine_failure_is_a_diagnostic(monkeypatch: pytest.MonkeyPatch, no_engine: None) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(engine_module, "_run", broken)
    [d] = msglint.check(b'\xef\xbb\xbf{"a": 1}')[1:]
    assert (d.code, d.severity) == ("E000", "error")
    assert "RuntimeError: boom" in d.message


def test_unknown_endpoint_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="endpoint"):
        msglint.check(b"{}", endpoint="nope")


def test_batch_jsonl_text(engine: tuple[Calls, list[Diagnostic]]) -> None:
    calls, report = engine
    text = b'{"custom_id": "a", "params": {}}\n\n[1]\r\n  {"custom_id": "c", "params": {"x": 1}}\n'
    report.append(diag("/params"))
    result = msglint.check(text, endpoint="batch-jsonl")
    assert [(d.code, d.path, d.line, d.column) for d in result] == [
        ("E101", "/params", 1, 20),
        ("E005", "", 3, 1),
        ("E101", "/params", 4, 22),
    ]
    assert [c[2] for c in calls] == ["batch-jsonl", "batch-jsonl"]
    assert calls[1][:2] == (40, {"custom_id": "c", "params": {"x": 1}})  # the line, its CR gone
    [d] = msglint.check(b"\n\n", endpoint="batch-jsonl")
    assert (d.code, d.message) == ("E002", "The file has no requests")


@pytest.mark.usefixtures("no_engine")
def test_batch_file_checks_see_every_line(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[int, str | None, int]] = []

    class Recording(BatchFileChecks):
        def add(self, line: int, custom_id: str | None, size: int) -> list[Diagnostic]:
            seen.append((line, custom_id, size))
            return [diag("/custom_id", "E190")] if custom_id == "dup" else []

        def finish(self) -> list[Diagnostic]:
            return [diag("", "E191")]

    monkeypatch.setattr(_files, "BatchFileChecks", Recording)
    text = b'{"custom_id": "a"}\n{"custom_id": 5}\nnot json\n{"params": 1, "custom_id": "dup"}\n'
    result = msglint.check(text, endpoint="batch-jsonl")
    assert seen == [(1, "a", 18), (2, None, 16), (3, None, 8), (4, "dup", 33)]
    assert [(d.code, d.line) for d in result] == [("E003", 3), ("E190", 4), ("E191", None)]
    assert result[1].column == text.split(b"\n")[3].index(b'"custom_id"') + 1
    assert [(d.code, d.line, d.column) for d in result][1:] == [
        ("E190", 4, 15),
        ("E191", None, None),
    ]


def test_batch_file_checks_remember_a_bounded_number_of_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the request limit (already E106) new ids are not remembered: a 256 MB file of tiny
    lines would otherwise hold millions of them. Repeats of remembered ids are still found."""
    from msglint.rules import batch

    monkeypatch.setattr(batch, "MAX_BATCH_REQUESTS", 3)
    checks = BatchFileChecks()
    found = [[d.code for d in checks.add(i, f"id{i}", 10)] for i in range(1, 8)]
    assert found == [[], [], [], ["E106"], [], [], []]
    assert len(checks.seen) == 3
    assert [d.code for d in checks.add(8, "id2", 10)] == ["E260"]
    assert checks.add(9, "id5", 10) == []  # not remembered: past the limit


# --- never raises ------------------------------------------------------------------------------


def _no_internal_errors(result: list[Diagnostic]) -> None:
    assert isinstance(result, list)
    for d in result:
        assert isinstance(d, Diagnostic)
        assert d.code != "E000", d.message
        assert d.path == "" or d.path.startswith("/")
        if d.line is not None:
            assert d.line >= 1 and d.column is not None and d.column >= 1


json_like = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=False) | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300), st.sampled_from(msglint.ENDPOINTS))
def test_never_raises_on_bytes(data: bytes, endpoint: str) -> None:
    _no_internal_errors(msglint.check(data, endpoint=endpoint))


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from('{}[]":,\\ \n\r\t0123456789.eE+-truefalsn\ud800é'), max_size=80
    ),
    st.sampled_from(msglint.ENDPOINTS),
)
def test_never_raises_on_json_like_text(text: str, endpoint: str) -> None:
    _no_internal_errors(msglint.check(text, endpoint=endpoint))


@settings(max_examples=200, deadline=None)
@given(json_like, st.sampled_from(msglint.ENDPOINTS))
def test_never_raises_on_values(value: Any, endpoint: str) -> None:
    _no_internal_errors(msglint.check(msgspec.json.encode(value), endpoint=endpoint))
    if isinstance(value, dict):
        _no_internal_errors(msglint.check(value, endpoint=endpoint))


# A realistic body with tools, a tool loop and thinking: the rules that read names, ids and
# inputs all have something to look at.
_LOOP: dict[str, Any] = {
    "model": "claude-opus-4-5",
    "max_tokens": 4096,
    "thinking": {"type": "enabled", "budget_tokens": 2048},
    "tools": [
        {
            "name": "get_weather",
            "description": "Weather for a city",
            "input_schema": {
                "type": "object",
                "properties": {"city": {"type": "string", "minLength": 1}},
                "required": ["city"],
            },
        }
    ],
    "messages": [
        {"role": "user", "content": "Weather in Paris?"},
        {
            "role": "assistant",
            "content": [
                {"type": "thinking", "thinking": "Call the tool.", "signature": "c2ln"},
                {"type": "tool_use", "id": "toolu_01", "name": "get_weather", "input": {"city": "Paris"}},
            ],
        },
        {
            "role": "user",
            "content": [
                {"type": "tool_result", "tool_use_id": "toolu_01", "content": "18C"},
                {"type": "text", "text": "Thanks", "cache_control": {"type": "ephemeral"}},
            ],
        },
    ],
}


def _value_paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path] if path else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _value_paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _value_paths(item, (*path, index))
    return found


def test_a_non_string_tool_use_name_is_a_type_error_not_an_internal_error() -> None:
    body = json.loads(json.dumps(_LOOP))
    body["messages"][1]["content"][1]["name"] = ["get_weather"]
    found = msglint.check(body)
    _no_internal_errors(found)
    assert ("E102", "/messages/1/content/1/name") in [(d.code, d.path) for d in found]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_value_anywhere_gives_diagnostics_not_internal_errors(data: st.DataObject) -> None:
    body = json.loads(json.dumps(_LOOP))
    for _ in range(data.draw(st.integers(1, 2))):
        *parents, last = data.draw(st.sampled_from(_value_paths(body)))
        target = body
        for key in parents:
            target = target[key]
        target[last] = data.draw(json_like)
    _no_internal_errors(msglint.check(msgspec.json.encode(body)))


def test_a_byte_that_is_not_utf8_anywhere_is_one_e001() -> None:
    """A byte that is not UTF-8 at any position of a request with a tool loop (in a key of a
    nested block, a value, a tool) is one E001, never an internal error."""
    text = json.dumps(_LOOP, indent=2).encode()
    for at in range(len(text)):
        if text[at : at + 1] in b' \n{}[]:,"':
            continue
        broken = text[:at] + b"\x80" + text[at + 1 :]
        found = msglint.check(broken)
        assert [d.code for d in found] == ["E001"], (at, broken[at - 20 : at + 20], found)
