"""JSON Schema checks of tool schemas and recorded tool inputs (msglint._schema, rules E223, W224,
E225, W219): hostile schemas cannot hang the linter or make it fetch anything, and the verdicts
agree with the reference implementation (python jsonschema) where both apply."""

from __future__ import annotations

import http.server
import importlib.util
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import msglint
from msglint import _cache, _schema
from msglint._schema import Schema, schema_of
from msglint._schemaeval import Unsupported, conforms
from msglint.engine import check_text

TODAY = date(2025, 12, 1)
MODEL = "claude-opus-4-5-20251101"


def request(schema: dict[str, Any], tool_input: Any, **extra: Any) -> bytes:
    """A request whose history calls tool ``f`` (input schema ``schema``) with ``tool_input``."""
    return json.dumps(
        {
            "model": MODEL,
            "max_tokens": 64,
            "tools": [{"name": "f", "input_schema": schema}],
            "messages": [
                {"role": "user", "content": "go"},
                {
                    "role": "assistant",
                    "content": [{"type": "tool_use", "id": "toolu_1", "name": "f", "input": tool_input}],
                },
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "ok"}]},
            ],
            **extra,
        },
        separators=(",", ":"),
    ).encode()


def lint(data: bytes) -> list[tuple[str, str, str]]:
    found = check_text(data, "messages", frozenset(), today=TODAY)
    assert found is not None
    return [(d.code, d.path, d.message) for d in found]


@pytest.fixture(autouse=True)
def fresh_caches() -> Iterator[None]:
    """Every test sees the schemas for the first time (as a new process would)."""
    _cache.clear_all()
    yield
    _cache.clear_all()


def timed(data: bytes) -> tuple[list[tuple[str, str, str]], float]:
    """The findings and the CPU time of this process linting ``data`` (CPU time, so a busy
    machine does not slow the clock the bounds are read on)."""
    started = time.process_time()
    found = lint(data)
    return found, time.process_time() - started


# ----------------------------------------------------------------------------- hostile schemas


def test_redos_pattern_on_a_recorded_input_is_linear() -> None:
    """The reproducer of the hostile-input issue: 22 s before (backtracking), now immediate."""
    data = (
        b'{"model":"claude-opus-4-5","max_tokens":64,"tools":[{"name":"f","input_schema":'
        b'{"type":"object","properties":{"q":{"type":"string","pattern":"(a+)+$"}}}}],"messages":'
        b'[{"role":"user","content":"go"},{"role":"assistant","content":[{"type":"tool_use",'
        b'"id":"toolu_1","name":"f","input":{"q":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"}}]}]}'
    )
    assert len(data) == 325
    lint(request({"type": "object"}, {}))  # the imports and the meta-schema, not what is timed
    found, seconds = timed(data)
    assert found == [
        ("W224", "/messages/1/content/0/input",
         """input does not match the schema of 'f': "aaaaaaaaaaaaaaaaaaaaaaaaaaaaa!" does not match "(a+)+$" (at q)"""),
    ]
    assert seconds < 0.5
    longer, seconds = timed(request({"type": "object", "properties": {"q": {"pattern": "(a+)+$"}}}, {"q": "a" * 50_000 + "!"}))
    assert [code for code, _, _ in longer] == ["W224"] and seconds < 0.5


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "object", "patternProperties": {"^(a+)+$": {"type": "integer"}}},
        {"type": "object", "propertyNames": {"pattern": "^(a|aa)+$"}},
        {"type": "object", "additionalProperties": {"pattern": "^(\\w+\\s?)*$"}},
    ],
    ids=["patternProperties", "propertyNames", "nested pattern"],
)
def test_every_kind_of_schema_regex_is_linear(schema: dict[str, Any]) -> None:
    evil = "a" * 40 + "!"
    found, seconds = timed(request(schema, {evil: "a" * 40 + "!", "aaaa": "x"}))
    assert seconds < 0.5
    assert [code for code, _, _ in found] == ["W224"]


