"""Whether a value conforms to a JSON Schema, worked out by walking the schema: no compilation.

Compiling a schema into a validator costs 10-300 µs (more with patterns), which a schema seen once
(most tool schemas in a single request, a batch line with a tool of its own) never earns back.
Walking the schema for one tool input costs a few µs. ``msglint._schema`` therefore walks a schema's
first few values with :func:`conforms` and compiles a validator only for schemas that keep coming
back, or to word a problem (this module answers yes or no only).

It covers the keywords schema generators emit. Any other keyword (``unevaluatedProperties``,
``$dynamicRef``, ``contains``...) raises :class:`Unsupported`, and the caller compiles instead:
this module never guesses. Patterns are matched by the caller's ``match`` (a regex engine that
cannot backtrack). A hypothesis test holds its answers to python jsonschema's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import ge, gt, le, lt
from typing import Any

__all__ = ["Unsupported", "conforms", "surely_valid"]

#: How many ``$ref``s deep one value may lead (a schema referring to itself recurses with the
#: value, so this bounds the walk by the value's depth, which the linter already bounds).
REF_DEPTH_LIMIT = 300

Match = Callable[[str, str], bool]


class Unsupported(Exception):
    """The schema uses something this walker does not evaluate: compile it instead."""


_ANNOTATIONS = frozenset(
    {
        "$schema",
        "$comment",
        "$defs",
        "definitions",
        "title",
        "description",
        "default",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "format",  # an annotation in draft 2020-12 (and for the API)
        "contentEncoding",
        "contentMediaType",
    }
)


def _is_integer(value: Any) -> bool:
    kind = type(value)
    return kind is int or (kind is float and value.is_integer())


_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: type(v) is str,
    "object": lambda v: type(v) is dict,
    "array": lambda v: type(v) is list,
    "boolean": lambda v: type(v) is bool,
    "null": lambda v: v is None,
    "number": lambda v: type(v) is int or type(v) is float,
    "integer": _is_integer,
}


#: The Python types of each JSON type's values (integer-valued floats are also "integer").
_PY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "object": (dict,),
    "array": (list,),
    "boolean": (bool,),
    "null": (type(None),),
    "number": (int, float),
    "integer": (int,),
}


def _number(value: Any) -> bool:
    return type(value) is int or type(value) is float


def _canonical(value: Any) -> Any:
    """A hashable form in which two values are equal exactly when they are equal as JSON
    (1 and 1.0 alike, true and 1 not)."""
    kind = type(value)
    if kind is bool or value is None or kind is str:
        return (kind, value)
    if kind is int or kind is float:
        return ("n", int(value) if kind is float and value.is_integer() else value)
    if kind is list:
        return ("a", tuple(_canonical(item) for item in value))
    if kind is dict:
        return ("o", frozenset((k, _canonical(v)) for k, v in value.items()))
    raise Unsupported(kind.__name__)


class _Walk:
    __slots__ = ("depth", "match", "refs", "root")

    def __init__(self, root: Any, match: Match) -> None:
        self.root = root
        self.match = match
        self.depth = 0
        self.refs: dict[str, Any] = {}

    def ok(self, schema: Any, value: Any) -> bool:
        if type(schema) is not dict:
            if schema is True:
                return True
            if schema is False:
                return False
            raise Unsupported("schema")
        get = _KEYWORDS.get
        for keyword, arg in schema.items():
            if keyword == "type" and type(arg) is str:  # the most common keyword, inline
                kind = type(value)
                if kind in _PY_TYPES[arg] or (
                    arg == "integer" and kind is float and value.is_integer()
                ):
                    continue
                return False
            check = get(keyword, _unknown)
            if check is None:  # an annotation
                continue
            if check is _unknown:
                raise Unsupported(keyword)
            if not check(self, arg, value, schema):
                return False
        return True

    def resolve(self, ref: Any) -> Any:
        known = self.refs.get(ref)
        if known is not None:
            return known
        if type(ref) is not str or not ref.startswith("#") or "%" in ref:
            raise Unsupported("$ref")
        target = self.root
        if ref != "#":
            if not ref.startswith("#/"):
                raise Unsupported("$ref")  # an anchor
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                if type(target) is dict and part in target:
                    target = target[part]
                elif type(target) is list and part.isdigit() and int(part) < len(target):
                    target = target[int(part)]
                else:
                    raise Unsupported("$ref")  # unresolvable: the compiler words it
        self.refs[ref] = target
        return target


Check = Callable[[_Walk, Any, Any, dict[str, Any]], bool]


def _type(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
    if type(arg) is str:
        return type(value) in _PY_TYPES[arg] or (arg == "integer" and _is_integer(value))
    return any(_TYPES[name](value) for name in arg)


def _enum(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
    wanted = _canonical(value)
    return any(_canonical(option) == wanted for option in arg)


def _const(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
    return bool(_canonical(arg) == _canonical(value))


def _bound(test: Callable[[Any, Any], bool]) -> Check:
    def check(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
        return not _number(value) or test(value, arg)

    return check


def _multiple_of(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
    if not _number(value):
        return True
    if type(arg) is int and type(value) is int:
        return value % arg == 0
    raise Unsupported("multipleOf")  # fractions: leave float rounding to the compiled validator


def _size(kind: type, test: Callable[[int, int], bool]) -> Check:
    def check(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
        return type(value) is not kind or test(len(value), arg)  # type: ignore[arg-type]

    return check


def _pattern(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
    return type(value) is not str or w.match(arg, value)


def _items(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
    if type(value) is not list:
        return True
    skip = len(schema["prefixItems"]) if "prefixItems" in schema else 0
    for item in value[skip:] if skip else value:
        if not w.ok(arg, item):
            return False
    return True


def _prefix_items(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
    if type(value) is not list:
        return True
    return all(w.ok(sub, item) for sub, item in zip(arg, value, strict=False))


def _unique_items(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
    if not arg or type(value) is not list:
        return True
    return len({_canonical(item) for item in value}) == len(value)


def _properties(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
    if type(value) is not dict:
        return True
    ok = w.ok
    if len(value) < len(arg):  # walk the smaller side
        for name, item in value.items():
            if name in arg and not ok(arg[name], item):
                return False
    else:
        for name, sub in arg.items():
            if name in value and not ok(sub, value[name]):
                return False
    return True


def _pattern_properties(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
    if type(value) is not dict:
        return True
    match = w.match
    return all(
        w.ok(sub, item) for name, item in value.items() for p, sub in arg.items() if match(p, name)
    )


def _additional_properties(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
    if type(value) is not dict:
        return True
    listed = schema.get("properties", {})
    patterns = schema.get("patternProperties", {})
    match = w.match
    for name, item in value.items():
        if name in listed or any(match(p, name) for p in patterns):
            continue
        if not w.ok(arg, item):
            return False
    return True


def _property_names(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
    return type(value) is not dict or all(w.ok(arg, name) for name in value)


def _required(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
    if type(value) is dict:
        for name in arg:
            if name not in value:
                return False
    return True


def _dependent_required(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
    if type(value) is not dict:
        return True
    return all(all(n in value for n in needs) for name, needs in arg.items() if name in value)


def _dependent_schemas(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
    if type(value) is not dict:
        return True
    return all(w.ok(sub, value) for name, sub in arg.items() if name in value)


def _all_of(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
    return all(w.ok(sub, value) for sub in arg)


def _any_of(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
    for sub in arg:
        if w.ok(sub, value):
            return True
    return False


def _one_of(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
    return sum(1 for sub in arg if w.ok(sub, value)) == 1


def _not(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
    return not w.ok(arg, value)


def _if(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
    if w.ok(arg, value):
        return w.ok(schema.get("then", True), value)
    return w.ok(schema.get("else", True), value)


def _ref(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
    w.depth += 1
    if w.depth > REF_DEPTH_LIMIT:
        raise Unsupported("$ref depth")
    try:
        return w.ok(w.resolve(arg), value)
    finally:
        w.depth -= 1


def _nothing(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
    return True  # "then"/"else" are read by "if"


def _unknown(w: _Walk, arg: Any, value: Any, schema: dict[str, Any]) -> bool:
    raise Unsupported("keyword")  # a sentinel: ``_Walk.ok`` raises before calling it


#: What each keyword checks; None for the annotations (nothing to check).
_KEYWORDS: dict[str, Check | None] = {
    "type": _type,
    "enum": _enum,
    "const": _const,
    "minimum": _bound(ge),
    "maximum": _bound(le),
    "exclusiveMinimum": _bound(gt),
    "exclusiveMaximum": _bound(lt),
    "multipleOf": _multiple_of,
    "minLength": _size(str, ge),
    "maxLength": _size(str, le),
    "pattern": _pattern,
    "items": _items,
    "prefixItems": _prefix_items,
    "minItems": _size(list, ge),
    "maxItems": _size(list, le),
    "uniqueItems": _unique_items,
    "properties": _properties,
    "patternProperties": _pattern_properties,
    "additionalProperties": _additional_properties,
    "propertyNames": _property_names,
    "required": _required,
    "minProperties": _size(dict, ge),
    "maxProperties": _size(dict, le),
    "dependentRequired": _dependent_required,
    "dependentSchemas": _dependent_schemas,
    "allOf": _all_of,
    "anyOf": _any_of,
    "oneOf": _one_of,
    "not": _not,
    "if": _if,
    "then": _nothing,
    "else": _nothing,
    "$ref": _ref,
    **dict.fromkeys(_ANNOTATIONS),
}


def conforms(schema: Any, value: Any, match: Match) -> bool:
    """Whether ``value`` is valid against ``schema`` (a valid draft 2020-12 schema whose
    ``$ref``s point inside it). Raises :class:`Unsupported` rather than guess."""
    try:
        return _Walk(schema, match).ok(schema, value)
    except RecursionError:
        raise Unsupported("depth") from None


# --------------------------------------------------------------------------- schemas themselves

_ANCHOR_TEXT = re.compile(r"[A-Za-z_][-A-Za-z0-9._]*")
_ID_TEXT = re.compile(r"[^#]*#?")
_SIMPLE_TYPES = frozenset(_TYPES)
# The keywords of the one-document meta-schema (``msglint._schema.FLAT_META``) by what their
# value must be.
_SUB_KEYWORDS = frozenset(
    "items contains additionalProperties propertyNames if then else not unevaluatedItems"
    " unevaluatedProperties contentSchema".split()
)
_MAP_KEYWORDS = frozenset("$defs properties patternProperties dependentSchemas definitions".split())
_LIST_KEYWORDS = frozenset("prefixItems allOf anyOf oneOf".split())
_STRING_KEYWORDS = frozenset(
    "$schema $ref $dynamicRef $recursiveRef $comment pattern title description format"
    " contentEncoding contentMediaType".split()
)
_NUMBER_KEYWORDS = frozenset("maximum minimum exclusiveMaximum exclusiveMinimum".split())
_COUNT_KEYWORDS = frozenset(
    "maxLength minLength maxItems minItems maxContains minContains maxProperties"
    " minProperties".split()
)
_BOOLEAN_KEYWORDS = frozenset("uniqueItems deprecated readOnly writeOnly".split())
_ANCHOR_KEYWORDS = frozenset({"$anchor", "$dynamicAnchor", "$recursiveAnchor"})


def _names(value: Any) -> bool:
    return (
        type(value) is list
        and all(type(name) is str for name in value)
        and len(set(value)) == len(value)
    )


def _finite(value: Any) -> bool:
    kind = type(value)
    return kind is int or (kind is float and value - value == 0)  # not inf, not nan


def surely_valid(schema: Any) -> bool:
    """True when ``schema`` is surely a valid draft 2020-12 schema (what ``msglint._schema``'s
    one-document meta-schema accepts), worked out in Python; False when it may not be (the caller
    then asks jsonschema-rs, which also words the problem). Lets a process whose schemas are all
    valid and free of patterns judge its first ones without loading jsonschema-rs at all."""
    if type(schema) is bool:
        return True
    if type(schema) is not dict:
        return False
    for keyword, value in schema.items():
        if keyword in _STRING_KEYWORDS:
            if type(value) is not str:
                return False
        elif keyword in _MAP_KEYWORDS:
            if type(value) is not dict:
                return False
            for sub in value.values():
                if not surely_valid(sub):
                    return False
        elif keyword == "type":
            if type(value) is str:
                if value not in _SIMPLE_TYPES:
                    return False
            elif not (
                type(value) is list
                and value
                and all(type(name) is str and name in _SIMPLE_TYPES for name in value)
                and len(set(value)) == len(value)
            ):
                return False
        elif keyword in _SUB_KEYWORDS:
            if not surely_valid(value):
                return False
        elif keyword in _LIST_KEYWORDS:
            if type(value) is not list or not value:
                return False
            for sub in value:
                if not surely_valid(sub):
                    return False
        elif keyword == "required":
            if not _names(value):
                return False
        elif keyword == "enum" or keyword == "examples":
            if type(value) is not list:
                return False
        elif keyword in _NUMBER_KEYWORDS:
            if not _finite(value):
                return False
        elif keyword in _COUNT_KEYWORDS:
            if type(value) is not int or value < 0:
                return False
        elif keyword in _BOOLEAN_KEYWORDS:
            if type(value) is not bool:
                return False
        elif keyword == "multipleOf":
            if not _finite(value) or value <= 0:
                return False
        elif keyword in _ANCHOR_KEYWORDS:
            if type(value) is not str or not _ANCHOR_TEXT.fullmatch(value):
                return False
        elif keyword == "$id":
            if type(value) is not str or not _ID_TEXT.fullmatch(value):
                return False
        elif keyword == "$vocabulary":
            if type(value) is not dict or not all(type(b) is bool for b in value.values()):
                return False
        elif keyword == "dependentRequired":
            if type(value) is not dict or not all(_names(n) for n in value.values()):
                return False
        elif keyword == "dependencies":
            if type(value) is not dict:
                return False
            for sub in value.values():
                if not (_names(sub) or surely_valid(sub)):
                    return False
    return True
