"""Unit tests for the path machinery: the SDK walk (tests/sdk_surface.py) and the schema walk and
comparison over committed snapshots (tests/sdk_paths.py)."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Annotated, Any, Literal, Optional, Union

import msgspec
import pydantic
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sdk_paths import (
    Coverage,
    Snapshot,
    coverage,
    enum_gaps,
    load_schema,
    schema_enums,
    schema_paths,
    snapshots,
    write_dump,
)
from sdk_surface import HEADER_PARAMS, enum_values, sdk_paths
from typing_extensions import NotRequired, Required, TypedDict

# --------------------------------------------------------------------------- pydantic models


class Cite(pydantic.BaseModel):
    type: Literal["char_location"]
    cited_text: str


class Text(pydantic.BaseModel):
    type: Literal["text"]
    text: str
    citations: Optional[list[Cite]] = None


class Image(pydantic.BaseModel):
    type: Literal["image"]
    url: str


class Reply(pydantic.BaseModel):
    id: str
    content: list[Annotated[Union[Text, Image], "discriminator"]]
    extra: dict[str, object]
    schema_: Optional[str] = pydantic.Field(default=None, alias="schema")


class Node(pydantic.BaseModel):
    name: str
    children: list[Node] = []


def test_pydantic_fields_lists_unions_and_aliases() -> None:
    assert sdk_paths(Reply) == {
        "id",
        "content",
        "content[type=text].type",
        "content[type=text].text",
        "content[type=text].citations",
        "content[type=text].citations[type=char_location].type",
        "content[type=text].citations[type=char_location].cited_text",
        "content[type=image].type",
        "content[type=image].url",
        "extra",
        "schema",
    }


def test_root_union_is_tagged_without_a_leading_dot() -> None:
    assert sdk_paths(Union[Text, Image]) >= {"[type=text].text", "[type=image].url"}


def test_pydantic_cycle_terminates() -> None:
    # a type already on the current chain is not entered again
    assert sdk_paths(Node) == {"name", "children"}


# --------------------------------------------------------------------------- TypedDicts


class ToolConfig(TypedDict, total=False):
    enabled: bool


class SchemaTyped(TypedDict, total=False):
    type: Required[Literal["object"]]
    properties: Optional[dict[str, object]]


class CustomTool(TypedDict, total=False):
    name: Required[str]
    type: Optional[Literal["custom"]]
    input_schema: Required[Union[SchemaTyped, dict[str, object]]]


class SearchTool(TypedDict, total=False):
    type: Required[Literal["search_v2", "search"]]
    configs: dict[str, ToolConfig]


class Source(TypedDict):
    type: Literal["base64"]
    data: Annotated[Union[str, IO[bytes]], "format"]


class HeaderInfo:
    """Stands in for the SDK's PropertyInfo: metadata carrying an alias."""

    def __init__(self, alias: str) -> None:
        self.alias = alias


class Params(TypedDict, total=False):
    tools: Required[Iterable[Union[CustomTool, SearchTool]]]
    stop: list[str]
    source: NotRequired[Source]
    betas: Annotated[list[str], HeaderInfo("anthropic-beta")]
    renamed: Annotated[int, HeaderInfo("wire_name")]


class Tree(TypedDict, total=False):
    label: str
    kids: list[Tree]


def test_typeddict_tags_dicts_and_free_form() -> None:
    assert sdk_paths(Params) == {
        "tools",
        "tools[type=custom].name",
        "tools[type=custom].type",
        "tools[type=custom].input_schema",
        "tools[type=custom].input_schema[type=object].type",
        "tools[type=custom].input_schema[type=object].properties",
        "tools[type=search_v2].type",
        "tools[type=search_v2].configs",
        "tools[type=search_v2].configs{}.enabled",
        "tools[type=search].type",
        "tools[type=search].configs",
        "tools[type=search].configs{}.enabled",
        "stop",
        "source",
        "source[type=base64].type",
        "source[type=base64].data",
        "wire_name",
    }


def test_header_fields_are_excluded() -> None:
    assert not any("betas" in p or "anthropic-beta" in p for p in sdk_paths(Params))


def test_typeddict_cycle_terminates() -> None:
    assert sdk_paths(Tree) == {"label", "kids"}


def test_unknown_generic_is_an_error() -> None:
    class Odd(TypedDict):
        hook: Callable[[int], int]

    with pytest.raises(TypeError, match="unhandled generic"):
        sdk_paths(Odd)


# --------------------------------------------------------------------------- hand-written schemas

