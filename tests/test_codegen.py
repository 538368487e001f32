"""Unit tests of the schema / TypedDict generator on small Structs defined here."""

from __future__ import annotations

import dataclasses
import functools
import json
import subprocess
import sys
import textwrap
import types
import typing
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal, Union

import jsonschema
import msgspec
import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st
from msgspec import UNSET, Meta, UnsetType

from msgtypes import _codegen as cg

REPO = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# Toy Structs, shaped like the real ones: strict request base, tagged unions, UNSET optionals.
# ---------------------------------------------------------------------------------------------


class _Req(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True, kw_only=True):
    pass


class _Resp(msgspec.Struct, kw_only=True):
    pass


class ToyText(_Req, tag_field="type", tag="text", kw_only=True):
    """A run of text.

    Second paragraph, indented in the source."""

    type: ClassVar[Literal["text"]] = "text"
    text: Annotated[str, Meta(min_length=1, description="What the block says.")]
    cache: Literal["ephemeral"] | None | UnsetType = UNSET


class ToyImage(_Req, tag_field="type", tag="image", kw_only=True):
    url: Annotated[str, Meta(pattern="^https://")]
    n: Annotated[int, Meta(ge=1)] | UnsetType = UNSET


class ToyCustomTool(_Req, tag_field="type", tag="custom", kw_only=True):
    r"""A tool without "type" is this one (backslash \ and \"\"\" survive)."""

    name: str


class ToyServerTool(_Req, tag_field="type", tag="server_20250101", kw_only=True):
    max_uses: Annotated[int, Meta(gt=0)] | UnsetType = UNSET


class ToyKeyword(_Req, kw_only=True):
    from_: str = msgspec.field(name="from")
    note: str | UnsetType = UNSET


ToyBlock = Union[ToyText, ToyImage]
ToyRole = Literal["user", "assistant"]
ToyTool = Union[ToyCustomTool, ToyServerTool]
# A second name for the same union: the shorter name must win.
ToyBlockUnionWithALongerName = ToyBlock


class ToyMessage(_Req, kw_only=True):
    role: ToyRole
    content: str | list[ToyBlock]


class ToyParams(_Req, kw_only=True):
    """Top-level toy request."""

    model: Annotated[str, Meta(min_length=1, max_length=20)]
    max_tokens: Annotated[int, Meta(ge=1, le=100)]
    messages: list[ToyMessage]
    # Float bounds, as the real Structs write them: typing caches Annotated[...] by equal
    # arguments, and Meta(ge=0) == Meta(ge=0.0), so int bounds here would be what the real
    # `temperature` renders when this module is imported first (the drift test then fails).
    temperature: Annotated[float, Meta(ge=0.0, le=1.0)] | UnsetType = UNSET
    tags: dict[str, int] | None | UnsetType = UNSET
    stop: list[Annotated[str, Meta(max_length=5)]] | UnsetType = UNSET
    tools: list[ToyTool] | UnsetType = UNSET
    extra: ToyBlock | None | UnsetType = UNSET
    metadata: dict[str, Any] | UnsetType = UNSET
    keyword: ToyKeyword | UnsetType = UNSET


class ToyResponse(_Resp):
    """A lenient response."""

    id: str
    blocks: list[ToyBlock]


ROOTS = [
    cg.Root("toy_params.json", "ToyParams", ToyParams),
    cg.Root("toy_response.json", "ToyResponse", ToyResponse),
    cg.Root("toy_block.json", "ToyBlock", ToyBlock),
]


@pytest.fixture(scope="module")
def docs() -> dict[str, dict[str, Any]]:
    return cg.build_schemas(ROOTS, id_base="https://example.test/")


@pytest.fixture(scope="module")
def dicts_source() -> str:
    return cg.typeddict_source([ToyParams])


def _exec_module(source: str, name: str = "toydicts") -> types.ModuleType:
    module = types.ModuleType(name)
    sys.modules[name] = module
    try:
        exec(compile(source, f"<{name}>", "exec"), module.__dict__)
    finally:
        del sys.modules[name]
    return module