def test_a_pattern_that_needs_backtracking_is_skipped_and_said() -> None:
    schema = {"type": "object", "properties": {"q": {"type": "string", "pattern": "^(?=(a+)+$)a"}, "n": {"type": "integer"}}}
    found, seconds = timed(request(schema, {"q": "a" * 40 + "!", "n": "not checked"}))
    assert seconds < 0.5
    assert found == [
        ("W219", "/tools/0/input_schema/properties/q/pattern",
         "recorded inputs of 'f' not checked: pattern \"^(?=(a+)+$)a\" needs a backtracking regex engine "
         "(lookaround or backreferences), which msglint does not run: it can take exponential time"),
    ]
    # Nothing to check, nothing to say: the same tool without a call in the history is clean.
    payload = json.loads(request(schema, {}))
    payload["messages"] = payload["messages"][:1]
    assert lint(json.dumps(payload).encode()) == []


def test_input_examples_against_a_skipped_pattern_are_said_too() -> None:
    tool = {"name": "f", "input_schema": {"type": "object", "properties": {"q": {"pattern": "(\\w)\\1"}}},
            "input_examples": [{"q": "aa"}]}
    payload = {"model": MODEL, "max_tokens": 64, "tools": [tool], "messages": [{"role": "user", "content": "x"}]}
    codes = [(code, path) for code, path, _ in lint(json.dumps(payload).encode())]
    assert ("W219", "/tools/0/input_schema/properties/q/pattern") in codes


def test_a_pattern_larger_than_the_limit_is_skipped_not_an_error() -> None:
    pattern = "(\\w{100}){100}"  # valid, but about 1 MB compiled
    found = lint(request({"type": "object", "properties": {"q": {"pattern": pattern}}}, {"q": "x"}))
    assert [(code, path) for code, path, _ in found] == [("W219", "/tools/0/input_schema/properties/q/pattern")]
    assert "regex size limit" in found[0][2]


def test_unique_items_over_many_objects_is_linear_and_names_the_pair() -> None:
    # Quadratic, this took 34-55 s; linear, about 0.1 s. The bound leaves room for a slow machine.
    items = [{"id": i, "tags": [str(i), "x"], "meta": {"n": i}} for i in range(5000)]
    schema = {"type": "object", "properties": {"rows": {"type": "array", "uniqueItems": True}}}
    found, seconds = timed(request(schema, {"rows": items}))
    assert found == [] and seconds < 3
    duplicated = [*items, {"meta": {"n": 17}, "tags": ["17", "x"], "id": 17}]
    found, seconds = timed(request(schema, {"rows": duplicated}))
    assert seconds < 3
    assert found == [
        ("W224", "/messages/1/content/0/input",
         "input does not match the schema of 'f': items 17 and 5000 are equal; uniqueItems forbids that (at rows)"),
    ]


class _Recorder(http.server.BaseHTTPRequestHandler):
    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.seen.append(self.path)
        body = b'{"type": "string"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


def test_remote_refs_are_never_fetched() -> None:
    """python jsonschema fetched a ``$ref`` URL while checking a recorded input (a request to any
    address from the linter, or a hang on a slow one); now nothing is fetched and it is said."""
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/schema.json"
        schema = {"type": "object", "properties": {"q": {"$ref": url}, "file": {"$ref": "file:///etc/passwd"}}}
        found = lint(request(schema, {"q": 5}))
    finally:
        server.shutdown()
        server.server_close()
    assert _Recorder.seen == []
    assert [(code, path) for code, path, _ in found] == [("W219", "/tools/0/input_schema")]
    assert "nothing is fetched" in found[0][2]


# ----------------------------------------------------------------------------- verdicts and messages


