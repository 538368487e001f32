"""The linter's relaxed decode (``msglint._relaxed``, ``msglint._decode``) with the conversation
pass's id check accepts exactly what the strict types accept, and decodes the same values."""

from __future__ import annotations

import json
import typing
from typing import Any

import msgspec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import msgtypes
from msglint._decode import BODY_TYPES, _fast, requests_of
from msglint._relaxed import ORIGINAL
from msglint._view import View
from msgtypes._annotations import struct_annotations


def decode_fast(data: bytes, endpoint: str) -> Any | None:
    """The fast decode's body when the linter accepts the document without a structural
    problem: the decode passed and the conversation pass found every id on its pattern."""
    body = _fast(data, endpoint)
    if body is None or any(View(params, base).bad_ids for params, base in requests_of(body)):
        return None
    return body

_IDS = st.text(alphabet="ab_-9 .é\n", min_size=0, max_size=6)
_TOOL = st.fixed_dictionaries(
    {"name": st.sampled_from(["get_weather", "bad name", "x" * 3]), "input_schema": st.just({"type": "object"})},
    optional={"type": st.sampled_from(["custom", "bash_20250124", "nope"]), "description": st.text(max_size=3)},
)


@st.composite
def _conversation(draw: st.DrawFn) -> dict[str, Any]:
    messages: list[dict[str, Any]] = [{"role": "user", "content": "hi"}]
    for _ in range(draw(st.integers(0, 3))):
        call = draw(_IDS)
        messages.append(
            {
                "role": "assistant",
                "content": [
                    {"type": "text", "text": "calling"},
                    {"type": "tool_use", "id": call, "name": "get_weather", "input": {"city": "x"}},
                ],
            }
        )
        answer = call if draw(st.booleans()) else draw(_IDS)
        messages.append(
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": answer, "content": "ok"}]}
        )
    body: dict[str, Any] = {"model": "claude-sonnet-4-5", "max_tokens": 100, "messages": messages}
    if draw(st.booleans()):
        body["tools"] = draw(st.lists(_TOOL, max_size=3))
    if draw(st.booleans()):
        body["stop_sequences"] = draw(st.lists(st.sampled_from(["END", " ", "", "\n\n"]), max_size=2))
    if draw(st.booleans()):
        body["tool_choice"] = {"type": "tool", "name": draw(st.sampled_from(["get_weather", "bad name", ""]))}
    return body


def _strict(data: bytes, tp: Any) -> Any | None:
    try:
        return msgtypes.decode(data, type=tp)
    except msgspec.ValidationError:
        return None


def _same(relaxed: Any, strict: Any) -> None:
    assert (relaxed is None) == (strict is None)
    if strict is not None:
        assert msgspec.json.encode(relaxed) == msgspec.json.encode(strict)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=_conversation(), custom_id=_IDS)
def test_relaxed_decode_agrees_with_the_strict_types(body: dict[str, Any], custom_id: str) -> None:
    data = json.dumps(body).encode()
    for endpoint in ("messages", "count_tokens"):
        tp = BODY_TYPES[endpoint]
        if endpoint == "count_tokens":
            data = json.dumps({k: v for k, v in body.items() if k != "max_tokens"}).encode()
        _same(decode_fast(data, endpoint), _strict(data, tp))
    line = json.dumps({"custom_id": custom_id, "params": body}).encode()
    _same(decode_fast(line, "batch-jsonl"), _strict(line, BODY_TYPES["batch-jsonl"]))
    batch = json.dumps({"requests": [{"custom_id": custom_id, "params": body}]}).encode()
    _same(decode_fast(batch, "batch"), _strict(batch, BODY_TYPES["batch"]))


def test_relaxed_classes_are_untracked_subclasses() -> None:
    data = json.dumps(
        {
            "model": "m",
            "max_tokens": 5,
            "messages": [
                {"role": "assistant", "content": [{"type": "tool_use", "id": "t1", "name": "f", "input": {}}]},
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t1"}, {"type": "text", "text": "x"}]},
            ],
            "tools": [{"name": "f", "input_schema": {"type": "object"}}],
        }
    ).encode()
    body = decode_fast(data, "messages")
    assert isinstance(body, msgtypes.MessageCreateParams)
    call = body.messages[0].content[0]
    assert isinstance(call, msgtypes.ToolUseBlockParam) and ORIGINAL[type(call)] is msgtypes.ToolUseBlockParam
    text = body.messages[1].content[1]
    assert ORIGINAL[type(text)] is msgtypes.TextBlockParam and isinstance(text, msgtypes.TextBlockParam)
    assert all(cls.__struct_config__.gc is False for cls in ORIGINAL)  # type: ignore[attr-defined]
    assert body.tools == [msgtypes.Tool(name="f", input_schema={"type": "object"})]
    bad_id = _fast(data.replace(b'"t1"', b'"t 1"', 1), "messages")  # left to the conversation pass
    assert bad_id is not None and View(bad_id, "").bad_ids