# ---------------------------------------------------------------------------------------------
# JSON Schema
# ---------------------------------------------------------------------------------------------


def test_every_document_is_valid_2020_12(docs: dict[str, dict[str, Any]]) -> None:
    assert set(docs) == {r.filename for r in ROOTS}
    for doc in docs.values():
        jsonschema.Draft202012Validator.check_schema(doc)


def test_document_header(docs: dict[str, dict[str, Any]]) -> None:
    doc = docs["toy_params.json"]
    assert doc["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert doc["$id"] == "https://example.test/toy_params.json"
    assert doc["$comment"] == cg.GENERATED_NOTE
    assert doc["title"] == "ToyParams"
    assert doc["description"] == "Top-level toy request."
    assert doc["$ref"] == "#/$defs/ToyParams"


def test_union_root_is_inline_and_described(docs: dict[str, dict[str, Any]]) -> None:
    doc = docs["toy_block.json"]
    assert "$ref" not in doc
    assert [m["$ref"] for m in doc["anyOf"]] == ["#/$defs/ToyText", "#/$defs/ToyImage"]
    assert doc["discriminator"]["propertyName"] == "type"
    assert "ToyText" in doc["description"] and "ToyImage" in doc["description"]


def test_only_reachable_defs_are_kept(docs: dict[str, dict[str, Any]]) -> None:
    assert set(docs["toy_block.json"]["$defs"]) == {"ToyText", "ToyImage"}
    assert set(docs["toy_response.json"]["$defs"]) == {"ToyResponse", "ToyText", "ToyImage"}
    params_defs = set(docs["toy_params.json"]["$defs"])
    assert "ToyResponse" not in params_defs
    assert {"ToyParams", "ToyMessage", "ToyCustomTool", "ToyKeyword"} <= params_defs


def test_docstring_description_is_dedented(docs: dict[str, dict[str, Any]]) -> None:
    text = docs["toy_block.json"]["$defs"]["ToyText"]["description"]
    assert text == "A run of text.\n\nSecond paragraph, indented in the source."


def test_strictness_and_constraints_reach_the_schema(docs: dict[str, dict[str, Any]]) -> None:
    defs = docs["toy_params.json"]["$defs"]
    assert defs["ToyParams"]["additionalProperties"] is False
    assert "additionalProperties" not in docs["toy_response.json"]["$defs"]["ToyResponse"]
    props = defs["ToyParams"]["properties"]
    assert props["max_tokens"] == {"type": "integer", "minimum": 1, "maximum": 100}
    assert defs["ToyParams"]["required"] == ["model", "max_tokens", "messages"]


def test_optional_tag_is_not_required(docs: dict[str, dict[str, Any]]) -> None:
    defs = docs["toy_params.json"]["$defs"]
    assert "type" not in defs["ToyCustomTool"]["required"]
    assert "type" in defs["ToyServerTool"]["required"]
    validator = jsonschema.Draft202012Validator(docs["toy_params.json"])
    base = {"model": "m", "max_tokens": 1, "messages": []}
    assert validator.is_valid({**base, "tools": [{"name": "calc"}]})
    assert validator.is_valid({**base, "tools": [{"type": "custom", "name": "calc"}]})
    assert not validator.is_valid({**base, "tools": [{"type": "other", "name": "calc"}]})


def test_render_json_is_deterministic(docs: dict[str, dict[str, Any]]) -> None:
    text = cg.render_json(docs["toy_params.json"])
    again = cg.render_json(cg.build_schemas(ROOTS, id_base="https://example.test/")[
        "toy_params.json"
    ])
    assert text == again
    assert text.endswith("}\n")
    lines = text.splitlines()
    assert lines[1] == f'  "$comment": "{cg.GENERATED_NOTE}",'
    assert json.loads(text) == docs["toy_params.json"]
    # sorted keys at every level
    assert text == json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


# --- differential: jsonschema and msgspec agree on what a valid ToyParams is ------------------

_MISSING = object()
_ints = st.integers(min_value=-(2**53), max_value=2**53)
_junk = st.recursive(
    st.none() | st.booleans() | _ints | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.sampled_from(["type", "text", "url", "x"]), inner, max_size=3),
    max_leaves=6,
)