HAND_SCHEMA: dict[str, Any] = {
    "$ref": "#/$defs/Params",
    "$defs": {
        "Params": {
            "type": "object",
            "properties": {
                "tools": {
                    "type": "array",
                    "items": {
                        "anyOf": [{"$ref": "#/$defs/Custom"}, {"$ref": "#/$defs/Search"}],
                    },
                },
                "system": {
                    "anyOf": [
                        {"type": "string"},
                        {"type": "array", "items": {"$ref": "#/$defs/Text"}},
                    ]
                },
                "meta": {"anyOf": [{"$ref": "#/$defs/Meta"}, {"type": "null"}]},
                "free": {"type": "object"},
            },
        },
        "Custom": {
            "type": "object",
            "properties": {
                "type": {"anyOf": [{"const": "custom"}, {"type": "null"}]},
                "name": {"type": "string"},
            },
        },
        "Search": {
            "type": "object",
            "properties": {
                "type": {"$ref": "#/$defs/SearchKind"},
                "configs": {"type": "object", "additionalProperties": {"$ref": "#/$defs/Conf"}},
            },
        },
        "SearchKind": {"enum": ["search_v2", "search"]},
        "Conf": {"type": "object", "properties": {"enabled": {"type": "boolean"}}},
        "Text": {
            "type": "object",
            "properties": {"type": {"enum": ["text"]}, "text": {"type": "string"}},
        },
        "Meta": {
            "type": "object",
            "properties": {
                "kind": {"type": "string"},
                "type": {"type": "string"},
                "parent": {"$ref": "#/$defs/Meta"},
            },
        },
    },
}


def test_hand_written_schema_paths() -> None:
    assert schema_paths(HAND_SCHEMA) == {
        "tools",
        "tools[type=custom].type",
        "tools[type=custom].name",
        "tools[type=search_v2].type",
        "tools[type=search_v2].configs",
        "tools[type=search_v2].configs{}.enabled",
        "tools[type=search].type",
        "tools[type=search].configs",
        "tools[type=search].configs{}.enabled",
        "system",
        "system[type=text].type",
        "system[type=text].text",
        "meta",
        # a free string `type` is not a tag; the recursive `parent` stops after one level
        "meta.kind",
        "meta.type",
        "meta.parent",
        "free",
    }


def test_root_union_with_discriminator_mapping_only() -> None:
    schema = {
        "discriminator": {
            "propertyName": "type",
            "mapping": {"ping": "#/$defs/Ping", "pong": "#/$defs/Pong"},
        },
        "$defs": {
            "Ping": {"type": "object", "properties": {"type": {"const": "ping"}}},
            "Pong": {
                "type": "object",
                "properties": {"type": {"const": "pong"}, "n": {"type": "integer"}},
            },
        },
    }
    assert schema_paths(schema) == {"[type=ping].type", "[type=pong].type", "[type=pong].n"}


def test_dangling_ref_is_an_error() -> None:
    with pytest.raises(ValueError, match="dangling"):
        schema_paths({"$ref": "#/$defs/Nope", "$defs": {}})


# ---------------------------------------------------------------- SDK vs msgspec agreement


class McCache(msgspec.Struct, tag_field="type", tag="ephemeral"):
    ttl: Union[Literal["5m", "1h"], msgspec.UnsetType] = msgspec.UNSET


class McText(msgspec.Struct, tag_field="type", tag="text"):
    text: str
    cache_control: Union[McCache, msgspec.UnsetType, None] = msgspec.UNSET


class McImage(msgspec.Struct, tag_field="type", tag="image"):
    url: str


class McTool(msgspec.Struct):
    name: str
    type: Union[Literal["custom"], msgspec.UnsetType] = msgspec.UNSET
    input_schema: dict[str, Any] = {}
    configs: Union[dict[str, McCache], None] = None


class McParams(msgspec.Struct):
    content: Union[str, list[Union[McText, McImage]]]
    tools: list[McTool]


class TdCache(TypedDict, total=False):
    type: Required[Literal["ephemeral"]]
    ttl: Literal["5m", "1h"]


class TdText(TypedDict, total=False):
    type: Required[Literal["text"]]
    text: Required[str]
    cache_control: Optional[TdCache]


class TdImage(TypedDict):
    type: Literal["image"]
    url: str


class TdTool(TypedDict, total=False):
    name: Required[str]
    type: Optional[Literal["custom"]]
    input_schema: dict[str, object]
    configs: Optional[dict[str, TdCache]]


class TdParams(TypedDict):
    content: Union[str, Iterable[Union[TdText, TdImage]]]
    tools: Iterable[TdTool]


def test_msgspec_schema_matches_equivalent_typeddicts() -> None:
    expected = sdk_paths(TdParams)
    assert "content[type=text].cache_control[type=ephemeral].ttl" in expected
    assert "tools[type=custom].configs{}[type=ephemeral].ttl" in expected
    assert schema_paths(msgspec.json.schema(McParams)) == expected


