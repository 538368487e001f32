"""Struct -> JSON -> Struct round trips over every body type, with generated values."""

from __future__ import annotations

import inspect
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import from_type

import msgtypes
from msgtypes._base import RequestStruct, ResponseStruct

STRUCTS = sorted(
    {
        obj
        for obj in vars(msgtypes).values()
        if inspect.isclass(obj)
        and issubclass(obj, (RequestStruct, ResponseStruct))
        and obj not in (RequestStruct, ResponseStruct)
    },
    key=lambda cls: cls.__name__,
)
UNIONS = {
    "ContentBlockParam": msgtypes.ContentBlockParam,
    "ContentBlock": msgtypes.ContentBlock,
    "ToolUnion": msgtypes.ToolUnion,
    "ToolChoice": msgtypes.ToolChoice,
    "MessageStreamEvent": msgtypes.MessageStreamEvent,
    "MessageBatchResult": msgtypes.MessageBatchResult,
    "TextCitation": msgtypes.TextCitation,
    "ErrorObject": msgtypes.ErrorObject,
    "ThinkingConfig": msgtypes.ThinkingConfig,
    "ContextManagementEdit": msgtypes.ContextManagementEdit,
    "RawContentBlockDelta": msgtypes.RawContentBlockDelta,
    "IterationUsage": msgtypes.IterationUsage,
    "ToolChangeBlockParam": msgtypes.ToolChangeBlockParam,
    "ResponseToolChange": msgtypes.ResponseToolChange,
    "CacheMissReason": msgtypes.CacheMissReason,
}


def test_every_public_struct_is_covered() -> None:
    assert len(STRUCTS) > 150


@pytest.mark.parametrize("cls", STRUCTS, ids=lambda cls: cls.__name__)
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_struct_round_trip(cls: type[Any], data: st.DataObject) -> None:
    value = data.draw(from_type(cls))
    encoded = msgtypes.encode(value)
    assert msgtypes.decode(encoded, type=cls) == value
    assert msgtypes.convert(msgtypes.to_builtins(value), type=cls) == value


@pytest.mark.parametrize("name", sorted(UNIONS))
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_union_round_trip(name: str, data: st.DataObject) -> None:
    tp = UNIONS[name]
    value = data.draw(from_type(tp))
    assert msgtypes.decode(msgtypes.encode(value), type=tp) == value


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(params=from_type(msgtypes.MessageCreateParams))
def test_create_params_encode_only_what_was_set(params: msgtypes.MessageCreateParams) -> None:
    sent = msgspec.json.decode(msgtypes.encode(params))
    for field in msgspec.structs.fields(params):
        was_set = getattr(params, field.name) is not msgspec.UNSET
        assert (field.encode_name in sent) == was_set


# ------------------------------------------------------------------------- replies as next turns


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(block=from_type(msgtypes.ContentBlock))
def test_to_param_never_raises_and_sends_back_what_came(block: Any) -> None:
    param = msgtypes.to_param(block)
    sent = msgspec.json.decode(msgtypes.encode(param))
    assert sent == msgspec.json.decode(msgtypes.encode(block))


def test_new_blocks_go_back_typed() -> None:
    blocks = [
        {"type": "compaction", "content": "summary", "encrypted_content": "Ep=="},
        {"type": "fallback", "from": {"model": "claude-fable-5"},
         "to": {"model": "claude-opus-4-8"}, "trigger": {"type": "refusal", "category": "cyber"}},
        {"type": "advisor_tool_result", "tool_use_id": "srvtoolu_1",
         "content": {"type": "advisor_result", "text": "looks fine", "stop_reason": "end_turn"}},
        {"type": "mcp_tool_listing", "mcp_server_name": "docs",
         "tools": [{"name": "search", "input_schema": {"type": "object"}}]},
        {"type": "tool_use", "id": "toolu_1", "name": "f", "input": {},
         "caller": {"type": "code_execution_20260120", "tool_id": "srvtoolu_2"}},
        {"type": "code_execution_tool_result", "tool_use_id": "srvtoolu_2",
         "content": {"type": "encrypted_code_execution_result", "content": [],
                     "encrypted_stdout": "x", "return_code": 0, "stderr": ""}},
    ]
    for raw in blocks:
        block = msgtypes.decode(msgspec.json.encode(raw), type=msgtypes.ContentBlock)
        assert not isinstance(block, msgtypes.Unknown), raw
        param = msgtypes.to_param(block)
        assert not isinstance(param, msgtypes.Unknown), raw
        assert msgspec.json.decode(msgtypes.encode(param)) == raw


def test_unknown_value_inside_a_known_block_survives_the_next_turn() -> None:
    """A caller type newer than this version: decode, to_param and encode keep it unchanged."""
    raw = {"type": "tool_use", "id": "toolu_1", "name": "f", "input": {"a": 1},
           "caller": {"type": "code_execution_20991231", "tool_id": "srvtoolu_9"}}
    message = msgtypes.decode(
        msgspec.json.encode({
            "id": "msg_1", "type": "message", "role": "assistant", "model": "m",
            "content": [raw], "usage": {"input_tokens": 1, "output_tokens": 1},
        }),
        type=msgtypes.Message,
    )
    block = message.content[0]
    assert isinstance(block, msgtypes.ToolUseBlock)
    assert isinstance(block.caller, msgtypes.Unknown)
    turn = message.to_param()  # must not raise
    assert msgspec.json.decode(msgtypes.encode(turn))["content"] == [raw]
    assert message.stop_reason is None and message.stop_sequence is None  # absent: defaults