@pytest.mark.parametrize(
    ("schema", "path", "message"),
    [
        ({"type": "strng"}, "/tools/0/input_schema",
         'invalid JSON Schema: "strng" is not one of "array", "boolean" or 5 other candidates (at type)'),
        ({"type": "object", "properties": {"q": {"type": "string", "minLength": -1}}}, "/tools/0/input_schema",
         "invalid JSON Schema: -1 is less than the minimum of 0 (at properties/q/minLength)"),
        ({"type": "object", "oneOf": {}}, "/tools/0/input_schema",
         'invalid JSON Schema: {} is not of type "array" (at oneOf)'),
        ({"type": "object", "properties": {"q": {"pattern": "(unclosed"}}}, "/tools/0/input_schema",
         'invalid JSON Schema: "(unclosed" is not a regular expression (at properties/q/pattern)'),
        ({"type": "object", "patternProperties": {"[z-a]": {}}}, "/tools/0/input_schema",
         'invalid JSON Schema: "[z-a]" is not a regular expression (at patternProperties/[z-a])'),
    ],
)
def test_invalid_input_schemas(schema: dict[str, Any], path: str, message: str) -> None:
    found = [item for item in lint(request(schema, {})) if item[0] == "E223"]
    assert found[-1] == ("E223", path, message)


def test_a_schema_too_deep_for_the_validator_to_word_is_still_invalid() -> None:
    """An invalid schema nested past jsonschema-rs's recursion limit: the meta-check says no but
    its error cannot be listed (it raised, and the linter reported an internal error E000)."""
    deep: Any = "x"
    for _ in range(256):
        deep = [deep]
    found = [item for item in lint(request({"type": "object", "properties": {"a": deep}}, {}))]
    assert [(code, path) for code, path, _ in found] == [("E223", "/tools/0/input_schema")]
    assert "nested too deeply" in found[0][2]


def test_invalid_output_schema() -> None:
    payload = {"model": MODEL, "max_tokens": 64, "messages": [{"role": "user", "content": "x"}],
               "output_format": {"type": "json_schema", "schema": {"type": "object", "properties": {"a": {"minLength": -1}}}}}
    found = check_text(json.dumps(payload).encode(), "messages", frozenset({"structured-outputs-2025-11-13"}),
                       today=TODAY, api_version="2023-06-01")  # output_format: deprecated on 2026-10-21
    assert found is not None
    assert [(d.code, d.path) for d in found] == [("E225", "/output_format/schema")]


def _has_output_config_format() -> bool:
    import msgspec

    import msgtypes

    return any(f.encode_name == "format" for f in msgspec.structs.fields(msgtypes.OutputConfig))


@pytest.mark.skipif(not _has_output_config_format(), reason="output_config.format is not in the types yet")
def test_invalid_output_config_format_schema() -> None:
    payload = {"model": MODEL, "max_tokens": 64, "messages": [{"role": "user", "content": "x"}],
               "output_config": {"format": {"type": "json_schema", "schema": {"type": "objekt"}}}}
    assert ("E225", "/output_config/format/schema") in [(c, p) for c, p, _ in lint(json.dumps(payload).encode())]


