"""Structure rules: the payload against the msgtypes request Structs.

The happy path never comes here: a payload that msgspec decodes into its Struct is structurally
valid. Only a payload that fails that decode is walked by :func:`check_structure`, which reports
*every* structural problem, one diagnostic per problem (an unknown block type is one diagnostic,
not one per union member), with did-you-mean hints. The same walk builds a best-effort Struct
tree (bad parts left as the raw values, unknown union members as :class:`msgtypes.Unknown`) so the
semantic rules can still run on a broken payload.
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache
from typing import Any, Union, get_type_hints

import msgspec
import msgspec.inspect as mi

from msgtypes import Unknown

from ..diagnostics import Diagnostic
from . import get, register
from .syntax import json_kind

__all__ = ["check_structure", "escape_pointer"]


# --- the rules -------------------------------------------------------------------------------


@register("E100", "unknown-field")
def _unknown_field() -> None:
    """## What it does
    Checks that every field of an object is one the API knows for that object.

    ## Why is this bad?
    Requests are validated strictly: the API rejects the whole request with
    `<field>: Extra inputs are not permitted`. A misspelled optional field (`temprature`) is
    therefore not ignored but fatal; a beta field sent to a type that lacks it fails the same way.

    ## Example
    ```json
    {"model": "claude-sonnet-4-5", "max_tokens": 1024, "temprature": 0.2, "messages": [...]}
    ```

    ## Use instead
    ```json
    {"model": "claude-sonnet-4-5", "max_tokens": 1024, "temperature": 0.2, "messages": [...]}
    ```
    """


@register("E101", "missing-field")
def _missing_field() -> None:
    """## What it does
    Checks that every required field is present (e.g. `max_tokens`, a block's `type`).

    ## Why is this bad?
    The API answers `<field>: Field required` with HTTP 400.

    ## Example
    ```json
    {"model": "claude-sonnet-4-5", "messages": [{"role": "user", "content": "Hi"}]}
    ```

    ## Use instead
    ```json
    {"model": "claude-sonnet-4-5", "max_tokens": 1024,
     "messages": [{"role": "user", "content": "Hi"}]}
    ```
    """


@register("E102", "wrong-type")
def _wrong_type() -> None:
    """## What it does
    Checks that each value has the JSON type the field takes (string, integer, array, object...).

    ## Why is this bad?
    The API rejects the request (`Input should be a valid integer`, ...).

    ## Example
    ```json
    {"max_tokens": "1024"}
    ```

    ## Use instead
    ```json
    {"max_tokens": 1024}
    ```
    """


@register("E103", "invalid-value")
def _invalid_value() -> None:
    """## What it does
    Checks that a field limited to a fixed set of values (a role, a media type, a TTL...) holds
    one of them.

    ## Why is this bad?
    The API rejects other values, e.g. `messages.0.role: Input should be 'user', 'assistant'
    or 'system'` (there is no `developer` role).

    ## Example
    ```json
    {"role": "developer", "content": "Be terse."}
    ```

    ## Use instead
    ```json
    {"system": "Be terse.", "messages": [{"role": "user", "content": "..."}]}
    ```
    """


@register("E104", "unknown-type")
def _unknown_type() -> None:
    """## What it does
    Checks the `type` of blocks, sources, citations, tools, tool_choice, thinking and edits
    against the types the API accepts in that position.

    ## Why is this bad?
    An unknown or misplaced `type` is rejected with HTTP 400. Reported once per object, with
    the closest valid type as a hint, rather than once per union member.

    ## Example
    ```json
    {"type": "txt", "text": "Hello"}
    ```

    ## Use instead
    ```json
    {"type": "text", "text": "Hello"}
    ```
    """


@register("E105", "out-of-range")
def _out_of_range() -> None:
    """## What it does
    Checks numeric limits: `temperature` and `top_p` in 0..1, `max_tokens` >= 1,
    `thinking.budget_tokens` >= 1024, `top_k` >= 0, `max_uses` > 0, ...

    ## Why is this bad?
    The API rejects the request, e.g.
    `thinking.enabled.budget_tokens: Input should be greater than or equal to 1024`.

    ## Example
    ```json
    {"temperature": 1.5}
    ```

    ## Use instead
    ```json
    {"temperature": 1.0}
    ```
    """


@register("E106", "bad-length")
def _bad_length() -> None:
    """## What it does
    Checks length limits of strings and arrays: `messages` holds 1 to 100,000 turns, a batch 1 to
    100,000 requests, `metadata.user_id` at most 256 characters, and so on.

    ## Why is this bad?
    The API rejects the request with `... should have at least/most N items/characters`.

    ## Example
    ```json
    {"messages": []}
    ```

    ## Use instead
    ```json
    {"messages": [{"role": "user", "content": "Hello"}]}
    ```
    """


@register("E107", "pattern-mismatch")
def _pattern_mismatch() -> None:
    """## What it does
    Checks string formats: tool names (`^[a-zA-Z0-9_-]{1,128}$`), batch `custom_id`
    (`^[a-zA-Z0-9_-]{1,64}$`), tool_use ids, and stop sequences with non-whitespace text.

    ## Why is this bad?
    The API rejects the request, e.g. `String should match pattern '^[a-zA-Z0-9_-]{1,64}$'`; in a
    batch, one bad `custom_id` rejects the whole batch.

    ## Example
    ```json
    {"name": "get weather", "input_schema": {"type": "object"}}
    ```

    ## Use instead
    ```json
    {"name": "get_weather", "input_schema": {"type": "object"}}
    ```
    """


@register("E108", "null-not-allowed")
def _null_not_allowed() -> None:
    """## What it does
    Checks that `null` is used only where the API documents it (e.g. `cache_control`,
    `citations`), not for fields that must be omitted instead (`temperature`, `tools`, ...).

    ## Why is this bad?
    The API rejects `null` for those fields; leave the field out to get the default.

    ## Example
    ```json
    {"temperature": null}
    ```

    ## Use instead
    Omit `temperature`.
    """


# --- the walk --------------------------------------------------------------------------------

_SPECIAL_FIELD_HINTS: dict[tuple[str, str], str] = {
    ("MessageCountTokensParams", "max_tokens"): "count_tokens takes no max_tokens; remove it",
    ("MessageCountTokensParams", "temperature"): "count_tokens takes no sampling parameters",
    ("MessageCreateParams", "response_format"): "use output_format (structured outputs beta)",
    ("MessageCreateParams", "extra_body"): "extra_body is an SDK argument, not a body field",
    ("MessageCreateParams", "betas"): "betas go in the anthropic-beta header, not the body",
    ("MessageCreateParams", "max_completion_tokens"): "did you mean `max_tokens`?",
}
_ROLE_DEVELOPER_HINT = "there is no developer role: put this text in the top-level `system` field"


def escape_pointer(token: str) -> str:
    """One RFC 6901 reference token."""
    return token.replace("~", "~0").replace("/", "~1")


class _Walker:
    def __init__(self) -> None:
        self.found: list[Diagnostic] = []

    def report(self, code: str, path: str, message: str, hint: str | None = None) -> None:
        self.found.append(get(code).diagnostic(path, message, hint=hint))

    def walk(self, obj: Any, info: mi.Type, path: str) -> Any:
        if isinstance(info, mi.Metadata):
            return self.walk(obj, info.type, path)
        if isinstance(info, mi.UnionType):
            return self.union(obj, info, path)
        if obj is None and not isinstance(info, (mi.NoneType, mi.AnyType)):
            self.null_not_allowed(info, path)
            return obj
        if isinstance(info, (mi.StructType, mi.DictType)) and not isinstance(obj, dict):
            self.report("E102", path, f"expected an object, got {json_kind(obj)}")
            return obj
        if isinstance(info, mi.StructType):
            return self.struct(obj, info, path)
        if isinstance(info, mi.ListType):
            return self.array(obj, info, path)
        if isinstance(info, mi.DictType):
            return {
                k: self.walk(v, info.value_type, f"{path}/{escape_pointer(k)}")
                for k, v in obj.items()
            }
        self.scalar(obj, info, path)
        return obj

    def null_not_allowed(self, info: mi.Type, path: str) -> None:
        self.report(
            "E108",
            path,
            f"null is not allowed here; expected {_describe(info)}",
            hint="omit the field instead of sending null",
        )

    def union(self, obj: Any, info: mi.UnionType, path: str) -> Any:
        members = info.types
        if obj is None:
            if not any(isinstance(m, mi.NoneType) for m in members):
                self.null_not_allowed(info, path)
            return obj
        if isinstance(obj, dict):
            tagged = [m for m in members if isinstance(m, mi.StructType) and m.tag_field]
            if tagged:
                return self.tagged(obj, tagged, path)
            for member in members:
                if isinstance(member, (mi.StructType, mi.DictType)):
                    return self.walk(obj, member, path)
        elif isinstance(obj, list):
            for member in members:
                if isinstance(member, mi.ListType):
                    return self.walk(obj, member, path)
        else:
            candidates = [m for m in members if _scalar_accepts(m, obj)]
            if candidates:
                # Prefer a member that takes the value without complaint.
                for member in candidates:
                    probe = _Walker()
                    probe.scalar(obj, member, path)
                    if not probe.found:
                        return obj
                self.scalar(obj, candidates[0], path)
                return obj
        self.report("E102", path, f"expected {_describe(info)}, got {json_kind(obj)}")
        return obj

    def tagged(self, obj: dict[str, Any], members: list[mi.StructType], path: str) -> Any:
        tag_field = members[0].tag_field or "type"
        by_tag = {m.tag: m for m in members}
        tag = obj.get(tag_field, _MISSING)
        if tag is _MISSING and "custom" in by_tag:
            return self.struct(obj, by_tag["custom"], path, tag_given=False)
        allowed = ", ".join(f"`{t}`" for t in by_tag)
        if tag is _MISSING:
            self.report(
                "E101", path, f"missing required field `{tag_field}`", hint=f"one of {allowed}"
            )
            return Unknown(obj)
        member = by_tag.get(tag) if isinstance(tag, str) else None
        if member is None:
            close = _close(str(tag), [str(t) for t in by_tag])
            hint = f"did you mean `{close[0]}`?" if close else f"expected one of {allowed}"
            self.report(
                "E104",
                f"{path}/{escape_pointer(tag_field)}",
                f"unknown {tag_field} {json_repr(tag)} here",
                hint=hint,
            )
            return Unknown(obj)
        return self.struct(obj, member, path)

    def struct(
        self, obj: dict[str, Any], info: mi.StructType, path: str, *, tag_given: bool = True
    ) -> Any:
        fields = _fields(info)
        values: dict[str, Any] = {}
        for key, value in obj.items():
            field = fields.get(key)
            if field is None:
                if key == info.tag_field:
                    continue
                if info.forbid_unknown_fields:
                    self.report(
                        "E100",
                        f"{path}/{escape_pointer(key)}",
                        f"unknown field `{key}`",
                        hint=_field_hint(info, key, fields),
                    )
                continue
            if type(value) in _CONTAINERS:
                accepted = _accept(value, info.cls, field.name)
                if accepted is not _REJECTED:
                    values[field.name] = accepted
                    continue
            where = f"{path}/{escape_pointer(key)}"
            before = len(self.found)
            walked = self.walk(value, field.type, where)
            if any(d.path == where and d.code in _WRONG_KIND for d in self.found[before:]):
                # A value of the wrong JSON kind stays out of the tree: a required field gets
                # None (as when missing), an optional one its default, so the semantic rules
                # never meet a list where they expect a name.
                if field.required:
                    values[field.name] = None
                continue
            values[field.name] = walked
        for name, field in fields.items():
            if field.required and field.name not in values:
                if name not in obj:
                    self.report("E101", path, f"missing required field `{name}`")
                values[field.name] = None
        try:
            return info.cls(**values)
        except TypeError:  # pragma: no cover - defensive: odd class definitions
            return Unknown(obj)

    def array(self, obj: Any, info: mi.ListType, path: str) -> Any:
        if not isinstance(obj, list):
            self.report("E102", path, f"expected an array, got {json_kind(obj)}")
            return obj
        if info.min_length is not None and len(obj) < info.min_length:
            self.report("E106", path, f"needs at least {info.min_length} item(s), has {len(obj)}")
        if info.max_length is not None and len(obj) > info.max_length:
            self.report("E106", path, f"allows at most {info.max_length:,} items, has {len(obj):,}")
        whole, untagged = _python_type(info.item_type)
        items = []
        for i, item in enumerate(obj):
            if whole is not None and type(item) is dict:
                try:  # an item without its tag is the union's `custom` member (a custom tool)
                    tagged = untagged is None or "type" in item
                    items.append(msgspec.convert(item, whole if tagged else untagged))
                    continue
                except msgspec.ValidationError:
                    pass
            items.append(self.walk(item, info.item_type, f"{path}/{i}"))
        return items

    def scalar(self, obj: Any, info: mi.Type, path: str) -> None:
        if isinstance(info, mi.AnyType):
            return
        if isinstance(info, mi.LiteralType):
            if obj in info.values and type(obj) is not bool:
                return
            words = [str(v) for v in info.values]
            if not _scalar_accepts(info, obj):
                self.report("E102", path, f"expected {_describe(info)}, got {json_kind(obj)}")
                return
            hint = None
            if obj == "developer" and "user" in words:
                hint = _ROLE_DEVELOPER_HINT
            else:
                close = _close(str(obj), words)
                if close:
                    hint = f"did you mean `{close[0]}`?"
            self.report(
                "E103", path, f"{json_repr(obj)} is not one of {_choices(info.values)}", hint=hint
            )
            return
        if isinstance(info, mi.StrType):
            if not isinstance(obj, str):
                self.report("E102", path, f"expected a string, got {json_kind(obj)}")
                return
            if info.min_length is not None and len(obj) < info.min_length:
                self.report("E106", path, f"must have at least {info.min_length} character(s)")
            if info.max_length is not None and len(obj) > info.max_length:
                self.report(
                    "E106", path, f"must have at most {info.max_length} characters, has {len(obj)}"
                )
            if info.pattern is not None and not _regex(info.pattern).search(obj):
                self.report(
                    "E107",
                    path,
                    f"{json_repr(obj, 60)} does not match `{info.pattern}`",
                    hint=_pattern_hint(info.pattern),
                )
            return
        if isinstance(info, (mi.IntType, mi.FloatType)):
            is_int = isinstance(info, mi.IntType)
            ok = isinstance(obj, int) if is_int else isinstance(obj, (int, float))
            if not ok or isinstance(obj, bool):
                self.report(
                    "E102",
                    path,
                    f"expected {'an integer' if is_int else 'a number'}, got {json_kind(obj)}",
                )
                return
            if isinstance(obj, float) and not math.isfinite(obj):
                self.report("E102", path, "expected a finite number")
                return
            limits = [("ge", ">="), ("gt", ">"), ("le", "<="), ("lt", "<")]
            for attr, op in limits:
                bound = getattr(info, attr)
                if bound is None:
                    continue
                good = {
                    "ge": obj >= bound,
                    "gt": obj > bound,
                    "le": obj <= bound,
                    "lt": obj < bound,
                }[attr]
                if not good:
                    self.report("E105", path, f"must be {op} {bound}, got {obj}")
            return
        if isinstance(info, mi.BoolType):
            if not isinstance(obj, bool):
                self.report("E102", path, f"expected true or false, got {json_kind(obj)}")
            return
        if isinstance(info, mi.NoneType):
            if obj is not None:
                self.report("E102", path, f"expected null, got {json_kind(obj)}")
            return
        if isinstance(info, mi.DateTimeType):
            if not isinstance(obj, str):
                self.report("E102", path, f"expected an RFC 3339 date-time, got {json_kind(obj)}")
            return


_MISSING: Any = object()
_REJECTED: Any = object()
_CONTAINERS = (dict, list)


# Fast acceptance. The walk is Python, value by value; msgspec checks a subtree in C. So before
# walking an object's or an array's value, msgspec converts it into the field's (or item's)
# type: when that succeeds the subtree has no structural problem (the walk accepts exactly what
# msgspec accepts) and the converted Structs are the tree; only what msgspec rejects is walked.
# One error in a large payload costs a few conversions along its way, not a walk of everything.


def _accept(value: Any, cls: type, name: str) -> Any:
    """``value`` converted into the type of field ``name`` of ``cls``, or ``_REJECTED``."""
    try:
        return msgspec.convert(value, _field_types(cls)[name])
    except (msgspec.ValidationError, KeyError):
        return _REJECTED


@cache
def _field_types(cls: type) -> dict[str, Any]:
    return get_type_hints(cls, include_extras=True)


_ITEM_TYPES: dict[int, tuple[mi.Type, Any, Any]] = {}


def _python_type(info: mi.Type) -> tuple[Any, Any]:
    """The Python type of array items a msgspec conversion can check as a whole (a Struct, or a
    union of Structs: these carry no constraints outside their classes; else None), and for a
    union tagged by ``type`` with a ``custom`` member, that member (what an item without a
    ``type`` is, as in :func:`tagged`)."""
    known = _ITEM_TYPES.get(id(info))  # type infos are built once (``_info``) and kept
    if known is not None and known[0] is info:
        return known[1], known[2]
    whole: Any = None
    untagged: Any = None
    if isinstance(info, mi.StructType):
        whole = info.cls
    elif isinstance(info, mi.UnionType) and all(isinstance(m, mi.StructType) for m in info.types):
        members = [m for m in info.types if isinstance(m, mi.StructType)]
        whole = Union[tuple(m.cls for m in members)]
        untagged = next(
            (m.cls for m in members if m.tag_field == "type" and m.tag == "custom"), None
        )
    _ITEM_TYPES[id(info)] = (info, whole, untagged)
    return whole, untagged


#: Codes that mean "not even the right JSON kind here" (the value is useless to later rules).
_WRONG_KIND = frozenset({"E102", "E108"})


def check_structure(value: Any, tp: Any, path: str = "") -> tuple[list[Diagnostic], Any]:
    """Every structural problem of ``value`` as a ``tp`` body, and a best-effort Struct tree."""
    walker = _Walker()
    built = walker.walk(value, _info(tp), path)
    return walker.found, built


@lru_cache(maxsize=64)
def _info(tp: Any) -> mi.Type:
    return mi.type_info(tp)


_FIELD_CACHE: dict[type, dict[str, mi.Field]] = {}


def _fields(info: mi.StructType) -> dict[str, mi.Field]:
    cached = _FIELD_CACHE.get(info.cls)
    if cached is None:
        cached = _FIELD_CACHE[info.cls] = {f.encode_name: f for f in info.fields}
    return cached


@lru_cache(maxsize=64)
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _field_hint(info: mi.StructType, key: str, fields: dict[str, mi.Field]) -> str | None:
    special = _SPECIAL_FIELD_HINTS.get((info.cls.__name__, key))
    if special:
        return special
    close = _close(key, list(fields), cutoff=0.7)
    if close:
        return f"did you mean `{close[0]}`?"
    return "allowed fields: " + ", ".join(f"`{name}`" for name in fields)


def _close(word: str, choices: list[str], cutoff: float = 0.6) -> list[str]:
    """The closest choice to ``word`` (difflib is imported only when a hint is needed)."""
    import difflib

    return difflib.get_close_matches(word, choices, n=1, cutoff=cutoff)


def _pattern_hint(pattern: str) -> str | None:
    if pattern == r"\S":
        return "stop sequences must contain a non-whitespace character"
    if "{1,64}" in pattern:
        return "use 1-64 letters, digits, '_' or '-'"
    if "{1,128}" in pattern:
        return "use 1-128 letters, digits, '_' or '-' (replace spaces and dots with '_')"
    return None


def _scalar_accepts(info: mi.Type, obj: Any) -> bool:
    if isinstance(info, mi.Metadata):
        return _scalar_accepts(info.type, obj)
    if isinstance(info, mi.LiteralType):
        return any(type(v) is type(obj) for v in info.values)
    if isinstance(info, mi.StrType):
        return isinstance(obj, str)
    if isinstance(info, mi.IntType):
        return isinstance(obj, int) and not isinstance(obj, bool)
    if isinstance(info, mi.FloatType):
        return isinstance(obj, (int, float)) and not isinstance(obj, bool)
    if isinstance(info, mi.BoolType):
        return isinstance(obj, bool)
    return isinstance(info, mi.AnyType)


def _describe(info: mi.Type) -> str:
    if isinstance(info, mi.Metadata):
        return _describe(info.type)
    if isinstance(info, mi.UnionType):
        words = []
        for member in info.types:
            word = _describe(member)
            if word not in words:
                words.append(word)
        return " or ".join(words)
    if isinstance(info, mi.LiteralType):
        return f"one of {_choices(info.values)}"
    return _KIND_WORDS.get(type(info), "a value")


_KIND_WORDS: dict[type, str] = {
    mi.StructType: "an object",
    mi.DictType: "an object",
    mi.ListType: "an array",
    mi.StrType: "a string",
    mi.IntType: "an integer",
    mi.FloatType: "a number",
    mi.BoolType: "a boolean",
    mi.NoneType: "null",
}


def _choices(values: tuple[Any, ...]) -> str:
    return ", ".join(json_repr(v) for v in values)


def json_repr(value: Any, limit: int = 40) -> str:
    """A short JSON rendering of ``value`` for messages."""
    text = msgspec.json.encode(value).decode()
    return text if len(text) <= limit else text[: limit - 1] + "…"