def test_field_types_are_what_typing_evaluates() -> None:
    """The relaxed classes are built from annotations evaluated once per text
    (``msgtypes._annotations``); for every request
    type that is exactly what ``typing.get_type_hints`` gives, and every field keeps its place,
    name and default (what the relaxed decode accepts is held to the strict one above)."""
    for endpoint in BODY_TYPES:
        decode_fast(b"{}", endpoint)  # builds the relaxed classes
    assert len(ORIGINAL) > 100
    for relaxed, strict in ORIGINAL.items():
        assert struct_annotations(strict) == typing.get_type_hints(strict, include_extras=True), strict
        fields = [(f.name, f.encode_name, f.default, f.default_factory) for f in msgspec.structs.fields(strict)]
        assert [
            (f.name, f.encode_name, f.default, f.default_factory) for f in msgspec.structs.fields(relaxed)
        ] == fields, strict


def test_a_bad_id_is_reported_by_the_exhaustive_path() -> None:
    import msglint

    payload = {
        "model": "claude-sonnet-4-5",
        "max_tokens": 5,
        "messages": [
            {"role": "user", "content": "hi"},
            {"role": "assistant", "content": [{"type": "tool_use", "id": "call 1", "name": "f", "input": {}}]},
        ],
    }
    found = msglint.check(json.dumps(payload))
    assert [(d.code, d.path) for d in found if d.severity == "error"] == [("E107", "/messages/1/content/0/id")]


def test_base64_media_stay_text_and_bad_base64_is_e251_on_the_fast_path() -> None:
    import base64

    import msglint

    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 20).decode()
    block = {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": png}}
    body = {"model": "claude-sonnet-4-5", "max_tokens": 5, "messages": [{"role": "user", "content": [block]}]}
    decoded = decode_fast(json.dumps(body).encode(), "messages")
    assert decoded is not None
    assert decoded.messages[0].content[0].source.data == png
    block["source"]["data"] = png[:-1] + "!"
    assert decode_fast(json.dumps(body).encode(), "messages") is not None
    found = [(d.code, d.path) for d in msglint.check(json.dumps(body)) if d.severity == "error"]
    assert found == [("E251", "/messages/0/content/0/source/data")]


def test_only_the_known_patterns_are_deferred() -> None:
    """A pattern moved out of the decode must be checked elsewhere: the decode checks
    ``DEFERRED`` (custom_id), the conversation pass the tool ids; no other pattern moves."""
    from msglint._relaxed import DEFERRED, RELAXED

    for endpoint in BODY_TYPES:
        _fast(b"{}", endpoint)
    deferred = {(ORIGINAL[cls].__name__, name) for cls, fields in DEFERRED.items() for name, _ in fields}
    assert deferred == {("MessageBatchRequest", "custom_id")}
    def pattern(info: Any) -> str | None:
        while isinstance(info, msgspec.inspect.Metadata):
            info = info.type
        return getattr(info, "pattern", None)

    moved = set()
    for strict, relaxed in RELAXED.items():
        strict_fields = {f.name: f.type for f in msgspec.inspect.type_info(strict).fields}
        for field in msgspec.inspect.type_info(relaxed).fields:
            if pattern(strict_fields[field.name]) and not pattern(field.type):
                moved.add((strict.__name__, field.name))
    assert moved == {
        ("ToolUseBlockParam", "id"),
        ("ToolResultBlockParam", "tool_use_id"),
        ("MessageBatchRequest", "custom_id"),
    }


def test_a_completion_lint_first_does_not_break_the_conversation_pass() -> None:
    """Relaxed types are built per endpoint; the conversation pass must still know the block
    classes when a body without blocks was linted first (fresh process)."""
    import subprocess
    import sys

    code = (
        "import json, msglint\n"
        "msglint.check(json.dumps({'model': 'claude-2.1', 'prompt': '\\n\\nHuman: hi\\n\\nAssistant:',"
        " 'max_tokens_to_sample': 5}), endpoint='complete')\n"
        "body = {'model': 'claude-sonnet-5', 'max_tokens': 5,"
        " 'messages': [{'role': 'user', 'content': [{'type': 'text', 'text': ' '}]}]}\n"
        "print(sorted(d.code for d in msglint.check(json.dumps(body)) if d.severity == 'error'))\n"
    )
    # (a subprocess does not see the tests' pinned "today": the model must not retire)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['E200']"