def payloads_module() -> Any:
    """bench/payloads.py (realistic generated tool schemas)."""
    spec = importlib.util.spec_from_file_location("bench_payloads", Path(__file__).resolve().parents[2] / "bench" / "payloads.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_draft_2020_12_schemas_from_generators_are_accepted() -> None:
    payloads = payloads_module()
    for build in (payloads.pydantic_agent, payloads.mcp_request):
        assert lint(json.dumps(build()).encode()) == []
        for tool in build()["tools"]:
            jsonschema.Draft202012Validator.check_schema(tool["input_schema"])


def test_mismatch_messages_name_the_place_and_the_meant_alternative() -> None:
    """pydantic writes optional fields as ``anyOf: [X, {"type": "null"}]``: the message is about X."""
    address = {"type": "object", "properties": {"city": {"type": "string"}, "zip": {"type": "string", "pattern": "^[0-9]{5}$"}},
               "required": ["city"]}
    schema = {"type": "object", "$defs": {"Address": address},
              "properties": {"address": {"anyOf": [{"$ref": "#/$defs/Address"}, {"type": "null"}]},
                             "due": {"anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]},
                             "tier": {"enum": ["free", "pro"]}},
              "additionalProperties": False}
    checks = schema_of(schema)
    assert checks.check({"address": {"city": 5}}) == '5 is not of type "string" (at address/city)'
    assert checks.check({"address": {"city": "Lyon", "zip": "6900"}}) == '"6900" does not match "^[0-9]{5}$" (at address/zip)'
    assert checks.check({"due": 3}) == '3 is not of type "string" or "null" (at due)'
    assert checks.check({"tier": "gold"}) == '"gold" is not one of "free" or "pro" (at tier)'
    assert checks.check({"extra": 1}) == "Additional properties are not allowed ('extra' was unexpected)"
    assert checks.check({"address": None, "due": "not a date: format is an annotation"}) is None


def test_caches_forget_the_least_recently_used_schema() -> None:
    hot = {"type": "object", "properties": {"hot": {"type": "string"}}}
    first = schema_of(hot)
    for i in range(_schema.SCHEMA_CACHE_SIZE * 2):
        schema_of({"type": "object", "properties": {f"p{i}": {"type": "integer"}}})
        if i % 100 == 0:
            assert schema_of(hot) is first  # used again: stays
    assert len(_cache.SCHEMAS) == _schema.SCHEMA_CACHE_SIZE
    assert schema_of({"type": "object", "properties": {"p0": {"type": "integer"}}}) is not None


def test_the_linter_needs_no_python_jsonschema() -> None:
    code = (
        "import sys, json, msglint\n"
        "sys.modules['jsonschema'] = None\n"  # importing it now fails
        f"data = {request({'type': 'object', 'properties': {'q': {'type': 'strng'}}}, {})!r}\n"
        "print(json.dumps([d.code for d in msglint.check(data)]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "E223" in json.loads(done.stdout)


def test_importing_the_linter_does_not_load_the_validator() -> None:
    code = "import sys, msglint; print('jsonschema_rs' in sys.modules, 'jsonschema' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


def test_public_check_on_hostile_schema_is_fast() -> None:
    """The same through ``msglint.check`` (what the client's pre-flight lint and the fake call)."""
    started = time.perf_counter()
    found = msglint.check(request({"type": "object", "properties": {"q": {"pattern": "(a+)+$"}}}, {"q": "a" * 29 + "!"}))
    assert time.perf_counter() - started < 0.5
    assert "W224" in [d.code for d in found]


# ----------------------------------------------------------------------------- differential

_PATTERNS = ["^[a-z]+$", "^[0-9]{2,3}$", "a|b", "^(ab)*$", "^[A-Z][a-z]*$", "x", "^$", "^.{0,3}$"]
_LEAF = st.fixed_dictionaries(
    {},
    optional={
        "type": st.sampled_from(["string", "integer", "number", "boolean", "null", "object", "array"])
        | st.lists(st.sampled_from(["string", "integer", "null"]), min_size=1, max_size=2, unique=True),
        "enum": st.lists(st.one_of(st.integers(-2, 2), st.text("ab", max_size=2), st.booleans(), st.none()), min_size=1, max_size=3),
        "const": st.integers(-1, 1) | st.text("ab", max_size=1),
        "minimum": st.integers(-3, 3),
        "exclusiveMaximum": st.floats(-3, 3),
        "multipleOf": st.sampled_from([1, 2, 0.5]),
        "minLength": st.integers(0, 3),
        "maxLength": st.integers(0, 3),
        "pattern": st.sampled_from(_PATTERNS),
        "format": st.sampled_from(["date", "email", "uuid", "uri"]),
        "minItems": st.integers(0, 2),
        "maxItems": st.integers(0, 3),
        "uniqueItems": st.booleans(),
        "minProperties": st.integers(0, 2),
        "title": st.text(max_size=3),
        "default": st.integers() | st.none(),
    },
)
_BODIES = st.recursive(
    _LEAF | st.just({"$ref": "#/$defs/D"}),
    lambda inner: st.fixed_dictionaries(
        {"type": st.just("object")},
        optional={
            "properties": st.dictionaries(st.sampled_from(["a", "b", "c"]), inner, max_size=3),
            "required": st.lists(st.sampled_from(["a", "b"]), max_size=2, unique=True),
            "additionalProperties": st.booleans() | inner,
            "patternProperties": st.dictionaries(st.sampled_from(["^a", "b$", "^[cd]+$"]), inner, max_size=2),
            "propertyNames": st.fixed_dictionaries({"pattern": st.sampled_from(_PATTERNS)}),
        },
    )
    | st.fixed_dictionaries({"type": st.just("array"), "items": inner}, optional={"prefixItems": st.lists(inner, min_size=1, max_size=2)})
    | st.builds(lambda x: {"anyOf": [x, {"type": "null"}]}, inner)
    | st.builds(lambda x, y: {"oneOf": [x, y]}, inner, inner)
    | st.builds(lambda x: {"not": x}, inner),
    max_leaves=6,
)
#: Every schema defines ``D`` at its root, which its subschemas may ``$ref`` (as pydantic does).
SCHEMAS = st.builds(lambda body, d: {**body, "$defs": {"D": d}}, _BODIES, _LEAF)
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-4, 4) | st.floats(-4, 4, allow_nan=False) | st.text("abAZ019 é", max_size=4),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["a", "b", "c", "d", "ab", "cd"]), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(schema=SCHEMAS, value=VALUES)
def test_value_verdicts_agree_with_jsonschema(schema: dict[str, Any], value: Any) -> None:
    """Both ways a value is checked: walking the schema (first sights) and the compiled validator."""
    checks = Schema(schema, None)
    assert checks.problem is None and checks.unchecked is None, (schema, checks.problem)
    expected = jsonschema.Draft202012Validator(schema).is_valid(value)
    assert checks._validator().is_valid(value) == expected, (schema, value)
    try:
        walked = conforms(schema, value, _schema._matches)
    except Unsupported:
        assert "multipleOf" in json.dumps(schema)  # fractions are left to the compiled validator
    else:
        assert walked == expected, (schema, value)
    assert (checks.check(value) is None) == expected, (schema, value, checks.check(value))


def test_generated_schemas_are_walked_not_compiled() -> None:
    """First sights of pydantic and MCP tool schemas cost a walk: no keyword they use is left to
    the compiled validator, and no validator is compiled for their valid inputs."""
    data = [payloads_module().pydantic_agent(), payloads_module().mcp_request()]
    for payload in data:
        schemas = {tool["name"]: tool["input_schema"] for tool in payload["tools"]}
        for message in payload["messages"]:
            for block in message["content"] if isinstance(message["content"], list) else []:
                if block["type"] == "tool_use":
                    assert conforms(schemas[block["name"]], block["input"], _schema._matches)
    _cache.clear_all()
    assert lint(json.dumps(data[0]).encode()) == []
    assert len(_cache.VALIDATORS) == 0


_ANY_SCHEMA = st.recursive(
    st.booleans()
    | st.fixed_dictionaries(
        {},
        optional={
            "type": st.sampled_from(["string", "text", "integer", "object"])
            | st.lists(st.sampled_from(["string", "null", "strng"]), max_size=3),
            "minLength": st.integers(-2, 3) | st.just(True) | st.just(1.5),
            "required": st.lists(st.sampled_from(["a", "b", 3]), max_size=3),
            "description": st.text(max_size=2) | st.integers(),
            "enum": st.lists(st.integers(), max_size=2) | st.just("x"),
            "pattern": st.sampled_from(["^a", "(", "[z-a]", "a{2}", 3]),
            "anyOf": st.just([]) | st.just({}) | st.just([{"type": "null"}]),
            "$ref": st.sampled_from(["#", "#/$defs/x", 5]),
            "examples": st.lists(st.integers(), max_size=2) | st.just(1),
        },
    ),
    lambda inner: st.fixed_dictionaries(
        {},
        optional={
            "properties": st.dictionaries(st.sampled_from(["a", "b"]), inner, max_size=2),
            "items": inner | st.lists(inner, max_size=2),
            "$defs": st.dictionaries(st.just("x"), inner, max_size=1),
        },
    ),
    max_leaves=5,
)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(schema=_ANY_SCHEMA)
def test_schema_verdicts_agree_with_jsonschema(schema: Any) -> None:
    """Valid for the linter exactly when python jsonschema's draft 2020-12 meta-schema check (with
    its regex format check) passes."""
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
        expected = True
    except jsonschema.SchemaError:
        expected = False
    assert (Schema(schema, None).problem is None) == expected, (schema, Schema(schema, None).problem)


def test_distinct_patterns_per_request_are_bounded() -> None:
    """Compiling a pattern with Unicode classes takes milliseconds: a request of thousands of
    distinct ones stops at the named limit, says so, and the next request starts afresh."""
    count = _schema.PATTERNS_PER_REQUEST + 50
    schema = {"type": "object", "properties": {f"p{i}": {"pattern": f"^\\p{{L}}{{2}}{i}$"} for i in range(count)}}
    found, seconds = timed(request(schema, {"p0": "x"}))
    assert [code for code, _, _ in found] == ["W219"]
    assert f"more than {_schema.PATTERNS_PER_REQUEST} distinct schema patterns" in found[0][2]
    assert seconds < 10
    small = {"type": "object", "properties": {"q": {"pattern": "^[a-z]+$"}}}
    assert [code for code, _, _ in lint(request(small, {"q": "A"}))] == ["W224"]


def test_lru_table_keeps_what_is_used() -> None:
    table: _cache.LRU[int, str] = _cache.LRU("test table", 3)
    for key in (1, 2, 3):
        table.put(key, str(key))
    assert table.get(1) == "1"  # 1 is now the most recently used
    table.put(4, "4")  # evicts 2, the least recently used
    assert 2 not in table and [k for k in (1, 3, 4) if k in table] == [1, 3, 4]
    assert len(table) == 3


# ----------------------------------------------------------------------------- the flat meta-schema

_ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.sampled_from([0.5, 1e300]) | st.text("ab#", max_size=2),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text("ab", max_size=1), inner, max_size=2),
    max_leaves=4,
)
_NAME = st.sampled_from(["a", "b", "$x", ""])
_NAMES = st.lists(_NAME, max_size=3)  # repeated names now and then: uniqueItems
_TYPE = st.sampled_from(["array", "boolean", "integer", "null", "number", "object", "string"])


