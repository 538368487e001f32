"""The surface of an installed official SDK as data: field paths, enum values, type names, betas.

Run it with the Python of a venv where ``anthropic`` is installed (``scripts/oracle.py`` makes
such a throwaway venv): ``python tests/sdk_surface.py --out FILE`` writes one JSON snapshot.
It needs only the SDK and what the SDK itself depends on (pydantic, typing_extensions), never
msgtypes, so any SDK version can be walked without sharing a venv with this project.

A path names one JSON field reached from a body's root, for example
``messages[].content[type=text].citations[type=char_location].cited_text``:

* ``.name`` steps into an object field (no leading dot at the root);
* ``[]`` steps into list items, ``{}`` into the values of a typed dict;
* ``[type=V]`` marks an object whose ``type`` field is a string literal ``V``. It replaces a
  trailing ``[]`` (list of tagged objects), and an object whose ``type`` allows several literal
  values yields its paths once per value.

Only field names produce paths; containers and non-object union members add no paths of their
own, and free-form JSON (``Dict[str, object]``, ``object``) is a leaf. Fields that the SDK sends
as HTTP headers (``betas``, ``workspace_id``, ``user_profile_id``) are not part of any body, at
its root or in a batch request's ``params``.

The SDK is read here as a reference only: its type annotations are walked, nothing is copied.
"""

from __future__ import annotations

import argparse
import collections.abc
import importlib
import json
import os
import sys
import types
import typing
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Union

import typing_extensions

__all__ = ["BODIES", "SdkBody", "Walk", "enum_values", "main", "sdk_paths", "snapshot"]

MAX_DEPTH = 40
SNAPSHOT_FORMAT = 1

# Field aliases the SDK uses for HTTP headers: such fields are not part of any JSON body.
_HEADER_ALIASES = frozenset({"anthropic-beta"})
# Request parameters the SDK turns into headers (top level of a request body only).
HEADER_PARAMS = frozenset({"betas", "workspace_id", "user_profile_id"})
# Where request parameters start: a body's root and each request of a batch.
_PARAMS_ROOTS = frozenset({"", "requests[].params"})


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


# --------------------------------------------------------------------------- annotations

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


def _strip(tp: object, seen: set[int] | None = None) -> object:
    """Remove Annotated, Required, NotRequired and similar wrappers."""
    while True:
        if seen is not None:
            seen.add(id(tp))
        origin = typing_extensions.get_origin(tp)
        if origin is typing_extensions.Annotated or origin in _WRAPPERS:
            tp = typing_extensions.get_args(tp)[0]
        else:
            return tp


def _is_union(origin: object) -> bool:
    return origin is Union or origin is types.UnionType


def _is_literal(origin: object) -> bool:
    return origin is Literal or origin is typing_extensions.Literal


def _literals(tp: object) -> list[str] | None:
    """String values of a Literal annotation (None allowed alongside), else None."""
    tp = _strip(tp)
    origin = typing_extensions.get_origin(tp)
    if _is_literal(origin):
        values = typing_extensions.get_args(tp)
        if all(isinstance(v, str) for v in values):
            return list(values)
        return None
    if _is_union(origin):
        found: list[str] = []
        for arg in typing_extensions.get_args(tp):
            if arg is type(None):
                continue
            sub = _literals(arg)
            if sub is None:
                return None
            found.extend(v for v in sub if v not in found)
        return found or None
    return None


def enum_values(tp: object) -> list[str] | None:
    """The values of a closed string enum inside a field's annotation (lists looked through).

    ``Literal["a", "b"]``, ``Optional[Literal[...]]`` and ``List[Literal[...]]`` are enums;
    anything that also admits a free string or an object is not.
    """
    tp = _strip(tp)
    origin = typing_extensions.get_origin(tp)
    args = [a for a in typing_extensions.get_args(tp) if a is not Ellipsis]
    if _is_union(origin):
        found: list[str] = []
        for arg in args:
            if arg is type(None):
                continue
            sub = enum_values(arg)
            if sub is None:
                return None
            found.extend(v for v in sub if v not in found)
        return found or None
    if origin in _LIST_ORIGINS:
        return enum_values(args[0]) if len(args) == 1 else None
    return _literals(tp)


def _header_alias(annotation: object) -> bool:
    return any(
        getattr(meta, "alias", None) in _HEADER_ALIASES
        for meta in getattr(annotation, "__metadata__", ())
    )


