"""Field-path sets of the official SDK's types and of our JSON Schemas, for coverage tests.

A path names one JSON field reached from a body's root, for example
``messages[].content[type=text].citations[type=char_location].cited_text``:

* ``.name`` steps into an object field (no leading dot at the root);
* ``[]`` steps into list items, ``{}`` into the values of a typed dict;
* ``[type=V]`` marks an object whose ``type`` field is a string literal ``V``. It replaces a
  trailing ``[]`` (list of tagged objects), and an object whose ``type`` allows several literal
  values yields its paths once per value.

Only field names produce paths; containers and non-object union members add no paths of their
own, and free-form JSON (``Dict[str, object]``, ``object``, ``{"type": "object"}``) is a leaf.

The official SDK is used here only as a reference to compare against; the package never imports it.
"""

from __future__ import annotations

import collections.abc
import json
import os
import re
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Union

import pydantic
import typing_extensions

__all__ = [
    "BODIES",
    "Body",
    "Coverage",
    "body_sdk_paths",
    "coverage",
    "load_schema",
    "main",
    "schema_paths",
    "sdk_paths",
    "write_dump",
]

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
MAX_DEPTH = 40

# Field aliases the SDK uses for HTTP headers: such fields are not part of any JSON body.
_HEADER_ALIASES = frozenset({"anthropic-beta"})


# --------------------------------------------------------------------------- path building


