"""Our JSON Schemas against the official SDK's surface, for the coverage tests.

The SDK side is data: ``tests/sdk_snapshots/anthropic-VERSION.json``, written by
``tests/sdk_surface.py`` inside a throwaway venv with that SDK installed (``make oracle
VERSION=...``, see ``scripts/oracle.py``). This module walks our generated ``schemas/`` into the
same path model (see ``sdk_surface``) and compares the two per body.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from sdk_surface import MAX_DEPTH, _child, _item, _tagged, _value

__all__ = [
    "SCHEMA_DIR",
    "SNAPSHOT_DIR",
    "Coverage",
    "Snapshot",
    "coverage",
    "enum_gaps",
    "load_schema",
    "load_snapshot",
    "schema_enums",
    "schema_paths",
    "snapshots",
]

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = ROOT / "schemas"
SNAPSHOT_DIR = Path(__file__).resolve().parent / "sdk_snapshots"


# --------------------------------------------------------------------------- schema side

Schema = Mapping[str, Any]


@dataclass
class Strings:
    """The strings a schema node accepts: any (``open``) or only ``values``."""

    open: bool = False
    values: set[str] = field(default_factory=set)


@dataclass
class _SchemaWalker:
    defs: Mapping[str, Schema]
    out: set[str] = field(default_factory=set)
    enums: dict[str, Strings] = field(default_factory=dict)

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
                    accepted = self.enums.setdefault(child, Strings())
                    self.strings(sub, accepted, ())
                    self.walk(sub, child, chain)

    def strings(self, node: Schema, into: Strings, seen: tuple[str, ...]) -> None:
        """Add the strings ``node`` accepts (looking through unions, refs and array items)."""
        target, ref = self.resolve(node)
        if ref is not None:
            if ref not in seen:
                self.strings(target, into, (*seen, ref))
            return
        if "const" in node and isinstance(node["const"], str):
            into.values.add(node["const"])
        elif "enum" in node:
            into.values.update(v for v in node["enum"] if isinstance(v, str))
        else:
            kinds = node.get("type")
            if kinds == "string" or (isinstance(kinds, list) and "string" in kinds):
                into.open = True
        for key in ("anyOf", "oneOf", "allOf"):
            for member in node.get(key, ()):
                self.strings(member, into, seen)
        items = node.get("items")
        if isinstance(items, Mapping):
            self.strings(items, into, seen)


def schema_paths(schema: Schema) -> set[str]:
    """All field paths of a JSON Schema document (refs resolved into its ``$defs``)."""
    walker = _SchemaWalker(defs=schema.get("$defs", {}))
    walker.walk(schema, "", ())
    return walker.out


def schema_enums(schema: Schema) -> dict[str, Strings]:
    """The strings each field path of a schema accepts."""
    walker = _SchemaWalker(defs=schema.get("$defs", {}))
    walker.walk(schema, "", ())
    return walker.enums



# --------------------------------------------------------------------------- snapshots


@dataclass(frozen=True)
class Snapshot:
    """One SDK version's surface as committed data (see ``sdk_surface.snapshot``)."""

    version: str
    data: Mapping[str, Any]

    @property
    def bodies(self) -> list[str]:
        return sorted(self.data["bodies"])

    def paths(self, body: str) -> frozenset[str]:
        return frozenset(self.data["bodies"][body]["paths"])

    def beta_only(self, body: str) -> frozenset[str]:
        return frozenset(self.data["bodies"][body].get("beta_only", ()))

    def enums(self, body: str) -> Mapping[str, list[str]]:
        enums: Mapping[str, list[str]] = self.data["bodies"][body]["enums"]
        return enums

    @property
    def names(self) -> list[str]:
        names: list[str] = self.data["names"]
        return names

    @property
    def betas(self) -> list[str]:
        betas: list[str] = self.data["betas"]
        return betas

    @property
    def models(self) -> list[str]:
        models: list[str] = self.data["models"]
        return models

    @property
    def deprecated_models(self) -> Mapping[str, str]:
        table: Mapping[str, str] = self.data["deprecated_models"]
        return table


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version))


def load_snapshot(path: Path) -> Snapshot:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or "bodies" not in data:
        raise ValueError(f"{path} is not an SDK surface snapshot")
    return Snapshot(version=str(data["version"]), data=data)


@cache
def snapshots(directory: Path = SNAPSHOT_DIR) -> tuple[Snapshot, ...]:
    """Every committed snapshot, oldest SDK version first."""
    found = [load_snapshot(p) for p in directory.glob("anthropic-*.json")]
    return tuple(sorted(found, key=lambda s: _version_key(s.version)))


def load_schema(body: str, schema_dir: Path = SCHEMA_DIR) -> Schema:
    """Read a body's schema file; a missing file raises FileNotFoundError naming it."""
    path = schema_dir / f"{body}.json"
    if not path.is_file():
        raise FileNotFoundError(f"schema file {path} does not exist (run `make schemas`)")
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path} is not a JSON object")
    return data


# --------------------------------------------------------------------------- comparison


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


def coverage(snapshot: Snapshot, body: str, schema_dir: Path = SCHEMA_DIR) -> Coverage:
    """Compare one body's schema file against one SDK snapshot."""
    return Coverage(
        name=f"{body} (anthropic {snapshot.version})",
        sdk=snapshot.paths(body),
        schema=frozenset(schema_paths(load_schema(body, schema_dir))),
    )


def enum_gaps(snapshot: Snapshot, body: str, schema_dir: Path = SCHEMA_DIR) -> dict[str, list[str]]:
    """Enum values the SDK can send or receive at a path that our schema does not accept there.

    A path our schema lacks, or where it accepts any string, has no gap.
    """
    ours = schema_enums(load_schema(body, schema_dir))
    gaps: dict[str, list[str]] = {}
    for path, values in snapshot.enums(body).items():
        accepted = ours.get(path)
        if accepted is None or accepted.open:
            continue
        lacking = sorted(set(values) - accepted.values)
        if lacking:
            gaps[path] = lacking
    return gaps


def _dump_lines(snapshot: Snapshot) -> Iterator[str]:
    yield f"# SDK field paths per body (anthropic {snapshot.version}, stable + beta)"
    for body in snapshot.bodies:
        paths = sorted(snapshot.paths(body))
        yield ""
        yield f"## {body}.json ({len(paths)} paths)"
        yield from paths


def write_dump(target: Path, snapshot: Snapshot) -> None:
    """Write every SDK path of every body of a snapshot to a text file, one per line."""
    target.write_text("\n".join(_dump_lines(snapshot)) + "\n", encoding="utf-8")


def iter_bodies(items: Iterable[Snapshot]) -> Iterator[tuple[Snapshot, str]]:
    """(snapshot, body) for every body of every snapshot."""
    for snap in items:
        for body in snap.bodies:
            yield snap, body