# A random shape is rendered both as TypedDicts and as msgspec Structs; the two walkers must agree.
Shape = tuple[Any, ...]
_NAMES = st.sampled_from(["alpha", "beta", "gamma", "delta"])
_TAGS = st.sampled_from(["t1", "t2", "t3", "t4"])


def _objects(children: st.SearchStrategy[Shape]) -> st.SearchStrategy[Shape]:
    return st.builds(
        lambda fields, tags: ("o", tuple(fields.items()), tuple(tags)),
        st.dictionaries(_NAMES, children, max_size=3),
        st.lists(_TAGS, unique=True, max_size=2),
    )


def _extend(children: st.SearchStrategy[Shape]) -> st.SearchStrategy[Shape]:
    member = st.tuples(_TAGS, st.dictionaries(_NAMES, children, max_size=3))
    return st.one_of(
        st.tuples(st.just("l"), children),
        st.tuples(st.just("d"), children),
        _objects(children),
        st.builds(
            lambda members: ("u", tuple(members)),
            st.lists(member, unique_by=lambda m: m[0], min_size=1, max_size=3),
        ),
    )


_SHAPES = _objects(st.recursive(st.just(("s",)), _extend, max_leaves=12))


def _as_typeddict(shape: Shape, names: Iterable[int]) -> Any:
    counter = iter(names)

    def render(node: Shape) -> Any:
        kind = node[0]
        if kind == "s":
            return int
        if kind == "l":
            return list[render(node[1])]  # type: ignore[misc]
        if kind == "d":
            return dict[str, render(node[1])]  # type: ignore[misc]
        if kind == "o":
            return obj(dict(node[1]), node[2])
        members = [obj(fields, (tag,)) for tag, fields in node[1]]
        return Union[tuple([str, *members])]

    def obj(fields: dict[str, Shape], tags: tuple[str, ...]) -> Any:
        spec = {name: render(sub) for name, sub in fields.items()}
        if tags:
            spec["type"] = Literal[tags]
        return TypedDict(f"Td{next(counter)}", spec)  # type: ignore[operator]

    return render(shape)


def _as_struct(shape: Shape, names: Iterable[int]) -> Any:
    counter = iter(names)

    def render(node: Shape) -> Any:
        kind = node[0]
        if kind == "s":
            return int
        if kind == "l":
            return list[render(node[1])]  # type: ignore[misc]
        if kind == "d":
            return dict[str, render(node[1])]  # type: ignore[misc]
        if kind == "o":
            return obj(dict(node[1]), node[2])
        members = [obj(fields, (tag,)) for tag, fields in node[1]]
        return Union[tuple([str, *members])]

    def obj(fields: dict[str, Shape], tags: tuple[str, ...]) -> Any:
        spec: list[tuple[str, Any]] = [(name, render(sub)) for name, sub in fields.items()]
        name = f"St{next(counter)}"
        if len(tags) == 1:
            return msgspec.defstruct(name, spec, tag_field="type", tag=tags[0])
        if tags:
            spec.append(("type", Literal[tags]))
        return msgspec.defstruct(name, spec)

    return render(shape)


@settings(max_examples=150, deadline=None)
@given(_SHAPES)
def test_walkers_agree_on_random_shapes(shape: Shape) -> None:
    typed = _as_typeddict(shape, itertools.count())
    struct = _as_struct(shape, itertools.count())
    assert schema_paths(msgspec.json.schema(struct)) == sdk_paths(typed)


# --------------------------------------------------------------------------- committed snapshots


def _snapshot(version: str) -> Snapshot:
    found = [s for s in snapshots() if s.version == version]
    assert found, f"no committed snapshot of anthropic {version} (make oracle VERSION={version})"
    return found[0]


def test_snapshots_of_both_oracles_are_committed() -> None:
    versions = [s.version for s in snapshots()]
    assert "0.75.0" in versions and "2.14.0" in versions
    assert versions.index("0.75.0") < versions.index("2.14.0")


def test_message_create_params_walk_descends_into_the_sdk() -> None:
    paths = _snapshot("0.75.0").paths("message_create_params")
    assert 300 <= len(paths) < 5000
    assert {
        "max_tokens",
        "stream",
        "messages[].role",
        "messages[].content[type=text].citations[type=char_location].cited_text",
        "tools[type=custom].input_schema[type=object].properties",
        "tools[type=tool_search_tool_bm25].name",
        "tools[type=tool_search_tool_bm25_20251119].name",
        "tools[type=mcp_toolset].configs{}.enabled",
        "thinking[type=enabled].budget_tokens",
        "context_management.edits[type=clear_tool_uses_20250919].trigger",
    } <= paths
    assert not any(p.split(".")[0] in {"betas", "extra_headers", "extra_body"} for p in paths)


