"""The committed generated files (schemas/*.json, msgtypes/dicts.py) against the real Structs."""

from __future__ import annotations

import ast
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import msgspec
import msgspec.inspect as mi
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import from_type

import msgtypes
from msgtypes import _codegen as cg
from msgtypes import codec

REPO = Path(__file__).resolve().parent.parent
SCHEMAS = REPO / "schemas"
DICTS = REPO / "msgtypes" / "dicts.py"


@pytest.fixture(scope="module")
def expected() -> dict[Path, str]:
    return cg.generate(REPO)


def _schema(filename: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((SCHEMAS / filename).read_text(encoding="utf-8"))
    return doc


# --- drift ---------------------------------------------------------------------------------------


def test_generated_files_are_up_to_date(expected: dict[Path, str]) -> None:
    differ = cg.check(expected, REPO)
    names = ", ".join(str(p.relative_to(REPO)) for p in differ)
    assert not differ, f"generated files are out of date ({names}); run make schemas"


def test_check_command_agrees() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "msgtypes._codegen", "--check", "--repo", str(REPO)],
        capture_output=True, text=True, cwd=REPO, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr + "\nrun make schemas"


def test_every_listed_root_has_a_file() -> None:
    on_disk = {p.name for p in SCHEMAS.glob("*.json")}
    assert set(cg.SCHEMA_FILES) <= on_disk


# --- schemas -------------------------------------------------------------------------------------


@pytest.mark.parametrize("filename", sorted(cg.SCHEMA_FILES))
def test_schema_is_valid_2020_12(filename: str) -> None:
    doc = _schema(filename)
    jsonschema.Draft202012Validator.check_schema(doc)
    assert doc["$schema"] == cg.SCHEMA_DIALECT
    assert doc["$id"] == cg.ID_BASE + filename
    assert doc["$comment"] == cg.GENERATED_NOTE
    assert doc["title"] == cg.SCHEMA_FILES[filename]
    assert doc["description"]


@pytest.mark.parametrize("filename", sorted(cg.SCHEMA_FILES))
def test_schema_defs_are_all_used(filename: str) -> None:
    doc = _schema(filename)
    root = {k: v for k, v in doc.items() if k != "$defs"}
    assert set(doc.get("$defs", {})) == cg._reachable(root, doc.get("$defs", {}))


def _validator(filename: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(_schema(filename))


_VALIDATORS = {name: _validator(name) for name in cg.SCHEMA_FILES}


_ANNOTATIONS = {"description", "title", "examples", "default", "deprecated", "$comment"}


def _extra_rules(tp: Any) -> list[dict[str, Any]]:
    """Validation keywords the Structs add through ``Meta(extra_json_schema=...)``.

    They state API rules that msgspec itself does not enforce (e.g. ``input_schema`` must say
    ``"type": "object"``), so a value the Structs encode need not satisfy them.
    """
    rules: list[dict[str, Any]] = []
    seen: set[type] = set()

    def visit(t: mi.Type) -> None:
        if isinstance(t, mi.StructType):
            if t.cls in seen:
                return
            seen.add(t.cls)
        if isinstance(t, mi.Metadata) and t.extra_json_schema:
            rule = {k: v for k, v in t.extra_json_schema.items() if k not in _ANNOTATIONS}
            if rule:
                rules.append(rule)
        for child in cg._children(t):
            visit(child)

    visit(mi.type_info(tp))
    return rules


def _without(node: Any, rules: list[dict[str, Any]]) -> Any:
    """A copy of a schema with every occurrence of the given keyword groups removed."""
    if isinstance(node, list):
        return [_without(item, rules) for item in node]
    if not isinstance(node, dict):
        return node
    drop = {k for rule in rules if all(node.get(k) == v for k, v in rule.items()) for k in rule}
    return {k: _without(v, rules) for k, v in node.items() if k not in drop}


@pytest.mark.parametrize("filename", sorted(cg.SCHEMA_FILES))
def test_schema_accepts_every_encoded_value(filename: str) -> None:
    """Whatever the Structs can encode, the schema accepts (less the Meta-only API rules)."""
    tp = getattr(msgtypes, cg.SCHEMA_FILES[filename])
    rules = _extra_rules(tp)
    validator = jsonschema.Draft202012Validator(_without(_schema(filename), rules))

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(value=from_type(tp))
    def check(value: Any) -> None:
        instance = json.loads(msgspec.json.encode(value))
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(instance)]
        assert not errors, errors[:3]

    check()


