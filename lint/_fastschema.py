"""A small JSON Schema checker for the common shape of tool input schemas.

Checking every recorded ``tool_use.input`` with jsonschema costs tens of microseconds per call,
which dominates linting a long tool conversation. Most tool schemas use a handful of keywords
(``type``, ``properties``, ``required``, ``items``, ``enum``, bounds...). For those, this module
compiles the schema once into plain Python checks; a schema using any other keyword is not
compiled (``compile_schema`` returns None) and the caller falls back to jsonschema. A hypothesis
test proves both agree on validity.

Most inputs are valid, so a schema that can be said as a msgspec type (a Struct per object, with
``Meta`` bounds and ``Literal`` enums) is first tried with ``msgspec.convert``, which is about
five times faster than the Python checks; only a value it rejects goes through them, for the
verdict and the message (msgspec is never more lenient than the schema, so an acceptance is final).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Annotated, Any, Literal, Union

import msgspec

__all__ = ["compile_schema", "msgspec_type"]

Check = Callable[[Any], "str | None"]

_ANNOTATIONS = frozenset(
    {
        "title",
        "description",
        "default",
        "examples",
        "$comment",
        "deprecated",
        "readOnly",
        "writeOnly",
        "$schema",
        "$id",
    }
)
_SUPPORTED = _ANNOTATIONS | {
    "type",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "enum",
    "const",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
}


def _is_type(value: Any, name: str) -> bool:
    if name == "string":
        return isinstance(value, str)
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "null":
        return value is None
    if isinstance(value, bool):
        return False
    if name == "number":
        return isinstance(value, (int, float))
    if name == "integer":
        return isinstance(value, int) or (
            isinstance(value, float) and math.isfinite(value) and value.is_integer()
        )
    return False


_PREDICATES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: type(v) is str,
    "object": lambda v: type(v) is dict,
    "array": lambda v: type(v) is list,
    "boolean": lambda v: type(v) is bool,
    "null": lambda v: v is None,
    "number": lambda v: type(v) is int or type(v) is float,
    "integer": lambda v: _is_type(v, "integer"),
}


def _equal(a: Any, b: Any) -> bool:
    """JSON equality: 1 == 1.0, but True != 1."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_equal(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


_TYPE_NAMES = frozenset({"string", "object", "array", "boolean", "null", "number", "integer"})
_ANNOTATION_TYPES: dict[str, type | tuple[type, ...]] = {
    "title": str,
    "description": str,
    "$comment": str,
    "$schema": str,
    "$id": str,
    "deprecated": bool,
    "readOnly": bool,
    "writeOnly": bool,
    "examples": list,
}


def compile_schema(schema: Any) -> Check | None:
    """A function returning the first problem of an instance (or None), or None when the schema
    uses keywords outside the supported subset or is not a valid JSON Schema.

    A schema this compiles is a valid draft 2020-12 schema (tested against jsonschema's
    meta-schema check), so callers can skip that check too.
    """
    check = _compile(schema)
    if check is None:
        return None
    fast = msgspec_type(schema)
    if fast is None:
        return check
    convert = msgspec.convert
    rejected = msgspec.ValidationError

    def check_fast(value: Any) -> str | None:
        try:
            convert(value, fast)
        except rejected:
            return check(value)
        return None

    return check_fast


