"""JSON Schema for the linter: is a tool's ``input_schema`` (or an output schema) a valid draft
2020-12 schema, and does a recorded value fit it.

Both questions go to jsonschema-rs (a compiled validator, a declared dependency), set up so that
hostile schemas cannot hurt the linter:

- **Regular expressions never backtrack.** ``pattern``, ``patternProperties`` and
  ``propertyNames`` run on Rust's ``regex`` engine, which matches in time linear in the text, and
  each compiled pattern is bounded (:data:`REGEX_SIZE_LIMIT`, :data:`REGEX_DFA_LIMIT`). A pattern
  that needs backtracking (lookaround, backreferences) or exceeds the bound is not run: the values
  of that schema are then not checked, and the caller says so (rule W219).
- **Nothing is fetched.** A ``$ref`` to another document is not resolved (no network, no files);
  values of such a schema are not checked either, and the caller says so.
- ``uniqueItems`` is checked by hashing, in linear time.
- ``format`` is an annotation, as draft 2020-12 says (and as the API treats it).

A schema is judged once per distinct JSON text and kept in a bounded LRU table
(``msglint._cache``). Its first values are checked by walking the schema (``msglint._schemaeval``,
no compilation); a validator is compiled only for a schema that keeps coming back, or to word a
problem. Patterns are compiled up
front (each distinct one once), so that an invalid one is reported whether or not the tool is
called.
"""

from __future__ import annotations

import json
import re
from typing import Any

import msgspec

from ._cache import PATTERNS, SCHEMA_CACHE_SIZE, SCHEMAS, VALIDATOR_CACHE_SIZE, VALIDATORS
from ._schemaeval import Unsupported, conforms, surely_valid

__all__ = [
    "COMPILE_AFTER",
    "PATTERNS_PER_REQUEST",
    "PLAIN_SCHEMAS",
    "WALKS_BEFORE_LOADING",
    "REGEX_DFA_LIMIT",
    "REGEX_SIZE_LIMIT",
    "SCHEMA_CACHE_SIZE",
    "VALIDATOR_CACHE_SIZE",
    "Schema",
    "new_request",
    "schema_of",
]

#: Largest compiled program of one schema pattern (bytes, Rust ``regex`` ``size_limit``). Matching
#: is linear in the text whatever the pattern; this bounds the constant (about 0.5 µs per
#: character for the worst pattern that fits) and the memory. Real patterns use a few KiB
#: (``\p{L}+``, the largest common one, about 43 KiB).
REGEX_SIZE_LIMIT = 128 * 1024
#: Cache of the lazy DFA of one pattern (bytes, Rust ``regex`` ``dfa_size_limit``).
REGEX_DFA_LIMIT = 256 * 1024
#: Pattern size at which a pattern that did not fit :data:`REGEX_SIZE_LIMIT` is still compiled,
#: once, to tell "too large" (values not checked) from "not a regular expression" (E223).
_PROBE_SIZE_LIMIT = 4 * 1024 * 1024
#: Distinct patterns compiled while linting one request (remembered ones cost nothing). A pattern
#: with Unicode classes takes milliseconds to compile, so a request made of thousands of distinct
#: patterns would take minutes; the schemas whose patterns are past this are not checked (W219).
PATTERNS_PER_REQUEST = 256
_budget = [PATTERNS_PER_REQUEST]
_OVER_BUDGET = (
    f"was not compiled: the request has more than {PATTERNS_PER_REQUEST} distinct schema patterns "
    "(msglint's limit per request; neither the pattern's syntax nor values were checked)"
)
#: Values of a schema checked by walking it (``msglint._schemaeval``) before its validator is
#: compiled. Measured on the bench's pydantic schemas: compiling 150 µs, then under 1 µs a value;
#: a walk 10-35 µs a value. Most schemas of a request are met once or twice.
COMPILE_AFTER = 4
#: Schemas judged valid in Python (``msglint._schemaeval.surely_valid``) before jsonschema-rs is
#: loaded. Importing jsonschema-rs costs about 20 ms of CPU (its module imports ``email.utils``),
#: 60-200 times the parse of a request with tools: a process whose first tools are valid and have
#: no patterns judges them without it. The Python check is 4-5 times slower than jsonschema-rs on
#: the one-document meta-schema, so past this many schemas (or once jsonschema-rs is loaded for a
#: pattern, a compiled validator or a problem to word) jsonschema-rs judges.
PLAIN_SCHEMAS = 256
_plain = [PLAIN_SCHEMAS]
#: Values of a schema walked before jsonschema-rs is loaded only to compile the schema (a walk is
#: a few µs; loading jsonschema-rs about 20 ms of CPU).
WALKS_BEFORE_LOADING = 64
#: Longest message quoted from the validator (it quotes the value it rejects).
_MESSAGE_LIMIT = 200