def _child(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _item(prefix: str) -> str:
    return f"{prefix}[]"


def _value(prefix: str) -> str:
    return prefix + "{}"


def _tagged(prefix: str, tag: str | None) -> str:
    if tag is None:
        return prefix
    base = prefix[:-2] if prefix.endswith("[]") else prefix
    return f"{base}[type={tag}]"


# --------------------------------------------------------------------------- SDK side

_LIST_ORIGINS: tuple[type, ...] = (
    list,
    tuple,
    set,
    frozenset,
    collections.abc.Iterable,
    collections.abc.Iterator,
    collections.abc.Collection,
    collections.abc.Sequence,
    collections.abc.MutableSequence,
    collections.abc.Set,
    collections.abc.MutableSet,
)
_MAP_ORIGINS: tuple[type, ...] = (dict, collections.abc.Mapping, collections.abc.MutableMapping)
# SDK conveniences for file content (``IO[bytes]``, ``PathLike``): not JSON structure.
_OPAQUE_ORIGINS: tuple[object, ...] = (typing.IO, os.PathLike)
_WRAPPERS: tuple[object, ...] = (
    typing_extensions.Required,
    typing_extensions.NotRequired,
    typing_extensions.ReadOnly,
    typing.ClassVar,
)


def _strip(tp: object) -> object:
    """Remove Annotated, Required, NotRequired and similar wrappers."""
    while True:
        origin = typing_extensions.get_origin(tp)
        if origin is typing_extensions.Annotated:
            tp = typing_extensions.get_args(tp)[0]
        elif origin in _WRAPPERS:
            tp = typing_extensions.get_args(tp)[0]
        else:
            return tp


def _is_union(origin: object) -> bool:
    return origin is Union or origin is types.UnionType


def _sdk_literals(tp: object) -> list[str] | None:
    """String values of a Literal annotation (None allowed alongside), else None."""
    tp = _strip(tp)
    origin = typing_extensions.get_origin(tp)
    if origin is Literal or origin is typing_extensions.Literal:
        values = typing_extensions.get_args(tp)
        if all(isinstance(v, str) for v in values):
            return list(values)
        return None
    if _is_union(origin):
        found: list[str] = []
        for arg in typing_extensions.get_args(tp):
            if arg is type(None):
                continue
            sub = _sdk_literals(arg)
            if sub is None:
                return None
            found.extend(v for v in sub if v not in found)
        return found or None
    return None


def _header_alias(annotation: object) -> bool:
    for meta in getattr(annotation, "__metadata__", ()):
        if getattr(meta, "alias", None) in _HEADER_ALIASES:
            return True
    return False


def _sdk_fields(tp: type) -> list[tuple[str, object]] | None:
    """JSON field names and annotations of a pydantic model or TypedDict, else None."""
    if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
        return [(info.alias or name, info.annotation) for name, info in tp.model_fields.items()]
    if typing_extensions.is_typeddict(tp):
        hints = typing_extensions.get_type_hints(tp, include_extras=True)
        out: list[tuple[str, object]] = []
        for name, annotation in hints.items():
            if _header_alias(annotation):
                continue
            alias = None
            for meta in getattr(annotation, "__metadata__", ()):
                alias = getattr(meta, "alias", None) or alias
            out.append((alias or name, annotation))
        return out
    return None


def _walk_sdk(tp: object, path: str, out: set[str], chain: tuple[type, ...]) -> None:
    tp = _strip(tp)
    origin = typing_extensions.get_origin(tp)
    args = typing_extensions.get_args(tp)
    if _is_union(origin):
        for arg in args:
            _walk_sdk(arg, path, out, chain)
        return
    if origin is Literal or origin is typing_extensions.Literal or origin in _OPAQUE_ORIGINS:
        return
    if origin is not None:
        if origin in _MAP_ORIGINS:
            _walk_sdk(args[1], _value(path), out, chain)
            return
        if origin in _LIST_ORIGINS:
            for arg in args:
                if arg is not Ellipsis:
                    _walk_sdk(arg, _item(path), out, chain)
            return
        if origin is type:
            return
        raise TypeError(f"unhandled generic {tp!r} at {path!r}")
    if isinstance(tp, (str, typing.ForwardRef)):
        raise TypeError(f"unresolved forward reference {tp!r} at {path!r}")
    if not isinstance(tp, type):
        return  # Any, TypeVar and the like: free-form
    fields = _sdk_fields(tp)
    if fields is None or tp in chain or len(chain) >= MAX_DEPTH:
        return  # scalar, enum, object, or a cycle
    annotations = dict(fields)
    tags: list[str | None] = []
    if "type" in annotations:
        tags.extend(_sdk_literals(annotations["type"]) or [])
    for tag in tags or [None]:
        node = _tagged(path, tag)
        for name, annotation in fields:
            child = _child(node, name)
            out.add(child)
            _walk_sdk(annotation, child, out, (*chain, tp))


def sdk_paths(*tps: object) -> set[str]:
    """All field paths of the given SDK types (pydantic models, TypedDicts, unions of them)."""
    out: set[str] = set()
    for tp in tps:
        _walk_sdk(tp, "", out, ())
    return out


# --------------------------------------------------------------------------- schema side

Schema = Mapping[str, Any]


@dataclass
class _SchemaWalker:
    defs: Mapping[str, Schema]
    out: set[str] = field(default_factory=set)

    def resolve(self, node: Schema) -> tuple[Schema, str | None]:
        ref = node.get("$ref")
        if ref is None:
            return node, None
        prefix = "#/$defs/"
        if not isinstance(ref, str) or not ref.startswith(prefix):
            raise ValueError(f"unsupported $ref {ref!r}")
        name = ref[len(prefix) :]
        if name not in self.defs:
            raise ValueError(f"dangling $ref {ref!r}")
        return self.defs[name], name

    def literals(self, node: Schema, seen: frozenset[str] = frozenset()) -> list[str] | None:
        """String values of a const/enum schema (null allowed alongside), else None."""
        target, ref = self.resolve(node)
        if ref is not None:
            if ref in seen:
                return None
            return self.literals(target, seen | {ref})
        if "const" in node:
            values = [node["const"]]
        elif "enum" in node:
            values = list(node["enum"])
        else:
            members = list(node.get("anyOf", ())) + list(node.get("oneOf", ()))
            if not members:
                return None
            found: list[str] = []
            for member in members:
                if member.get("type") == "null":
                    continue
                sub = self.literals(member, seen)
                if sub is None:
                    return None
                found.extend(v for v in sub if v not in found)
            return found or None
        strings = [v for v in values if isinstance(v, str)]
        return strings or None

    def walk(self, node: Schema, path: str, chain: tuple[str, ...]) -> None:
        if len(chain) >= MAX_DEPTH:
            return
        target, ref = self.resolve(node)
        if ref is not None:
            if ref not in chain:
                self.walk(target, path, (*chain, ref))
            node = {k: v for k, v in node.items() if k != "$ref"}
        for key in ("anyOf", "oneOf", "allOf"):
            for member in node.get(key, ()):
                self.walk(member, path, chain)
        discriminator = node.get("discriminator")
        if isinstance(discriminator, Mapping):
            for target_ref in discriminator.get("mapping", {}).values():
                self.walk({"$ref": target_ref}, path, chain)
        items = node.get("items")
        if isinstance(items, Mapping):
            self.walk(items, _item(path), chain)
        for member in node.get("prefixItems", ()):
            self.walk(member, _item(path), chain)
        extra = node.get("additionalProperties")
        if isinstance(extra, Mapping):
            self.walk(extra, _value(path), chain)
        properties = node.get("properties")
        if isinstance(properties, Mapping):
            tags: list[str | None] = []
            if "type" in properties:
                tags.extend(self.literals(properties["type"]) or [])
            for tag in tags or [None]:
                base = _tagged(path, tag)
                for name, sub in properties.items():
                    child = _child(base, name)
                    self.out.add(child)
                    self.walk(sub, child, chain)


def schema_paths(schema: Schema) -> set[str]:
    """All field paths of a JSON Schema document (refs resolved into its ``$defs``)."""
    walker = _SchemaWalker(defs=schema.get("$defs", {}))
    walker.walk(schema, "", ())
    return walker.out


# --------------------------------------------------------------------------- bodies


@dataclass(frozen=True)
class Body:
    """One API body: our schema file and the SDK types (stable and beta) it should cover."""

    schema_file: str
    sdk_types: Callable[[], tuple[object, ...]]

    @property
    def name(self) -> str:
        return self.schema_file.removesuffix(".json")


def _message_create() -> tuple[object, ...]:
    from anthropic.types import message_create_params as stable
    from anthropic.types.beta import message_create_params as beta

    return (
        stable.MessageCreateParamsNonStreaming,
        stable.MessageCreateParamsStreaming,
        beta.MessageCreateParamsNonStreaming,
        beta.MessageCreateParamsStreaming,
    )


def _count_tokens() -> tuple[object, ...]:
    from anthropic.types import message_count_tokens_params as stable
    from anthropic.types.beta import message_count_tokens_params as beta

    return (stable.MessageCountTokensParams, beta.MessageCountTokensParams)


def _batch_create() -> tuple[object, ...]:
    from anthropic.types.beta.messages import batch_create_params as beta
    from anthropic.types.messages import batch_create_params as stable

    return (stable.BatchCreateParams, beta.BatchCreateParams)


def _completion_create() -> tuple[object, ...]:
    from anthropic.types import completion_create_params as stable

    return (stable.CompletionCreateParamsNonStreaming, stable.CompletionCreateParamsStreaming)


def _message() -> tuple[object, ...]:
    from anthropic.types import Message
    from anthropic.types.beta import BetaMessage

    return (Message, BetaMessage)


def _stream_event() -> tuple[object, ...]:
    from anthropic.types import RawMessageStreamEvent
    from anthropic.types.beta import BetaRawMessageStreamEvent

    return (RawMessageStreamEvent, BetaRawMessageStreamEvent)


def _tokens_count() -> tuple[object, ...]:
    from anthropic.types import MessageTokensCount
    from anthropic.types.beta import BetaMessageTokensCount

    return (MessageTokensCount, BetaMessageTokensCount)


def _message_batch() -> tuple[object, ...]:
    from anthropic.types.beta.messages import BetaMessageBatch
    from anthropic.types.messages import MessageBatch

    return (MessageBatch, BetaMessageBatch)


def _batch_individual_response() -> tuple[object, ...]:
    from anthropic.types.beta.messages import BetaMessageBatchIndividualResponse
    from anthropic.types.messages import MessageBatchIndividualResponse

    return (MessageBatchIndividualResponse, BetaMessageBatchIndividualResponse)


def _model_info() -> tuple[object, ...]:
    from anthropic.types import ModelInfo
    from anthropic.types.beta import BetaModelInfo

    return (ModelInfo, BetaModelInfo)


def _completion() -> tuple[object, ...]:
    from anthropic.types import Completion

    return (Completion,)


def _error_response() -> tuple[object, ...]:
    from anthropic.types import BetaErrorResponse, ErrorResponse

    return (ErrorResponse, BetaErrorResponse)


BODIES: tuple[Body, ...] = (
    Body("message_create_params.json", _message_create),
    Body("message_count_tokens_params.json", _count_tokens),
    Body("batch_create_params.json", _batch_create),
    Body("completion_create_params.json", _completion_create),
    Body("message.json", _message),
    Body("message_stream_event.json", _stream_event),
    Body("message_tokens_count.json", _tokens_count),
    Body("message_batch.json", _message_batch),
    Body("message_batch_individual_response.json", _batch_individual_response),
    Body("model_info.json", _model_info),
    Body("completion.json", _completion),
    Body("error_response.json", _error_response),
)


def body_sdk_paths(body: Body) -> set[str]:
    """SDK paths of a body, stable and beta together."""
    return sdk_paths(*body.sdk_types())


def load_schema(body: Body, schema_dir: Path = SCHEMA_DIR) -> Schema:
    """Read a body's schema file; a missing file raises FileNotFoundError naming it."""
    path = schema_dir / body.schema_file
    if not path.is_file():
        raise FileNotFoundError(f"schema file {path} does not exist (run `make schemas`)")
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path} is not a JSON object")
    return data