def _maybe(
    valid: st.SearchStrategy[Any],
    near: st.SearchStrategy[Any] | None = None,
    *,
    optional: bool = True,
) -> st.SearchStrategy[Any]:
    """Mostly a valid value; now and then a near miss (``near``), junk, or (often, for optional
    fields) nothing at all."""
    choices = {
        "valid": valid,
        "near": _junk if near is None else near,
        "junk": _junk,
        "absent": st.just(_MISSING),
    }
    weights = ["valid"] * 16 + ["near", "junk"] + ["absent"] * (6 if optional else 1)
    return st.sampled_from(weights).flatmap(choices.__getitem__)


def _tag(good: str, *bad: str) -> st.SearchStrategy[str]:
    return st.sampled_from([good] * 16 + list(bad))


_short = st.text(max_size=3)
_text_block = st.fixed_dictionaries(
    {
        "type": _tag("text", "image", "txt"),
        "text": _maybe(st.text(min_size=1, max_size=3), st.just(""), optional=False),
        "cache": _maybe(st.sampled_from(["ephemeral", None]), st.just("forever")),
    }
)
_image_block = st.fixed_dictionaries(
    {
        "type": _tag("image", "text"),
        "url": _maybe(st.just("https://a"), st.sampled_from(["http://a", "xhttps://"]),
                      optional=False),
        "n": _maybe(st.integers(1, 5), st.integers(-1, 0)),
    }
)
_block = st.one_of(_text_block, _image_block)
_message = st.fixed_dictionaries(
    {
        "role": _maybe(st.sampled_from(["user", "assistant"]), st.just("system"), optional=False),
        "content": _maybe(st.one_of(_short, st.lists(_block, max_size=3)), optional=False),
    }
)
_tool = st.one_of(
    st.fixed_dictionaries(
        {
            "type": _maybe(st.just("custom"), st.just("server_20250101")),
            "name": _maybe(_short, optional=False),
        }
    ),
    st.fixed_dictionaries(
        {"type": _tag("server_20250101", "custom"), "max_uses": _maybe(st.integers(1, 3),
                                                                    st.integers(-1, 0))}
    ),
)
_params = st.fixed_dictionaries(
    {
        "model": _maybe(st.text(min_size=1, max_size=20), st.sampled_from(["", "m" * 21]),
                        optional=False),
        "max_tokens": _maybe(st.integers(1, 100), st.sampled_from([0, 101]), optional=False),
        "messages": _maybe(st.lists(_message, max_size=2), optional=False),
        "temperature": _maybe(
            st.floats(0, 1) | st.integers(0, 1), st.sampled_from([-0.5, 1.5, 2, True])
        ),
        "tags": _maybe(st.none() | st.dictionaries(_short, _ints), st.just({"a": "b"})),
        "stop": _maybe(st.lists(st.text(max_size=5), max_size=2), st.just(["toolong"])),
        "tools": _maybe(st.lists(_tool, max_size=2)),
        "extra": _maybe(_block),
        "metadata": _maybe(st.dictionaries(_short, _junk, max_size=2)),
        "keyword": _maybe(
            st.fixed_dictionaries({"from": _maybe(_short, optional=False)}),
            st.just({"from_": "x"}),
        ),
        "unknown_field": st.sampled_from([True] * 16 + [False]).flatmap(
            lambda absent: st.just(_MISSING) if absent else _junk
        ),
    }
)


def _prune(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _prune(v) for k, v in value.items() if v is not _MISSING}
    if isinstance(value, list):
        return [_prune(v) for v in value]
    return value


def _msgspec_accepts(instance: Any) -> bool:
    try:
        msgspec.json.decode(msgspec.json.encode(instance), type=ToyParams)
    except msgspec.ValidationError:
        return False
    return True


@functools.cache
def _params_validator() -> jsonschema.Draft202012Validator:
    schema = cg.build_schemas(ROOTS[:1], id_base="https://example.test/")["toy_params.json"]
    return jsonschema.Draft202012Validator(schema)