_rs: Any = None


def _engine() -> Any:
    """jsonschema-rs, imported on first use (``import msglint`` stays cheap)."""
    global _rs, _FLAT, _SAFE
    if _rs is None:
        import jsonschema_rs

        _SAFE = jsonschema_rs.RegexOptions(
            size_limit=REGEX_SIZE_LIMIT, dfa_size_limit=REGEX_DFA_LIMIT
        )
        _FLAT = jsonschema_rs.Draft202012Validator(FLAT_META)
        _rs = jsonschema_rs
    return _rs


def _official() -> Any:
    """The official draft 2020-12 meta-schema's validator (it ships inside jsonschema-rs: offline
    is enough), built when a schema is first rejected: it words the problem (building it takes
    about 1.5 ms of CPU, three times the one-document :data:`FLAT_META`)."""
    global _META
    if _META is None:
        _META = _engine().validator_for(
            {"$ref": "https://json-schema.org/draft/2020-12/schema"}, offline=True
        )
    return _META


_META: Any = None
_FLAT: Any = None
_SAFE: Any = None

# The draft 2020-12 meta-schema in one document, for speed (a quarter of the time of the
# official one on generated tool schemas). The official meta-schema is seven vocabulary documents
# joined by ``allOf`` whose subschema references are ``$dynamicRef: "#meta"``; validating a schema
# from the top, every such reference lands on the top document, so here the vocabularies'
# ``properties`` are merged into one object and each reference is ``{"$ref": "#"}``. Annotations
# (``format``, ``default``, ``title``...) are left out: they never reject. It accepts exactly what
# the official one accepts (a hypothesis test holds the two together); the official one still
# words the problem of a schema this one rejects.
_SUB: dict[str, Any] = {"$ref": "#"}
_STRING: dict[str, Any] = {"type": "string"}
_BOOLEAN: dict[str, Any] = {"type": "boolean"}
_NUMBER: dict[str, Any] = {"type": "number"}
_COUNT: dict[str, Any] = {"type": "integer", "minimum": 0}
_ANCHOR: dict[str, Any] = {"type": "string", "pattern": "^[A-Za-z_][-A-Za-z0-9._]*$"}
_NAMES: dict[str, Any] = {"type": "array", "items": _STRING, "uniqueItems": True}
_SUBS: dict[str, Any] = {"type": "array", "minItems": 1, "items": _SUB}
_SUB_MAP: dict[str, Any] = {"type": "object", "additionalProperties": _SUB}
_SIMPLE: dict[str, Any] = {
    "enum": ["array", "boolean", "integer", "null", "number", "object", "string"]
}
FLAT_META: dict[str, Any] = {
    "type": ["object", "boolean"],
    "properties": {
        # core
        "$id": {"type": "string", "pattern": "^[^#]*#?$"},
        "$schema": _STRING,
        "$ref": _STRING,
        "$anchor": _ANCHOR,
        "$dynamicRef": _STRING,
        "$dynamicAnchor": _ANCHOR,
        "$vocabulary": {
            "type": "object",
            "propertyNames": _STRING,
            "additionalProperties": _BOOLEAN,
        },
        "$comment": _STRING,
        "$defs": _SUB_MAP,
        # applicator
        "prefixItems": _SUBS,
        "items": _SUB,
        "contains": _SUB,
        "additionalProperties": _SUB,
        "properties": _SUB_MAP,
        "patternProperties": _SUB_MAP,
        "dependentSchemas": _SUB_MAP,
        "propertyNames": _SUB,
        "if": _SUB,
        "then": _SUB,
        "else": _SUB,
        "allOf": _SUBS,
        "anyOf": _SUBS,
        "oneOf": _SUBS,
        "not": _SUB,
        # unevaluated
        "unevaluatedItems": _SUB,
        "unevaluatedProperties": _SUB,
        # validation
        "type": {
            "anyOf": [
                _SIMPLE,
                {"type": "array", "items": _SIMPLE, "minItems": 1, "uniqueItems": True},
            ]
        },
        "enum": {"type": "array"},
        "multipleOf": {"type": "number", "exclusiveMinimum": 0},
        "maximum": _NUMBER,
        "exclusiveMaximum": _NUMBER,
        "minimum": _NUMBER,
        "exclusiveMinimum": _NUMBER,
        "maxLength": _COUNT,
        "minLength": _COUNT,
        "pattern": _STRING,
        "maxItems": _COUNT,
        "minItems": _COUNT,
        "uniqueItems": _BOOLEAN,
        "maxContains": _COUNT,
        "minContains": _COUNT,
        "maxProperties": _COUNT,
        "minProperties": _COUNT,
        "required": _NAMES,
        "dependentRequired": {"type": "object", "additionalProperties": _NAMES},
        # meta-data, format-annotation, content
        "title": _STRING,
        "description": _STRING,
        "deprecated": _BOOLEAN,
        "readOnly": _BOOLEAN,
        "writeOnly": _BOOLEAN,
        "examples": {"type": "array"},
        "format": _STRING,
        "contentEncoding": _STRING,
        "contentMediaType": _STRING,
        "contentSchema": _SUB,
        # the earlier drafts' keywords the 2020-12 meta-schema still describes
        "definitions": _SUB_MAP,
        "dependencies": {"type": "object", "additionalProperties": {"anyOf": [_SUB, _NAMES]}},
        "$recursiveAnchor": _ANCHOR,
        "$recursiveRef": _STRING,
    },
}