def _keyword_values(inner: Any) -> dict[str, Any]:
    """For each keyword, (values the meta-schema accepts, values near them that it may not)."""
    sub = (inner, st.sampled_from([5, "x", [], None]))
    subs = (st.lists(inner, min_size=1, max_size=2), st.just([]) | st.just({}) | st.lists(_ANY_JSON, max_size=2))
    sub_map = (st.dictionaries(_NAME, inner, max_size=2), st.just([]) | st.dictionaries(_NAME, _ANY_JSON, max_size=1))
    string = (st.text("ab#/:", max_size=4), st.sampled_from([5, None, ["a"]]))
    number = (st.integers(-3, 3) | st.sampled_from([0.5, -1.5, 1e300]), st.sampled_from(["1", True, None]))
    count = (st.integers(0, 3), st.sampled_from([-1, 1.0, 1.5, "1", True]))
    boolean = (st.booleans(), st.sampled_from([0, "true", None]))
    anchor = (st.sampled_from(["_a", "a-b.c", "A9"]), st.sampled_from(["1a", "", "a b", "-a", 5]))
    anything = (_ANY_JSON, st.nothing())
    values = {
        "$id": (st.sampled_from(["http://x/y", "a#", "a", ""]), st.sampled_from(["a#b", "#x", 5])),
        "$anchor": anchor, "$dynamicAnchor": anchor, "$recursiveAnchor": anchor,
        "$vocabulary": (st.dictionaries(_NAME, st.booleans(), max_size=2), st.dictionaries(_NAME, st.just(1), min_size=1, max_size=1) | st.just([])),
        "type": (_TYPE | st.lists(_TYPE, min_size=1, max_size=3, unique=True), st.just([]) | st.just("strng") | st.lists(_TYPE, min_size=2, max_size=2)),
        "enum": (st.lists(_ANY_JSON, max_size=3), st.sampled_from(["x", {}, 1])),
        "examples": (st.lists(_ANY_JSON, max_size=2), st.sampled_from(["x", {}, 1])),
        "multipleOf": (st.sampled_from([0.5, 2, 3]), st.sampled_from([0, -1, "2"])),
        "required": (st.lists(_NAME, max_size=2, unique=True), _NAMES | st.just([5]) | st.just("a")),
        "dependentRequired": (st.dictionaries(_NAME, st.lists(_NAME, max_size=2, unique=True), max_size=2), st.dictionaries(_NAME, _NAMES | st.just("a"), min_size=1, max_size=1)),
        "dependencies": (st.dictionaries(_NAME, inner | st.lists(_NAME, max_size=2, unique=True), max_size=2), st.dictionaries(_NAME, _NAMES | st.just(5), min_size=1, max_size=1)),
        "const": anything, "default": anything, "x-extra": anything, "nullable": anything,
    }
    for keyword in ("items", "contains", "additionalProperties", "propertyNames", "if", "then", "else", "not", "unevaluatedItems", "unevaluatedProperties", "contentSchema"):
        values[keyword] = sub
    for keyword in ("prefixItems", "allOf", "anyOf", "oneOf"):
        values[keyword] = subs
    for keyword in ("$defs", "properties", "patternProperties", "dependentSchemas", "definitions"):
        values[keyword] = sub_map
    for keyword in ("$schema", "$ref", "$dynamicRef", "$recursiveRef", "$comment", "pattern", "title", "description", "format", "contentEncoding", "contentMediaType"):
        values[keyword] = string
    for keyword in ("maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum"):
        values[keyword] = number
    for keyword in ("maxLength", "minLength", "maxItems", "minItems", "maxContains", "minContains", "maxProperties", "minProperties"):
        values[keyword] = count
    for keyword in ("uniqueItems", "deprecated", "readOnly", "writeOnly"):
        values[keyword] = boolean
    return values