def _with_custom_tags(instance: Any) -> Any:
    """Fill in the tag of tools without one (the codec does this before msgspec sees them)."""
    tools = instance.get("tools") if isinstance(instance, dict) else None
    for tool in tools if isinstance(tools, list) else []:
        if isinstance(tool, dict) and "type" not in tool and "max_uses" not in tool:
            tool["type"] = "custom"
    return instance


def test_instance_strategy_reaches_both_outcomes() -> None:
    find(_params, lambda raw: _msgspec_accepts(_with_custom_tags(_prune(raw))))
    find(_params, lambda raw: not _msgspec_accepts(_with_custom_tags(_prune(raw))))


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(raw=_params)
def test_schema_agrees_with_msgspec(raw: dict[str, Any]) -> None:
    # The one intended difference: a tool without "type" is valid API input (the codec adds
    # the tag) but a bare msgspec decode needs the tag, so compare with the tag filled in.
    instance = _with_custom_tags(_prune(raw))
    by_schema = _params_validator().is_valid(instance)
    assert by_schema == _msgspec_accepts(instance), instance


# ---------------------------------------------------------------------------------------------
# TypedDict mirrors
# ---------------------------------------------------------------------------------------------


def test_source_header_and_names(dicts_source: str) -> None:
    first = dicts_source.splitlines()[0]
    assert first.startswith("# Generated by python -m msgtypes._codegen")
    assert first.endswith("do not edit.")
    module = _exec_module(dicts_source)
    for name in ["ToyParams", "ToyMessage", "ToyText", "ToyImage", "ToyCustomTool", "ToyKeyword"]:
        assert isinstance(getattr(module, name), type), name
    # response-only Structs are not mirrored
    assert not hasattr(module, "ToyResponse")


def test_required_and_optional_keys(dicts_source: str) -> None:
    module = _exec_module(dicts_source)
    params = module.ToyParams
    assert params.__required_keys__ == {"model", "max_tokens", "messages"}
    assert params.__optional_keys__ == {
        "temperature", "tags", "stop", "tools", "extra", "metadata", "keyword",
    }
    assert module.ToyText.__required_keys__ == {"type", "text"}
    assert module.ToyText.__optional_keys__ == {"cache"}
    assert module.ToyCustomTool.__required_keys__ == {"name"}
    assert module.ToyCustomTool.__optional_keys__ == {"type"}
    assert module.ToyServerTool.__required_keys__ == {"type"}
    assert module.ToyKeyword.__required_keys__ == {"from"}
    assert module.ToyKeyword.__optional_keys__ == {"note"}


def test_annotations_and_aliases(dicts_source: str) -> None:
    assert "ToyBlock: TypeAlias = ToyText | ToyImage" in dicts_source
    assert 'ToyRole: TypeAlias = Literal["assistant", "user"]' in dicts_source
    assert "ToyBlockUnionWithALongerName" not in dicts_source
    assert "    role: ToyRole\n" in dicts_source
    assert "    content: str | Sequence[ToyBlock]\n" in dicts_source  # read-only: covariant
    assert "    extra: ToyBlock | None\n" in dicts_source
    assert "    tags: Mapping[str, int] | None\n" in dicts_source
    assert "    metadata: dict[str, Any]\n" in dicts_source
    assert '    cache: Literal["ephemeral"] | None\n' in dicts_source
    assert "UnsetType" not in dicts_source and "UNSET" not in dicts_source
    # constraints go into comments, the type is the base type
    assert "    max_tokens: int  # ge=1, le=100\n" in dicts_source
    assert "    stop: Sequence[str]  # items: max_length=5\n" in dicts_source
    assert "    # What the block says.\n    text: str  # min_length=1\n" in dicts_source
    module = _exec_module(dicts_source)
    assert module.ToyBlock == module.ToyText | module.ToyImage


class ToyMixed(_Req, kw_only=True):
    mixed: ToyText | ToyImage | ToyServerTool | None
    blocks: str | list[ToyBlock] | None


def test_alias_covering_only_some_structs_is_not_used() -> None:
    source = cg.typeddict_source([ToyMixed])
    assert "    mixed: ToyText | ToyImage | ToyServerTool | None\n" in source
    assert "    blocks: str | Sequence[ToyBlock] | None\n" in source