def _compile(schema: Any) -> Check | None:
    if schema is True:
        return lambda value: None
    if schema is False:
        return lambda value: "no value is allowed here"
    if not isinstance(schema, dict) or not set(schema) <= _SUPPORTED:
        return None
    for key, kinds in _ANNOTATION_TYPES.items():
        if key in schema and not isinstance(schema[key], kinds):
            return None
    checks: list[Check] = []

    kind = schema.get("type")
    if kind is not None:
        names = [kind] if isinstance(kind, str) else kind
        if (
            not isinstance(names, list)
            or not names
            or not all(isinstance(n, str) and n in _TYPE_NAMES for n in names)
            or len(set(names)) != len(names)
        ):
            return None
        wanted = tuple(names)
        if len(wanted) == 1 and wanted[0] in _PREDICATES:
            accepts = _PREDICATES[wanted[0]]
        else:

            def accepts(value: Any) -> bool:
                return any(_is_type(value, n) for n in wanted)

        def check_type(value: Any) -> str | None:
            if accepts(value):
                return None
            return f"{_short(value)} is not of type {' or '.join(repr(n) for n in wanted)}"

        checks.append(check_type)

    if "enum" in schema:
        options = schema["enum"]
        if not isinstance(options, list):
            return None
        checks.append(
            lambda value: (
                None
                if any(_equal(value, o) for o in options)
                else f"{_short(value)} is not one of {options!r}"
            )
        )
    if "const" in schema:
        constant = schema["const"]
        checks.append(
            lambda value: None if _equal(value, constant) else f"{constant!r} was expected"
        )
    for key, test in (
        ("minimum", lambda v, b: v >= b),
        ("maximum", lambda v, b: v <= b),
        ("exclusiveMinimum", lambda v, b: v > b),
        ("exclusiveMaximum", lambda v, b: v < b),
    ):
        if key in schema:
            bound = schema[key]
            if isinstance(bound, bool) or not isinstance(bound, (int, float)):
                return None
            checks.append(_bound(key, bound, test))
    for key, kinds, size_ok in (
        ("minLength", str, lambda n, b: n >= b),
        ("maxLength", str, lambda n, b: n <= b),
        ("minItems", list, lambda n, b: n >= b),
        ("maxItems", list, lambda n, b: n <= b),
    ):
        if key in schema:
            limit = schema[key]
            if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
                return None
            checks.append(_size(key, limit, kinds, size_ok))

    if "items" in schema:
        item_check = _compile(schema["items"])
        if item_check is None:
            return None

        def check_items(value: Any) -> str | None:
            if isinstance(value, list):
                for index, item in enumerate(value):
                    problem = item_check(item)
                    if problem:
                        return f"{problem} (at {index})"
            return None

        checks.append(check_items)

    properties = schema.get("properties", {})
    required = schema.get("required", [])
    extra = schema.get("additionalProperties", True)
    if not isinstance(properties, dict) or not isinstance(required, list):
        return None
    if not all(isinstance(name, str) for name in required) or len(set(required)) != len(required):
        return None
    compiled: dict[str, Check] = {}
    for name, sub in properties.items():
        sub_check = _compile(sub)
        if sub_check is None:
            return None
        compiled[name] = sub_check
    extra_check = _compile(extra)
    if extra_check is None:
        return None
    if compiled or required or extra is not True:

        def check_object(value: Any) -> str | None:
            if not isinstance(value, dict):
                return None
            for name in required:
                if name not in value:
                    return f"{name!r} is a required property"
            for name, item in value.items():
                sub_check = compiled.get(name, extra_check)
                problem = sub_check(item)
                if problem:
                    return f"{problem} (at {name})"
            return None

        checks.append(check_object)

    if len(checks) == 1:
        return checks[0]

    def check_all(value: Any) -> str | None:
        for check in checks:
            problem = check(value)
            if problem:
                return problem
        return None

    return check_all


def _bound(key: str, bound: float, test: Callable[[Any, Any], bool]) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return None
        return None if test(value, bound) else f"{value!r} fails {key} {bound!r}"

    return check


def _size(key: str, limit: int, kinds: type, ok: Callable[[int, int], bool]) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, kinds):
            return None
        size = len(value)  # type: ignore[arg-type]
        return None if ok(size, limit) else f"{_short(value)} fails {key} {limit}"

    return check


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


# --------------------------------------------------------------------------- as msgspec types

_CONSTRAINTS = frozenset(_SUPPORTED - _ANNOTATIONS - {"type"})
_BOUNDS = {"minimum": "ge", "maximum": "le", "exclusiveMinimum": "gt", "exclusiveMaximum": "lt"}
_LENGTHS = {"minLength": "min_length", "maxLength": "max_length"}
_ITEM_COUNTS = {"minItems": "min_length", "maxItems": "max_length"}


