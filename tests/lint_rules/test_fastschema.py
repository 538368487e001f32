"""The compiled schema subset agrees with jsonschema on validity."""

from __future__ import annotations

from typing import Any

import jsonschema
import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from msglint._fastschema import compile_schema, msgspec_type

_LEAF_SCHEMA = st.fixed_dictionaries(
    {},
    optional={
        "type": st.sampled_from(["string", "integer", "number", "boolean", "null", "object", "array"])
        | st.lists(st.sampled_from(["string", "integer", "null"]), min_size=1, max_size=2, unique=True),
        "enum": st.lists(st.one_of(st.integers(-2, 2), st.text(max_size=2), st.booleans()), min_size=1, max_size=3),
        "minimum": st.integers(-3, 3),
        "exclusiveMaximum": st.floats(-3, 3),
        "minLength": st.integers(0, 3),
        "maxItems": st.integers(0, 3),
        "description": st.text(max_size=3),
    },
)
SCHEMAS = st.recursive(
    _LEAF_SCHEMA,
    lambda inner: st.fixed_dictionaries(
        {"type": st.just("object")},
        optional={
            "properties": st.dictionaries(st.sampled_from(["a", "b", "c"]), inner, max_size=3),
            "required": st.lists(st.sampled_from(["a", "b"]), max_size=2, unique=True),
            "additionalProperties": st.booleans() | inner,
        },
    )
    | st.fixed_dictionaries({"type": st.just("array"), "items": inner}),
    max_leaves=6,
)
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-4, 4) | st.floats(-4, 4, allow_nan=False) | st.text(max_size=4),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["a", "b", "c", "d"]), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(schema=SCHEMAS, value=VALUES)
def test_agrees_with_jsonschema(schema: dict[str, Any], value: Any) -> None:
    check = compile_schema(schema)
    assert check is not None
    expected = jsonschema.Draft202012Validator(schema).is_valid(value)
    assert (check(value) is None) == expected, (schema, value, check(value))


def test_unsupported_keywords_fall_back() -> None:
    assert compile_schema({"type": "string", "pattern": "^a"}) is None
    assert compile_schema({"type": "object", "properties": {"x": {"$ref": "#/$defs/y"}}}) is None
    assert compile_schema({"anyOf": [{"type": "string"}]}) is None


def test_messages_name_the_place() -> None:
    check = compile_schema({"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]})
    assert check is not None
    assert check({"city": 7}) == "7 is not of type 'string' (at city)"
    assert check({}) == "'city' is a required property"
    assert check({"city": "Paris"}) is None


_ANY_SCHEMA = st.recursive(
    st.booleans()
    | st.fixed_dictionaries(
        {},
        optional={
            "type": st.sampled_from(["string", "text", "integer", "object"])
            | st.lists(st.sampled_from(["string", "null", "strng"]), max_size=3),
            "minLength": st.integers(-2, 3) | st.just(True),
            "required": st.lists(st.sampled_from(["a", "b", 3]), max_size=3),
            "description": st.text(max_size=2) | st.integers(),
            "enum": st.lists(st.integers(), max_size=2) | st.just("x"),
            "examples": st.lists(st.integers(), max_size=2) | st.just(1),
        },
    ),
    lambda inner: st.fixed_dictionaries(
        {}, optional={"properties": st.dictionaries(st.sampled_from(["a", "b"]), inner, max_size=2),
                      "items": inner | st.lists(inner, max_size=2)}
    ),
    max_leaves=5,
)


@settings(max_examples=800, deadline=None, suppress_health_check=list(HealthCheck))
@given(schema=_ANY_SCHEMA)
def test_compiled_schemas_are_valid_schemas(schema: Any) -> None:
    if compile_schema(schema) is not None:
        jsonschema.Draft202012Validator.check_schema(schema)


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(schema=SCHEMAS, value=VALUES)
def test_msgspec_type_never_accepts_more_than_the_schema(schema: dict[str, Any], value: Any) -> None:
    tp = msgspec_type(schema)
    if tp is None:
        return
    try:
        msgspec.convert(value, tp)
    except msgspec.ValidationError:
        return
    assert jsonschema.Draft202012Validator(schema).is_valid(value), (schema, value, tp)


def test_common_tool_schemas_have_a_msgspec_type() -> None:
    schema = {
        "type": "object",
        "properties": {
            "query": {"type": "string", "minLength": 1},
            "limit": {"type": "integer", "minimum": 1, "maximum": 20},
            "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 3},
            "when": {"type": ["string", "null"]},
            "extra": {"type": "object"},
        },
        "required": ["query"],
        "additionalProperties": False,
    }
    tp = msgspec_type(schema)
    assert tp is not None
    msgspec.convert({"query": "x", "limit": 3, "unit": "celsius", "tags": [], "when": None, "extra": {}}, tp)
    for bad in ({"limit": 3}, {"query": "x", "limit": 0}, {"query": "x", "unit": "kelvin"}, {"query": "x", "z": 1}):
        with pytest.raises(msgspec.ValidationError):
            msgspec.convert(bad, tp)
    check = compile_schema(schema)
    assert check is not None
    assert check({"query": "x", "limit": 30}) == "30 fails maximum 20 (at limit)"
    assert check({"query": "x", "limit": 3.0}) is None  # 3.0 is an integer to JSON Schema


def test_schemas_msgspec_cannot_say_have_no_type() -> None:
    assert msgspec_type({"minLength": 1}) is None  # no type: the bound applies to strings only
    assert msgspec_type({"type": "integer", "minimum": 1.5}) is None
    assert msgspec_type({"type": "string", "enum": ["a", 1]}) is None
    assert msgspec_type({"type": "object", "properties": {"a": {}}, "additionalProperties": {"type": "string"}}) is None
