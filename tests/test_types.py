"""Behaviour of the type surface a user notices: strictness, leniency, unknown types, tools."""

from __future__ import annotations

import json
import subprocess
import sys

import msgspec
import pytest

import msgtypes
from msgtypes import (
    MessageCreateParams,
    MessageParam,
    TextBlockParam,
    Tool,
    ToolUseBlock,
    Unknown,
    decode,
    encode,
)

HELLO = {
    "model": "claude-sonnet-4-5-20250929",
    "max_tokens": 1024,
    "messages": [{"role": "user", "content": "Hello"}],
}


def _create(**changes: object) -> bytes:
    return json.dumps({**HELLO, **changes}).encode()


# ----------------------------------------------------------------------------- requests


def test_request_decodes_and_encodes_only_what_was_sent() -> None:
    params = decode(_create(), type=MessageCreateParams)
    assert params.messages[0].content == "Hello"
    assert json.loads(encode(params)) == HELLO


def test_unset_fields_are_omitted_but_explicit_null_is_kept_where_allowed() -> None:
    block = TextBlockParam(text="hi", cache_control=None)
    assert json.loads(encode(block)) == {"type": "text", "text": "hi", "cache_control": None}
    assert json.loads(encode(TextBlockParam(text="hi"))) == {"type": "text", "text": "hi"}


@pytest.mark.parametrize(
    ("changes", "where"),
    [
        ({"temprature": 0.5}, "temprature"),
        ({"temperature": 1.5}, "$.temperature"),
        ({"temperature": None}, "$.temperature"),
        ({"max_tokens": -1}, "$.max_tokens"),  # 0 is valid: it only warms the prompt cache
        ({"messages": []}, "$.messages"),
        ({"messages": [{"role": "developer", "content": "x"}]}, "$.messages[0].role"),
        ({"thinking": {"type": "enabled", "budget_tokens": 1000}}, "$.thinking.budget_tokens"),
        ({"stop_sequences": [" "]}, "$.stop_sequences[0]"),
        ({"top_k": -1}, "$.top_k"),
        ({"metadata": {"user_id": "u", "email": "x"}}, "email"),
        (
            {"messages": [{"role": "user", "content": [{"type": "txt", "text": "x"}]}]},
            "$.messages[0].content[0].type",
        ),
    ],
)
def test_request_errors(changes: dict[str, object], where: str) -> None:
    with pytest.raises(msgspec.ValidationError) as info:
        decode(_create(**changes), type=MessageCreateParams)
    assert where in str(info.value)


def test_custom_id_pattern() -> None:
    body = {"requests": [{"custom_id": "bad id!", "params": HELLO}]}
    with pytest.raises(msgspec.ValidationError, match=r"requests\[0\]\.custom_id"):
        decode(json.dumps(body), type=msgtypes.BatchCreateParams)


TOOL = {"name": "get_weather", "input_schema": {"type": "object", "properties": {}}}


def test_tool_without_type_is_a_custom_tool_everywhere() -> None:
    params = decode(_create(tools=[TOOL]), type=MessageCreateParams)
    assert isinstance(params.tools, list) and isinstance(params.tools[0], Tool)
    assert params.tools[0].name == "get_weather"
    assert json.loads(encode(params.tools[0]))["type"] == "custom"
    converted = msgtypes.convert({**HELLO, "tools": [dict(TOOL)]}, type=MessageCreateParams)
    assert converted == params
    batch = {"requests": [{"custom_id": "a", "params": {**HELLO, "tools": [dict(TOOL)]}}]}
    decoded = decode(json.dumps(batch), type=msgtypes.BatchCreateParams)
    assert isinstance(decoded.requests[0].params.tools, list)
    assert isinstance(decoded.requests[0].params.tools[0], Tool)


def test_tool_without_type_still_reports_its_own_errors() -> None:
    bad = {"name": "has space", "input_schema": {"type": "object"}}
    with pytest.raises(msgspec.ValidationError, match=r"tools\[0\]\.name"):
        decode(_create(tools=[bad]), type=MessageCreateParams)


def test_input_schema_keeps_every_json_schema_keyword() -> None:
    schema = {"type": "object", "$defs": {"x": {"type": "string"}}, "additionalProperties": False}
    params = decode(_create(tools=[{**TOOL, "input_schema": schema}]), type=MessageCreateParams)
    assert json.loads(encode(params))["tools"][0]["input_schema"] == schema


def test_structs_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        TextBlockParam("positional")  # type: ignore[misc]


# ----------------------------------------------------------------------------- responses

MESSAGE = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "model": "claude-sonnet-4-5",
    "content": [
        {"type": "thinking", "thinking": "hmm", "signature": "sig=="},
        {"type": "text", "text": "Hi", "citations": None},
        {"type": "tool_use", "id": "toolu_1", "name": "f", "input": {"a": 1}},
    ],
    "stop_reason": "tool_use",
    "stop_sequence": None,
    "usage": {"input_tokens": 3, "output_tokens": 4, "brand_new_counter": 9},
    "brand_new_field": {"x": 1},
}


def test_response_ignores_unknown_fields() -> None:
    message = decode(json.dumps(MESSAGE), type=msgtypes.Message)
    assert message.usage.output_tokens == 4
    assert isinstance(message.content[2], ToolUseBlock)