def test_extra_rules_are_found_and_enforced_by_the_schema() -> None:
    rules = _extra_rules(msgtypes.MessageCreateParams)
    assert any(rule.get("required") == ["type"] for rule in rules)
    body = {
        "model": "m",
        "max_tokens": 1,
        "messages": [{"role": "user", "content": "hi"}],
        "tools": [{"name": "t", "input_schema": {}}],
    }
    assert not _VALIDATORS["message_create_params.json"].is_valid(body)
    relaxed = _without(_schema("message_create_params.json"), rules)
    assert jsonschema.Draft202012Validator(relaxed).is_valid(body)


@pytest.mark.parametrize("name", ["hello.json", "tool_use.json", "vision_thinking.json"])
def test_example_requests_are_valid(name: str) -> None:
    data = (REPO / "examples" / "requests" / name).read_bytes()
    _VALIDATORS["message_create_params.json"].validate(json.loads(data))
    codec.decode(data, type=msgtypes.MessageCreateParams)


def test_mistakes_example_fails_both_ways() -> None:
    data = (REPO / "examples" / "requests" / "mistakes.json").read_bytes()
    assert not _VALIDATORS["message_create_params.json"].is_valid(json.loads(data))
    with pytest.raises(msgspec.ValidationError):
        codec.decode(data, type=msgtypes.MessageCreateParams)


def test_custom_tool_type_is_optional_in_schema_and_codec() -> None:
    body = {
        "model": "claude-sonnet-4-5",
        "max_tokens": 16,
        "messages": [{"role": "user", "content": "hi"}],
        "tools": [{"name": "lookup", "input_schema": {"type": "object"}}],
    }
    assert _VALIDATORS["message_create_params.json"].is_valid(body)
    codec.decode(json.dumps(body), type=msgtypes.MessageCreateParams)
    body["tools"] = [{"type": "no_such_tool", "name": "lookup"}]
    assert not _VALIDATORS["message_create_params.json"].is_valid(body)


@given(
    role=st.sampled_from(["user", "assistant", "system", "tool"]),  # system turns are valid now
    max_tokens=st.integers(-2, 3),
    block_type=st.sampled_from(["text", "image", "txt", "tool_result"]),
)
@settings(max_examples=60, deadline=None)
def test_schema_and_decoder_agree_on_small_edits(
    role: str, max_tokens: int, block_type: str
) -> None:
    body = {
        "model": "claude-sonnet-4-5",
        "max_tokens": max_tokens,
        "messages": [{"role": role, "content": [{"type": block_type, "text": "hi"}]}],
    }
    by_schema = _VALIDATORS["message_create_params.json"].is_valid(body)
    try:
        codec.decode(json.dumps(body), type=msgtypes.MessageCreateParams)
        by_decoder = True
    except msgspec.ValidationError:
        by_decoder = False
    assert by_schema == by_decoder
    # max_tokens 0 is valid: it only warms the prompt cache
    assert by_schema == (
        role in ("user", "assistant", "system") and max_tokens >= 0 and block_type == "text"
    )


# --- TypedDict mirrors ---------------------------------------------------------------------------