def _meta_schema(inner: Any) -> Any:
    """A schema with a few keywords, each value mostly right and now and then slightly wrong (so
    that a schema is often valid, or wrong in just one place)."""
    values = _keyword_values(inner)
    keyword = st.sampled_from(sorted(values))
    pair = keyword.flatmap(lambda k: st.tuples(st.just(k), st.one_of(values[k][0], values[k][0], values[k][0], values[k][1])))
    return st.lists(pair, max_size=4).map(dict)


_META_SCHEMAS = st.recursive(st.booleans() | st.just({}), _meta_schema, max_leaves=6)


@settings(max_examples=1500, deadline=None, suppress_health_check=list(HealthCheck))
@given(schema=_META_SCHEMAS)
def test_flat_meta_schema_agrees_with_the_official_one(schema: Any) -> None:
    """The one-document meta-schema (``FLAT_META``, what first sights are checked with) accepts
    exactly what jsonschema-rs's official draft 2020-12 meta-schema accepts."""
    _schema._engine()
    try:
        expected = _schema._official().is_valid(schema)
    except (ValueError, OverflowError):
        with pytest.raises((ValueError, OverflowError)):
            _schema._FLAT.is_valid(schema)
        return
    assert _schema._FLAT.is_valid(schema) == expected, schema