def test_docstrings_carried_over(dicts_source: str) -> None:
    module = _exec_module(dicts_source)
    assert module.ToyParams.__doc__ == "Top-level toy request."
    assert module.ToyCustomTool.__doc__ == ToyCustomTool.__doc__
    assert "Second paragraph" in module.ToyText.__doc__


_OK_SNIPPET = """
from __future__ import annotations

from toydicts import ToyBlock, ToyMessage, ToyParams

blocks: list[ToyBlock] = [{"type": "text", "text": "hi"}]
blocks.append({"type": "image", "url": "https://x", "n": 2})
message: ToyMessage = {"role": "user", "content": blocks}
params: ToyParams = {
    "model": "toy",
    "max_tokens": 10,
    "messages": [
        message,
        {"role": "assistant", "content": [{"type": "text", "text": "a", "cache": None}]},
        {"role": "user", "content": "plain"},
    ],
    "tools": [{"name": "calc"}, {"type": "custom", "name": "x"}, {"type": "server_20250101"}],
    "tags": None,
    "extra": {"type": "image", "url": "https://y"},
    "keyword": {"from": "here"},
    "metadata": {"anything": [1, {"goes": None}]},
}
"""

_BAD_SNIPPET = """
from __future__ import annotations

from toydicts import ToyParams, ToyText

a: ToyParams = {"model": "m", "max_tokens": 1, "messages": [{"role": "system", "content": ""}]}  # E
b: ToyParams = {"model": "m", "max_tokens": 1}  # E
c: ToyParams = {"model": "m", "max_tokens": "1", "messages": []}  # E
d: ToyParams = {"model": "m", "max_tokens": 1, "messages": [], "temprature": 0.5}  # E
e: ToyText = {"type": "image", "text": "x"}  # E
f: ToyText = {"text": "x"}  # E
g: ToyParams = {"model": "m", "max_tokens": 1, "messages": [], "tools": [{"type": "custom"}]}  # E
"""


def _mypy(tmp_path: Path, *files: Path) -> tuple[str, int]:
    """Run ``mypy --strict`` (Python 3.10 rules, no project config) on ``files``."""
    from mypy import api

    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\n")
    stdout, stderr, status = api.run(
        [
            "--config-file", str(config),
            "--strict", "--python-version", "3.10",
            "--cache-dir", str(tmp_path / ".mypy_cache"),
            "--no-error-summary", "--hide-error-context",
            *map(str, files),
        ]
    )
    return stdout + stderr, status


def test_mypy_strict_accepts_good_and_rejects_bad(tmp_path: Path, dicts_source: str) -> None:
    (tmp_path / "toydicts.py").write_text(dicts_source)
    (tmp_path / "ok.py").write_text(_OK_SNIPPET)
    (tmp_path / "bad.py").write_text(_BAD_SNIPPET)
    stdout, _ = _mypy(tmp_path, tmp_path / "toydicts.py", tmp_path / "ok.py", tmp_path / "bad.py")
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    assert not [e for e in errors if "bad.py" not in e], stdout
    bad_lines = {int(e.split(":")[1]) for e in errors}
    expected = {
        i for i, line in enumerate(_BAD_SNIPPET.splitlines(), start=1) if line.endswith("# E")
    }
    assert bad_lines == expected, stdout


def _ruff(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache",
         "--config", str(REPO / "pyproject.toml"), str(path)],
        capture_output=True, text=True, check=False,
    )


def test_ruff_accepts_generated_source(tmp_path: Path, dicts_source: str) -> None:
    path = tmp_path / "toydicts.py"
    path.write_text(dicts_source)
    result = _ruff(path)
    assert result.returncode == 0, result.stdout + result.stderr


# --- long types are broken over lines, and still compile, type-check and lint ------------------


class ToyAVeryLongStructNameNumberOne(_Req, tag_field="type", tag="one", kw_only=True):
    value: str


class ToyAVeryLongStructNameNumberTwo(_Req, tag_field="type", tag="two", kw_only=True):
    value: str