@dataclass(frozen=True)
class Coverage:
    """How many of the SDK's paths a schema has, and which it misses or adds."""

    name: str
    sdk: frozenset[str]
    schema: frozenset[str]

    @property
    def covered(self) -> frozenset[str]:
        return self.sdk & self.schema

    @property
    def missing(self) -> list[str]:
        return sorted(self.sdk - self.schema)

    @property
    def extra(self) -> list[str]:
        return sorted(self.schema - self.sdk)

    @property
    def ratio(self) -> float:
        return len(self.covered) / len(self.sdk) if self.sdk else 1.0

    def tag_mismatches(self) -> list[str]:
        """Missing paths that our schema has in an untagged or differently tagged form.

        These usually mean a Struct's ``type`` field is a plain ``str`` where the SDK has a
        literal, or that a union member is tagged differently.
        """
        extra = {_untagged(p) for p in self.extra}
        return [p for p in self.missing if _untagged(p) in extra]

    def summary(self) -> str:
        return (
            f"{self.name}: {len(self.covered)}/{len(self.sdk)} SDK paths covered "
            f"({self.ratio:.2%}), {len(self.extra)} extra"
        )


_TAG_OR_ITEMS = re.compile(r"\[type=[^\]]*\]|\[\]")


def _untagged(path: str) -> str:
    return _TAG_OR_ITEMS.sub("", path).lstrip(".")


def coverage(body: Body, schema_dir: Path = SCHEMA_DIR) -> Coverage:
    """Compare one body's schema file against the SDK."""
    return Coverage(
        name=body.name,
        sdk=frozenset(body_sdk_paths(body)),
        schema=frozenset(schema_paths(load_schema(body, schema_dir))),
    )


def _dump_lines(bodies: Iterable[Body]) -> Iterator[str]:
    yield "# SDK field paths per body (anthropic 0.75.0, stable + beta); made by tests/sdk_paths.py"
    for body in bodies:
        paths = sorted(body_sdk_paths(body))
        yield ""
        yield f"## {body.schema_file} ({len(paths)} paths)"
        yield from paths


def write_dump(target: Path, bodies: Iterable[Body] = BODIES) -> None:
    """Write every SDK path of every body to a text file, one per line."""
    target.write_text("\n".join(_dump_lines(bodies)) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """``python tests/sdk_paths.py OUT``: write the SDK path dump to OUT."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python tests/sdk_paths.py OUTPUT_FILE", file=sys.stderr)
        return 2
    write_dump(Path(args[0]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