def _load_dicts() -> Any:
    spec = importlib.util.spec_from_file_location("_generated_dicts", DICTS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def test_dicts_module_compiles_and_says_it_is_generated() -> None:
    source = DICTS.read_text(encoding="utf-8")
    compile(source, str(DICTS), "exec")
    first = source.splitlines()[0]
    assert first.startswith("# Generated by python -m msgtypes._codegen") and "do not edit" in first


def test_dicts_keys_match_the_structs() -> None:
    module = _load_dicts()
    roots = [getattr(msgtypes, name) for name in cg.REQUEST_ROOTS]
    structs = cg._structs(mi.multi_type_info(roots))
    assert structs
    for info in structs:
        td = getattr(module, info.cls.__name__)
        required = {f.encode_name for f in info.fields if f.required}
        optional = {f.encode_name for f in info.fields if not f.required}
        if info.tag_field is not None:
            (optional if info.tag in cg.OPTIONAL_TAGS else required).add(info.tag_field)
        assert td.__required_keys__ == required, info.cls.__name__
        assert td.__optional_keys__ == optional, info.cls.__name__


def test_dicts_module_imports_only_typing() -> None:
    tree = ast.parse(DICTS.read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            imported.add(node.module)
        elif isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
    assert imported == {"__future__", "typing", "collections.abc"}


_OK = '''
from __future__ import annotations

from gen_dicts import BatchCreateParams, ContentBlockParam, MessageCreateParams, MessageParam

blocks: list[ContentBlockParam] = [{"type": "text", "text": "What is in this image?"}]
blocks.append(
    {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBO"}}
)
history: list[MessageParam] = [{"role": "user", "content": blocks}]
params: MessageCreateParams = {
    "model": "claude-sonnet-4-5",
    "max_tokens": 4096,
    "system": [{"type": "text", "text": "Be brief.", "cache_control": {"type": "ephemeral"}}],
    "messages": [
        *history,
        {
            "role": "assistant",
            "content": [{"type": "tool_use", "id": "toolu_1", "name": "lookup", "input": {}}],
        },
        {
            "role": "user",
            "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "42"}],
        },
    ],
    "tools": [
        {"name": "lookup", "input_schema": {"type": "object"}},
        {"type": "custom", "name": "other", "input_schema": {"type": "object"}},
        {"type": "bash_20250124", "name": "bash"},
    ],
    "tool_choice": {"type": "auto"},
    "thinking": {"type": "enabled", "budget_tokens": 2048},
    "temperature": 1.0,
}
batch: BatchCreateParams = {"requests": [{"custom_id": "a", "params": params}]}
'''

_BAD = '''
from __future__ import annotations

from gen_dicts import MessageCreateParams as P
from gen_dicts import MessageParam

a: P = {"model": "m", "max_tokens": 1, "messages": [{"role": "tool", "content": "x"}]}  # E
b: P = {"model": "m", "messages": []}  # E
c: P = {"model": "m", "max_tokens": 1, "messages": [], "temprature": 1.0}  # E
d: MessageParam = {"role": "user", "content": [{"type": "txt", "text": "x"}]}  # E
e: P = {"model": "m", "max_tokens": 1, "messages": [], "tools": [{"name": "x"}]}  # E
f: MessageParam = {"role": "user", "content": [{"type": "image", "source": {"type": "url"}}]}  # E
'''


def test_mypy_strict_on_dict_literals(tmp_path: Path) -> None:
    from mypy import api

    (tmp_path / "gen_dicts.py").write_text(DICTS.read_text(encoding="utf-8"))
    (tmp_path / "ok.py").write_text(_OK)
    (tmp_path / "bad.py").write_text(_BAD)
    (tmp_path / "mypy.ini").write_text("[mypy]\n")
    stdout, stderr, _ = api.run(
        [
            "--config-file", str(tmp_path / "mypy.ini"),
            "--strict", "--python-version", "3.10",
            "--cache-dir", str(tmp_path / ".mypy_cache"),
            "--no-error-summary", "--hide-error-context",
            *(str(tmp_path / f) for f in ("gen_dicts.py", "ok.py", "bad.py")),
        ]
    )
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    assert not [e for e in errors if "bad.py" not in e], stdout + stderr
    expected = {i for i, line in enumerate(_BAD.splitlines(), start=1) if line.endswith("# E")}
    assert {int(e.split(":")[1]) for e in errors} == expected, stdout