def test_unknown_block_and_enum_value_are_kept() -> None:
    newer = dict(MESSAGE)
    future = {"type": "hologram", "content": "summary", "encrypted_content": "EpwB"}
    newer["content"] = [future, *MESSAGE["content"]]  # type: ignore[list-item]
    newer["stop_reason"] = "a_future_reason"
    message = decode(json.dumps(newer), type=msgtypes.Message)
    unknown = message.content[0]
    assert isinstance(unknown, Unknown)
    assert unknown.type == "hologram" and unknown.raw == future
    assert message.stop_reason == "a_future_reason"
    assert json.loads(encode(message))["content"][0] == future
    assert isinstance(message.content[1], msgtypes.ThinkingBlock)


def test_unknown_citation_delta_event_and_result() -> None:
    text = {"type": "text", "text": "x", "citations": [{"type": "new_location", "k": 1}]}
    block = decode(json.dumps(text), type=msgtypes.ContentBlock)
    assert isinstance(block, msgtypes.TextBlock) and block.citations is not None
    assert isinstance(block.citations[0], Unknown)
    delta = decode(
        b'{"type":"content_block_delta","index":0,"delta":{"type":"hologram_delta","x":1}}',
        type=msgtypes.MessageStreamEvent,
    )
    assert isinstance(delta, msgtypes.RawContentBlockDeltaEvent)
    assert isinstance(delta.delta, Unknown) and delta.delta.type == "hologram_delta"
    event = decode(b'{"type":"message_paused","reason":"x"}', type=msgtypes.MessageStreamEvent)
    assert isinstance(event, Unknown) and event["reason"] == "x"
    result = decode(
        b'{"custom_id":"a","result":{"type":"deferred","until":"later"}}',
        type=msgtypes.MessageBatchIndividualResponse,
    )
    assert isinstance(result.result, Unknown)


def test_tolerant_path_still_rejects_real_errors() -> None:
    broken = {**MESSAGE, "content": [{"type": "hologram"}], "usage": {"input_tokens": "three"}}
    with pytest.raises(msgspec.ValidationError, match="input_tokens"):
        decode(json.dumps(broken), type=msgtypes.Message)
    with pytest.raises(msgspec.ValidationError, match="id"):
        decode(json.dumps({k: v for k, v in MESSAGE.items() if k != "id"}), type=msgtypes.Message)


def test_error_body_without_top_level_type_decodes() -> None:
    body = b'{"error":{"type":"request_too_large","message":"Request exceeds the maximum size"}}'
    error = decode(body, type=msgtypes.ErrorResponse)
    assert isinstance(error.error, msgtypes.RequestTooLargeErrorObject)
    assert error.message == "Request exceeds the maximum size"


# ----------------------------------------------------------------------------- next turn


def test_response_content_becomes_the_next_turn_unchanged() -> None:
    newer = {**MESSAGE, "content": [*MESSAGE["content"], {"type": "hologram", "to": "x"}]}  # type: ignore[list-item]
    message = decode(json.dumps(newer), type=msgtypes.Message)
    turn = message.to_param()
    assert isinstance(turn, MessageParam) and turn.role == "assistant"
    sent = json.loads(encode(turn))["content"]
    assert sent[0] == {"type": "thinking", "thinking": "hmm", "signature": "sig=="}
    assert sent[1] == {"type": "text", "text": "Hi"}
    assert sent[2] == {"type": "tool_use", "id": "toolu_1", "name": "f", "input": {"a": 1}}
    assert sent[3] == {"type": "hologram", "to": "x"}
    known = MessageParam(role="assistant", content=turn.content[:3])
    assert decode(encode(known), type=MessageParam) == known


def test_server_tool_blocks_round_trip_to_params() -> None:
    block = {
        "type": "web_search_tool_result",
        "tool_use_id": "srvtoolu_1",
        "content": [{"type": "web_search_result", "url": "u", "title": "t",
                     "encrypted_content": "e", "page_age": None}],
    }
    param = msgtypes.to_param(decode(json.dumps(block), type=msgtypes.ContentBlock))
    assert isinstance(param, msgtypes.WebSearchToolResultBlockParam)
    assert json.loads(encode(param))["content"][0]["url"] == "u"


# ----------------------------------------------------------------------------- imports


def test_import_is_cheap() -> None:
    code = (
        "import sys, msgtypes; "
        "bad = [m for m in ('httpx', 'jsonschema', 'msglint', 'anthropic') if m in sys.modules]; "
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_decode_inspects_a_type_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """``msgtypes.decode`` asks whether a type is a response type once, not on every call (it
    once walked the whole type on each call: milliseconds per request)."""
    from msgspec import inspect

    from msgtypes import codec

    calls: list[object] = []
    real = inspect.type_info

    def counting(tp: object) -> object:
        calls.append(tp)
        return real(tp)

    monkeypatch.setattr(codec.mi, "type_info", counting)
    monkeypatch.setattr(codec, "_response_kinds", {})
    monkeypatch.setattr(codec, "_infos", {})
    body = {"model": "m", "max_tokens": 1, "messages": [{"role": "user", "content": "hi"}],
            "tools": [{"name": "f", "input_schema": {"type": "object"}}]}
    for _ in range(3):
        msgtypes.decode(json.dumps(body), type=msgtypes.MessageCreateParams)
    assert len(calls) == 1
