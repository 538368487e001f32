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