def test_flat_meta_schema_on_generated_tools() -> None:
    """Both meta-schemas accept the bench's generated tool schemas, and reject each of them once
    one keyword's value is made wrong."""
    for payload in (payloads_module().pydantic_agent(), payloads_module().mcp_request()):
        for tool in payload["tools"]:
            schema = tool["input_schema"]
            assert _schema._FLAT.is_valid(schema) and _schema._official().is_valid(schema)
            for keyword in ("type", "properties", "required", "description"):
                if keyword in schema:
                    broken = {**schema, keyword: 7}
                    assert not _schema._FLAT.is_valid(broken) and not _schema._official().is_valid(broken)


@settings(max_examples=1500, deadline=None, suppress_health_check=list(HealthCheck))
@given(schema=_META_SCHEMAS)
def test_python_meta_check_accepts_only_what_the_meta_schema_accepts(schema: Any) -> None:
    """``surely_valid`` (what a process judges its first schemas with, before jsonschema-rs is
    loaded) never accepts a schema the meta-schema rejects."""
    from msglint._schemaeval import surely_valid

    if surely_valid(schema):
        assert _schema._official().is_valid(schema) and _schema._FLAT.is_valid(schema), schema


def test_python_meta_check_accepts_generated_tools() -> None:
    """It is sure of the generated schemas (else it would save nothing)."""
    from msglint._schemaeval import surely_valid

    for payload in (payloads_module().pydantic_agent(), payloads_module().mcp_request()):
        assert all(surely_valid(tool["input_schema"]) for tool in payload["tools"])