def _fields(tp: type) -> list[tuple[str, object]] | None:
    """JSON field names and annotations of a pydantic model or TypedDict, else None."""
    import pydantic

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


# --------------------------------------------------------------------------- the walk


@dataclass
class Walk:
    """What one walk over SDK types found: paths, closed enums, and the objects it passed."""

    paths: set[str] = field(default_factory=set)
    enums: dict[str, list[str]] = field(default_factory=dict)
    seen: set[int] = field(default_factory=set)
    classes: set[type] = field(default_factory=set)

    def walk(self, tp: object, path: str, chain: tuple[type, ...]) -> None:
        tp = _strip(tp, self.seen)
        origin = typing_extensions.get_origin(tp)
        args = typing_extensions.get_args(tp)
        if _is_union(origin):
            for arg in args:
                self.walk(arg, path, chain)
            return
        if _is_literal(origin) or origin in _OPAQUE_ORIGINS:
            return
        if origin is not None:
            if origin in _MAP_ORIGINS:
                self.walk(args[1], _value(path), chain)
                return
            if origin in _LIST_ORIGINS:
                for arg in args:
                    if arg is not Ellipsis:
                        self.walk(arg, _item(path), chain)
                return
            if origin is type:
                return
            raise TypeError(f"unhandled generic {tp!r} at {path!r}")
        if isinstance(tp, (str, typing.ForwardRef)):
            raise TypeError(f"unresolved forward reference {tp!r} at {path!r}")
        if not isinstance(tp, type):
            return  # Any, TypeVar and the like: free-form
        fields = _fields(tp)
        if fields is None or tp in chain or len(chain) >= MAX_DEPTH:
            return  # scalar, enum, object, or a cycle
        self.classes.add(tp)
        if path in _PARAMS_ROOTS:
            fields = [(n, a) for n, a in fields if n not in HEADER_PARAMS]
        annotations = dict(fields)
        tags: list[str | None] = []
        if "type" in annotations:
            tags.extend(_literals(annotations["type"]) or [])
        for tag in tags or [None]:
            node = _tagged(path, tag)
            for name, annotation in fields:
                child = _child(node, name)
                self.paths.add(child)
                if name != "type" or not tags:
                    values = enum_values(annotation)
                    if values is not None:
                        known = self.enums.setdefault(child, [])
                        known.extend(v for v in values if v not in known)
                self.walk(annotation, child, (*chain, tp))


def sdk_paths(*tps: object) -> set[str]:
    """All field paths of the given SDK types (pydantic models, TypedDicts, unions of them)."""
    walk = Walk()
    for tp in tps:
        walk.walk(tp, "", ())
    return walk.paths


# --------------------------------------------------------------------------- bodies


@dataclass(frozen=True)
class SdkBody:
    """One API body: our schema file's name and where the SDK keeps its types (stable, beta)."""

    name: str
    types: tuple[tuple[str, str], ...]  # (module, attribute) pairs; missing ones are skipped

    def load(self, beta: bool = True) -> tuple[object, ...]:
        """The SDK types of this body (without the beta ones if ``beta`` is false)."""
        found: list[object] = []
        for module_name, attribute in self.types:
            if not beta and (module_name == _B or module_name.startswith(_B + ".")):
                continue
            try:
                module = importlib.import_module(module_name)
            except ImportError:
                continue
            value = getattr(module, attribute, None)
            if value is not None:
                found.append(value)
        return tuple(found)


_T = "anthropic.types"
_B = "anthropic.types.beta"