class Schema:
    """What the linter knows about one JSON Schema.

    ``problem`` says why it is not a valid draft 2020-12 schema (None when it is). Values are
    checked with :meth:`check`; when they cannot be (see the module docstring), ``unchecked`` holds
    (JSON Pointer inside the schema, reason) and :meth:`check` accepts everything.
    """

    __slots__ = ("_failed", "_key", "_own", "_schema", "_walks", "problem", "unchecked")

    def __init__(self, schema: Any, key: bytes | None) -> None:
        self._schema = schema
        self._key = key
        self._failed = False
        self._own: Any = None  # the compiled validator of a schema without a key
        self._walks = COMPILE_AFTER
        self.problem: str | None = None
        self.unchecked: tuple[str, str] | None = None
        if _rs is None and _plain[0] > 0 and surely_valid(schema):
            _plain[0] -= 1  # a fresh process: jsonschema-rs is not loaded yet (see PLAIN_SCHEMAS)
            valid = True
        else:
            _engine()
            try:
                valid = _FLAT.is_valid(schema)
            except (ValueError, OverflowError) as error:  # a value JSON cannot hold
                self.problem = str(error)
                return
        if not valid:
            try:
                first = next(iter(_official().iter_errors(schema)), None)
            except (ValueError, OverflowError) as error:  # nested past the validator's limit
                self.problem = f"it is nested too deeply to say where ({error})"
                return
            if first is not None:  # (the two meta-schemas agree: see FLAT_META)
                self.problem = _describe(first)
                return
        if key is None or b'"pattern' in key:
            self._check_patterns(key)

    def _check_patterns(self, key: bytes | None) -> None:
        if key is not None and b'"patternProperties"' not in key:
            # The common case, told from the JSON text: every ``"pattern":"..."`` (some may be
            # data inside ``enum`` or ``default``, which the walk below then tells apart).
            texts = _PATTERN_TEXT.findall(key)
            if all(not _pattern(_string(text))[1] for text in texts):
                return
        found: list[tuple[str, str]] = []
        _patterns(self._schema, "", found)
        for where, pattern in found:
            verdict = _pattern(pattern)[1]
            if verdict == "invalid":
                self.problem = f"{json.dumps(pattern)} is not a regular expression (at {where[1:]})"
                return
            if verdict and self.unchecked is None:
                self.unchecked = (where, f"pattern {_short(json.dumps(pattern))} {verdict}")
            if verdict is _OVER_BUDGET:
                self._key = None  # judged in part: not remembered, the next request tries again

    def check(self, value: Any) -> str | None:
        """The first problem of ``value`` against the schema, or None (also when the schema's
        values cannot be checked: see ``unchecked``)."""
        if self.problem is not None or self.unchecked is not None:
            return None
        walks = self._walks
        if walks > 0 or (_rs is None and walks > COMPILE_AFTER - WALKS_BEFORE_LOADING):
            self._walks = walks - 1
            try:
                if conforms(self._schema, value, _matches):
                    return None
            except Unsupported:
                self._walks = -WALKS_BEFORE_LOADING  # compile from now on
        validator = self._validator()
        if validator is None:
            return None
        try:
            if validator.is_valid(value):
                return None
            return _describe(next(iter(validator.iter_errors(value))))
        except (ValueError, OverflowError) as error:  # a value JSON cannot hold
            self.unchecked = ("", f"the value cannot be checked: {error}")
            return None

    def _validator(self) -> Any:
        key = self._key
        validator = VALIDATORS.get(key) if key is not None else self._own
        if validator is not None or self._failed:
            return validator  # None when it failed to compile (``unchecked`` says why)
        rs = _engine()
        try:
            validator = rs.Draft202012Validator(self._schema, offline=True, pattern_options=_SAFE)
        except rs.ValidationError as error:  # a $ref to another document, or one that is missing
            reason = _first_line(error.message).split(" and retrieving it failed")[0]
            if error.kind.name == "$ref":
                reason = f"a $ref is not resolved inside the schema (nothing is fetched): {reason}"
            self.unchecked = (_pointer(error.instance_path), reason)
            self._failed = True
            return None
        except (ValueError, OverflowError) as error:
            self.unchecked = ("", str(error))
            self._failed = True
            return None
        if key is not None:
            VALIDATORS.put(key, validator)
        else:
            self._own = validator
        return validator