def _mcp_without_patterns(broken: bool) -> dict[str, Any]:
    """The bench's 100 MCP tools without their patterns; ``broken``: one invalid schema (E223) and
    one tool_use input with a property its closed schema does not allow (W224)."""
    body: dict[str, Any] = json.loads(json.dumps(payloads_module().mcp_request()))  # unshared
    for tool in body["tools"]:
        for field in tool["input_schema"]["properties"].values():
            field.pop("pattern", None)
    if broken:
        body["tools"][0]["input_schema"]["properties"]["owner"]["type"] = "strng"
        body["messages"][1]["content"][1]["input"]["state"] = 7
    return body


_FRESH = """
import json, sys
sys.path.insert(0, "tests/lint_rules")
import msglint, test_schema
found = msglint.check(json.dumps(test_schema._mcp_without_patterns(BROKEN)).encode())
print(json.dumps(["jsonschema_rs" in sys.modules, [[d.code, d.path, d.message] for d in found]]))
"""


def test_first_tools_without_patterns_need_no_jsonschema_rs() -> None:
    """A fresh process linting 100 MCP tools without patterns judges them in Python, without
    loading jsonschema-rs (about 20 ms of CPU); an invalid schema and a mismatching input are
    worded by jsonschema-rs, exactly as when it judges everything."""
    root = Path(__file__).resolve().parents[2]

    def fresh(broken: bool) -> tuple[bool, list[list[str]]]:
        code = _FRESH.replace("BROKEN", str(broken))
        done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
        loaded, found = json.loads(done.stdout)
        return loaded, found

    assert fresh(False) == (False, [])
    loaded, found = fresh(True)
    assert loaded
    _schema._engine()
    _schema._plain[0] = 0  # everything through jsonschema-rs in this process
    body = _mcp_without_patterns(True)
    expected = [[d.code, d.path, d.message] for d in msglint.check(json.dumps(body).encode())]
    assert found == expected and {"E223", "W224"} <= {code for code, _, _ in found}