BODIES: tuple[SdkBody, ...] = (
    SdkBody(
        "message_create_params",
        (
            (f"{_T}.message_create_params", "MessageCreateParamsNonStreaming"),
            (f"{_T}.message_create_params", "MessageCreateParamsStreaming"),
            (f"{_B}.message_create_params", "MessageCreateParamsNonStreaming"),
            (f"{_B}.message_create_params", "MessageCreateParamsStreaming"),
        ),
    ),
    SdkBody(
        "message_count_tokens_params",
        (
            (f"{_T}.message_count_tokens_params", "MessageCountTokensParams"),
            (f"{_B}.message_count_tokens_params", "MessageCountTokensParams"),
        ),
    ),
    SdkBody(
        "batch_create_params",
        (
            (f"{_T}.messages.batch_create_params", "BatchCreateParams"),
            (f"{_B}.messages.batch_create_params", "BatchCreateParams"),
        ),
    ),
    SdkBody(
        "completion_create_params",
        (
            (f"{_T}.completion_create_params", "CompletionCreateParamsNonStreaming"),
            (f"{_T}.completion_create_params", "CompletionCreateParamsStreaming"),
        ),
    ),
    SdkBody("message", ((_T, "Message"), (_B, "BetaMessage"))),
    SdkBody(
        "message_stream_event",
        ((_T, "RawMessageStreamEvent"), (_B, "BetaRawMessageStreamEvent")),
    ),
    SdkBody("message_tokens_count", ((_T, "MessageTokensCount"), (_B, "BetaMessageTokensCount"))),
    SdkBody(
        "message_batch",
        ((f"{_T}.messages", "MessageBatch"), (f"{_B}.messages", "BetaMessageBatch")),
    ),
    SdkBody(
        "message_batch_individual_response",
        (
            (f"{_T}.messages", "MessageBatchIndividualResponse"),
            (f"{_B}.messages", "BetaMessageBatchIndividualResponse"),
        ),
    ),
    SdkBody("model_info", ((_T, "ModelInfo"), (_B, "BetaModelInfo"))),
    SdkBody("completion", ((_T, "Completion"),)),
    SdkBody("error_response", ((_T, "ErrorResponse"), (_T, "BetaErrorResponse"))),
)

# Modules whose public names are the SDK's type names for these bodies.
NAME_MODULES = (_T, f"{_T}.messages", _B, f"{_B}.messages", f"{_T}.shared")


def _names(seen: set[int], classes: set[type]) -> list[str]:
    """Public names in the SDK's type modules bound to a class or alias the walks passed."""
    found: set[str] = set()
    for module_name in NAME_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        for name, value in vars(module).items():
            if name.startswith("_") or isinstance(value, types.ModuleType):
                continue
            if id(value) in seen and (
                value in classes or typing_extensions.get_origin(value) is not None
            ):
                found.add(name)
    return sorted(found)


def _literal_values(module_name: str, attribute: str) -> list[str]:
    try:
        value = getattr(importlib.import_module(module_name), attribute)
    except (ImportError, AttributeError):
        return []
    origin = typing_extensions.get_origin(value)
    members = typing_extensions.get_args(value) if _is_union(origin) else (value,)
    out: list[str] = []
    for member in members:
        out.extend(_literals(member) or [])
    return out


def _deprecated_models() -> dict[str, str]:
    for module_name in ("anthropic._data", "anthropic.resources.messages.messages"):
        try:
            table = getattr(importlib.import_module(module_name), "DEPRECATED_MODELS", None)
        except ImportError:
            continue
        if isinstance(table, dict):
            return {str(k): str(v) for k, v in sorted(table.items())}
    return {}


def snapshot(bodies: Iterable[SdkBody] = BODIES) -> dict[str, Any]:
    """The whole surface of the importable SDK as plain JSON data."""
    import anthropic

    seen: set[int] = set()
    classes: set[type] = set()
    out_bodies: dict[str, Any] = {}
    for body in bodies:
        sdk_types = body.load()
        if not sdk_types:
            continue
        walk = Walk()
        for tp in sdk_types:
            seen.add(id(tp))
            walk.walk(tp, "", ())
        seen |= walk.seen
        classes |= walk.classes
        stable = sdk_paths(*body.load(beta=False))
        out_bodies[body.name] = {
            "paths": sorted(walk.paths),
            "beta_only": sorted(walk.paths - stable),
            "enums": {path: sorted(values) for path, values in sorted(walk.enums.items())},
        }
    return {
        "format": SNAPSHOT_FORMAT,
        "sdk": "anthropic",
        "version": anthropic.__version__,
        "bodies": out_bodies,
        "names": _names(seen, classes),
        "betas": sorted(_literal_values(f"{_T}.anthropic_beta_param", "AnthropicBetaParam")),
        "models": sorted(_literal_values(f"{_T}.model_param", "ModelParam")),
        "deprecated_models": _deprecated_models(),
    }


def main(argv: list[str] | None = None) -> int:
    """``python tests/sdk_surface.py --out FILE``: write the installed SDK's snapshot."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="JSON file to write")
    args = parser.parse_args(argv)
    data = snapshot()
    args.out.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"anthropic {data['version']}: {len(data['bodies'])} bodies, {len(data['names'])} names",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