def msgspec_type(schema: Any) -> Any | None:
    """A msgspec type accepting only values ``schema`` accepts (None when there is none).

    Only called for schemas :func:`_compile` accepted, so the keywords are known and well formed.
    It may reject values the schema accepts (``1.0`` for ``integer``): callers fall back then.
    """
    try:
        tp = _as_type(schema)
        if tp is not None:
            msgspec.json.Decoder(tp)  # msgspec checks the type expression here, not at convert
    except (TypeError, ValueError):
        return None
    return tp


def _as_type(schema: Any) -> Any | None:
    if schema is True:
        return Any
    if not isinstance(schema, dict):
        return None
    kind = schema.get("type")
    if kind is None:
        return Any if not (_CONSTRAINTS & schema.keys()) else None
    names: list[str] = [kind] if isinstance(kind, str) else list(kind)
    if "enum" in schema or "const" in schema:
        return _literal(schema, names)
    members = [_as_named_type(schema, name) for name in names]
    if any(member is None for member in members):
        return None
    return members[0] if len(members) == 1 else Union[tuple(members)]


def _literal(schema: dict[str, Any], names: list[str]) -> Any | None:
    """``Literal[...]`` for an enum (or const) of only strings or only integers, each of which
    also has one of the declared types; None for anything else."""
    if _CONSTRAINTS & schema.keys() - {"enum", "const"}:
        return None
    options = schema["enum"] if "enum" in schema else [schema["const"]]
    if "enum" in schema and "const" in schema:
        options = [o for o in options if _equal(o, schema["const"])]
    if not options:
        return None
    if all(type(o) is str for o in options) and "string" in names:
        return Literal[tuple(options)]
    if all(type(o) is int for o in options) and ("integer" in names or "number" in names):
        return Literal[tuple(options)]
    return None


def _as_named_type(schema: dict[str, Any], name: str) -> Any | None:
    if name == "string":
        return _constrained(str, schema, _LENGTHS)
    if name == "integer":
        if any(type(schema.get(key, 0)) is not int for key in _BOUNDS):
            return None
        return _constrained(int, schema, _BOUNDS)
    if name == "number":
        return _constrained(float, schema, _BOUNDS)
    if name == "boolean":
        return bool
    if name == "null":
        return None.__class__
    if name == "array":
        items = _as_type(schema["items"]) if "items" in schema else Any
        return None if items is None else _constrained(list[items], schema, _ITEM_COUNTS)  # type: ignore[valid-type]
    if name == "object":
        return _object_type(schema)
    return None


def _constrained(base: Any, schema: dict[str, Any], keywords: dict[str, str]) -> Any:
    limits = {meta: schema[key] for key, meta in keywords.items() if key in schema}
    return Annotated[base, msgspec.Meta(**limits)] if limits else base


def _object_type(schema: dict[str, Any]) -> Any | None:
    properties: dict[str, Any] = schema.get("properties", {})
    required: list[str] = schema.get("required", [])
    extra = schema.get("additionalProperties", True)
    if not properties and not required:
        value_type = _as_type(extra) if extra is not False else None
        if extra is False:
            return _struct([], forbid=True)
        return None if value_type is None else dict[str, value_type]  # type: ignore[valid-type]
    if extra is not True and extra is not False:
        return None
    fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    for name, sub in properties.items():
        sub_type = _as_type(sub)
        if sub_type is None:
            return None
        if name in required:
            fields.append((name, sub_type))
        else:
            fields.append((name, Union[sub_type, msgspec.UnsetType], msgspec.UNSET))
    unlisted = [name for name in required if name not in properties]
    if unlisted and extra is False:
        return None  # such a key is both required and forbidden: no object is valid
    fields.extend((name, Any) for name in unlisted)
    return _struct(fields, forbid=extra is False)


def _struct(fields: list[tuple[str, Any] | tuple[str, Any, Any]], *, forbid: bool) -> Any:
    """A Struct with the given JSON keys (attribute names need not be identifiers)."""
    attributes = [(f"f{i}", *field[1:]) for i, field in enumerate(fields)]
    rename = {f"f{i}": field[0] for i, field in enumerate(fields)}
    return msgspec.defstruct(
        "SchemaObject",
        attributes,
        rename=rename,
        kw_only=True,
        forbid_unknown_fields=forbid,
    )