def test_header_params_are_not_body_paths() -> None:
    for snap in snapshots():
        for body in snap.bodies:
            assert not {p.split(".")[0] for p in snap.paths(body)} & HEADER_PARAMS, body


def test_beta_and_stable_are_both_walked() -> None:
    snap = _snapshot("2.14.0")
    create = snap.paths("message_create_params")
    assert "mcp_servers[type=url].url" in create
    assert "mcp_servers[type=url].url" in snap.beta_only("message_create_params")
    assert "output_config.effort" not in snap.beta_only("message_create_params")
    assert "requests[].params.max_tokens" in snap.paths("batch_create_params")


def test_every_body_has_sdk_paths_and_enums() -> None:
    old, new = _snapshot("0.75.0"), _snapshot("2.14.0")
    assert len(old.bodies) == 12
    assert set(new.bodies) == set(old.bodies) - {"completion", "completion_create_params"}
    for snap in (old, new):
        for body in snap.bodies:
            assert snap.paths(body), body
    assert "xhigh" in new.enums("message_create_params")["output_config.effort"]
    assert "claude-mythos-preview" in new.models
    assert new.deprecated_models["claude-opus-4-5"] == "January 22nd, 2027"


def test_enum_values_look_through_lists_and_optionals() -> None:
    assert enum_values(Optional[list[Literal["a", "b"]]]) == ["a", "b"]
    assert enum_values(Union[Literal["a"], str]) is None
    assert enum_values(int) is None


# --------------------------------------------------------------------------- coverage and dump

TINY = Snapshot(
    version="0.0.1",
    data={
        "version": "0.0.1",
        "bodies": {
            "hand": {
                "paths": sorted(sdk_paths(Params)),
                "enums": {"source[type=base64].kind": ["a", "b"], "meta.kind": ["x"]},
            }
        },
        "names": [],
        "betas": [],
        "models": [],
        "deprecated_models": {},
    },
)


def test_coverage_counts_missing_and_extra(tmp_path: Path) -> None:
    (tmp_path / "hand.json").write_text(json.dumps(HAND_SCHEMA), encoding="utf-8")
    result = coverage(TINY, "hand", tmp_path)
    assert isinstance(result, Coverage)
    assert "source[type=base64].data" in result.missing
    assert "free" in result.extra
    assert result.ratio == pytest.approx(len(result.covered) / len(result.sdk))
    assert 0 < result.ratio < 1
    assert result.summary().startswith("hand (anthropic 0.0.1): ")
    assert result.tag_mismatches() == []


def test_enum_gaps_only_where_our_schema_is_closed(tmp_path: Path) -> None:
    schema = {
        "type": "object",
        "properties": {
            "mode": {"enum": ["a"]},
            "tags": {"type": "array", "items": {"enum": ["x", "y"]}},
            "free": {"anyOf": [{"type": "string"}, {"enum": ["z"]}]},
        },
    }
    (tmp_path / "e.json").write_text(json.dumps(schema), encoding="utf-8")
    enums = schema_enums(schema)
    assert enums["tags"].values == {"x", "y"} and not enums["tags"].open
    assert enums["free"].open
    snap = Snapshot(
        version="1",
        data={"bodies": {"e": {"paths": [], "enums": {
            "mode": ["a", "b"], "tags": ["x"], "free": ["q"], "absent": ["w"]}}}},
    )
    assert enum_gaps(snap, "e", tmp_path) == {"mode": ["b"]}


def test_tag_mismatches_point_at_untagged_structs() -> None:
    result = Coverage(
        name="x",
        sdk=frozenset({"[type=message].id", "[type=message].content[type=text].text", "gone"}),
        schema=frozenset({"id", "content[].text"}),
    )
    assert result.ratio == 0
    assert result.tag_mismatches() == [
        "[type=message].content[type=text].text",
        "[type=message].id",
    ]


def test_missing_schema_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"hand\.json"):
        load_schema("hand", tmp_path)


def test_write_dump_lists_every_body(tmp_path: Path) -> None:
    target = tmp_path / "dump.txt"
    write_dump(target, _snapshot("0.75.0"))
    text = target.read_text(encoding="utf-8")
    assert "## message_create_params.json" in text
    assert "## message_count_tokens_params.json" in text
    assert "\nmessages[].role\n" in text


class Inner(TypedDict, total=False):
    workspace_id: str


class HeaderParams(TypedDict, total=False):
    model: str
    workspace_id: str
    user_profile_id: str
    inner: Inner


def test_header_params_are_dropped_only_at_the_root() -> None:
    assert sdk_paths(HeaderParams) == {"model", "inner", "inner.workspace_id"}