def schema_of(schema: Any) -> Schema:
    """The (remembered) :class:`Schema` of a decoded JSON Schema."""
    try:
        # The JSON text as decoded (key order kept): the same tool sent again has the same text.
        key: bytes | None = msgspec.json.encode(schema)
    except (TypeError, msgspec.EncodeError):
        key = None
    if key is not None:
        known: Schema | None = SCHEMAS.get(key)
        if known is not None:
            return known
    judged = Schema(schema, key)
    if key is not None and judged._key is not None:
        SCHEMAS.put(key, judged)
    return judged


def new_request() -> None:
    """Start the pattern budget of a request (:data:`PATTERNS_PER_REQUEST`) afresh."""
    _budget[0] = PATTERNS_PER_REQUEST


# --------------------------------------------------------------------------- patterns

#: ``"pattern":"<JSON string>"`` in compact JSON (linear: the two alternatives are disjoint).
_PATTERN_TEXT = re.compile(rb'"pattern":("(?:[^"\\]|\\.)*")')

#: Keywords whose value is a schema, a list of schemas, or a map of schemas (draft 2020-12, and
#: the older spellings its meta-schema still describes).
_ONE = (
    "items",
    "additionalItems",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
)
_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_MAPS = (
    "properties",
    "patternProperties",
    "$defs",
    "definitions",
    "dependentSchemas",
    "dependencies",
)


def _patterns(schema: Any, where: str, found: list[tuple[str, str]]) -> None:
    """(JSON Pointer, pattern) of every regular expression in ``schema``: ``pattern`` values and
    ``patternProperties`` names, in schema positions only (not inside ``enum``, ``default``...)."""
    if not isinstance(schema, dict):
        return
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        found.append((f"{where}/pattern", pattern))
    names = schema.get("patternProperties")
    if isinstance(names, dict):
        found.extend((f"{where}/patternProperties/{_escape(name)}", name) for name in names)
    for keyword in _ONE:
        if keyword in schema:
            _patterns(schema[keyword], f"{where}/{keyword}", found)
    for keyword in _LISTS:
        members = schema.get(keyword)
        if isinstance(members, list):
            for i, member in enumerate(members):
                _patterns(member, f"{where}/{keyword}/{i}", found)
    for keyword in _MAPS:
        members = schema.get(keyword)
        if isinstance(members, dict):
            for name, member in members.items():
                _patterns(member, f"{where}/{keyword}/{_escape(name)}", found)