class ToyAVeryLongStructNameNumberThree(_Req, tag_field="type", tag="three", kw_only=True):
    value: str


class ToyWide(_Req, kw_only=True):
    pick: (
        ToyAVeryLongStructNameNumberOne
        | ToyAVeryLongStructNameNumberTwo
        | ToyAVeryLongStructNameNumberThree
    )
    many: list[
        ToyAVeryLongStructNameNumberOne
        | ToyAVeryLongStructNameNumberTwo
        | ToyAVeryLongStructNameNumberThree
    ] | None | UnsetType = UNSET
    mode: Literal[
        "a-rather-long-literal-value-one",
        "a-rather-long-literal-value-two",
        "a-rather-long-literal-value-three",
    ] | UnsetType = UNSET
    # A long description and constraint must wrap inside comments too.
    code: Annotated[
        str,
        Meta(
            pattern="^[a-zA-Z0-9_-]{1,64}$" * 3,
            description="A long description " * 12,
        ),
    ] | UnsetType = UNSET


def test_long_lines_are_wrapped(tmp_path: Path) -> None:
    source = cg.typeddict_source([ToyWide])
    assert max(len(line) for line in source.splitlines()) <= 100
    module = _exec_module(source)
    hints = typing.get_type_hints(module.ToyWide, globalns=vars(module))
    assert hints["pick"] == (
        module.ToyAVeryLongStructNameNumberOne
        | module.ToyAVeryLongStructNameNumberTwo
        | module.ToyAVeryLongStructNameNumberThree
    )
    path = tmp_path / "wide.py"
    path.write_text(source)
    result = _ruff(path)
    assert result.returncode == 0, result.stdout + result.stderr
    output, status = _mypy(tmp_path, path)
    assert status == 0, output


# --- errors -------------------------------------------------------------------------------------


def test_two_structs_with_one_name_are_refused() -> None:
    def make() -> type[msgspec.Struct]:
        return msgspec.defstruct("Clash", [("x", int)], bases=(_Req,), kw_only=True)

    holder = msgspec.defstruct(
        "Holder", [("a", make()), ("b", make())], bases=(_Req,), kw_only=True
    )
    with pytest.raises(ValueError, match="Clash"):
        cg.typeddict_source([holder])


@dataclasses.dataclass
class ToyPoint:
    x: int


class ToyHasDataclass(_Req, kw_only=True):
    p: ToyPoint


def test_unsupported_field_type_is_refused() -> None:
    with pytest.raises(TypeError, match="no TypedDict mirror"):
        cg.typeddict_source([ToyHasDataclass])


# ---------------------------------------------------------------------------------------------
# Files: check / write
# ---------------------------------------------------------------------------------------------


def test_check_and_write_round_trip(tmp_path: Path) -> None:
    schemas = tmp_path / "schemas"
    files = {
        schemas / "a.json": '{"a": 1}\n',
        tmp_path / "pkg" / "dicts.py": "# generated\n",
    }
    assert sorted(cg.check(files, tmp_path)) == sorted(files)
    assert sorted(cg.write(files, tmp_path)) == sorted(files)
    assert cg.check(files, tmp_path) == []
    assert cg.write(files, tmp_path) == []

    (schemas / "a.json").write_text('{"a": 2}\n')
    assert cg.check(files, tmp_path) == [schemas / "a.json"]

    stale = schemas / "old.json"
    stale.write_text(json.dumps({"$comment": cg.GENERATED_NOTE}))
    handmade = schemas / "handmade.json"
    handmade.write_text("{}")
    assert cg.check(files, tmp_path) == [schemas / "a.json", stale]
    cg.write(files, tmp_path)
    assert not stale.exists() and handmade.exists()
    assert (schemas / "a.json").read_text() == '{"a": 1}\n'


def test_importing_codegen_is_light() -> None:
    code = textwrap.dedent(
        """
        import sys
        import msgtypes._codegen
        heavy = [m for m in ("jsonschema", "httpx", "mypy") if m in sys.modules]
        assert not heavy, heavy
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert result.returncode == 0, result.stderr