def _pattern(pattern: str) -> tuple[Any, str]:
    """``pattern`` compiled for the safe engine (a validator of ``{"pattern": ...}``), and ""; or
    None and why the safe engine does not run it, or "invalid" for a pattern that is not a regular
    expression at all. Remembered per pattern."""
    known = PATTERNS.get(pattern)
    if known is not None:
        return known
    if _budget[0] <= 0:
        return None, _OVER_BUDGET
    _budget[0] -= 1
    rs = _engine()
    compiled = _compiled(pattern, _SAFE)
    verdict = ""
    if compiled is None:
        if _compiled(pattern, rs.FancyRegexOptions(size_limit=REGEX_SIZE_LIMIT)):
            verdict = (
                "needs a backtracking regex engine (lookaround or backreferences), which msglint "
                "does not run: it can take exponential time"
            )
        elif _compiled(pattern, rs.FancyRegexOptions(size_limit=_PROBE_SIZE_LIMIT)):
            verdict = f"compiles to more than msglint's regex size limit ({REGEX_SIZE_LIMIT} bytes)"
        else:
            verdict = "invalid"
    return PATTERNS.put(pattern, (compiled, verdict))


def _string(text: bytes) -> str:
    """The string of a JSON string literal."""
    try:
        value: str = msgspec.json.decode(text)
    except msgspec.DecodeError:  # an escaped lone surrogate, which only the json module takes
        value = json.loads(text)
    return value


def _compiled(pattern: str, options: Any) -> Any:
    try:
        return _rs.Draft202012Validator({"pattern": pattern}, offline=True, pattern_options=options)
    except _rs.ValidationError:
        return None


def _matches(pattern: str, text: str) -> bool:
    """Whether ``pattern`` finds a match in ``text`` (on the safe engine)."""
    compiled = _pattern(pattern)[0]
    if compiled is None:
        raise Unsupported("pattern")
    return bool(compiled.is_valid(text))


# --------------------------------------------------------------------------- messages


def _describe(error: Any) -> str:
    """One line for a validation error: what failed, and where (a path inside the value)."""
    error = _focus(error)
    where = "/".join(str(part) for part in error.instance_path)
    message = (
        _types_message(error) or _duplicates_message(error) or _short(_first_line(error.message))
    )
    return message + (f" (at {where})" if where else "")


def _focus(error: Any) -> Any:
    """For "not valid under any of anyOf/oneOf", the error of the one alternative that was meant:
    alternatives that failed only on the value's type (``{"type": "null"}`` beside the real
    schema, as generated for optional fields) are set aside."""
    kind = error.kind
    if kind.name not in ("anyOf", "oneOf"):
        return error
    context = getattr(kind, "context", None) or []
    here = error.instance_path
    meant = [
        errors
        for errors in context
        if errors and not all(e.kind.name == "type" and e.instance_path == here for e in errors)
    ]
    if len(meant) == 1:
        return _focus(meant[0][0])
    return error


def _types_message(error: Any) -> str | None:
    """ "5 is not of type "string" or "null"" for an anyOf whose alternatives all failed on type."""
    kind = error.kind
    if kind.name not in ("anyOf", "oneOf"):
        return None
    wanted: list[str] = []
    for errors in getattr(kind, "context", None) or []:
        for e in errors:
            if e.kind.name != "type" or e.instance_path != error.instance_path:
                return None
            wanted.extend(t for t in e.kind.types if t not in wanted)
    if not wanted:
        return None
    value = _short(json.dumps(error.instance, ensure_ascii=False, default=str))
    return f"{value} is not of type " + " or ".join(json.dumps(t) for t in wanted)


def _duplicates_message(error: Any) -> str | None:
    """ "items 2 and 7 are equal" for ``uniqueItems`` (rather than quoting the whole array)."""
    if error.kind.name != "uniqueItems" or not isinstance(error.instance, list):
        return None
    seen: dict[bytes, int] = {}
    for index, item in enumerate(error.instance):
        try:
            text = msgspec.json.encode(item, order="sorted")
        except (TypeError, msgspec.EncodeError):
            return None
        if text in seen:
            return f"items {seen[text]} and {index} are equal; uniqueItems forbids that"
        seen[text] = index
    return None  # equal only as JSON numbers (1 and 1.0): the validator's own words then


def _short(text: str) -> str:
    if len(text) <= _MESSAGE_LIMIT:
        return text
    keep = _MESSAGE_LIMIT // 2
    return f"{text[:keep]} … {text[-keep:]}"


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0]


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def _pointer(path: list[Any]) -> str:
    return "".join(f"/{_escape(str(part))}" for part in path)
