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
from functools import lru_cache
from typing import Annotated, Any, Literal, Union, cast

import msgspec
import msgspec.inspect as mi

from msgtypes import Unknown

from .._relaxed import ORIGINAL, SENTINELS
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
            if info.tag_field:  # a tagged Struct on its own: the API still wants its tag
                return self.tagged(obj, [info], path)
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
            tagged = _tagged(info)
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

    def tagged(
        self, obj: dict[str, Any], members: list[mi.StructType], path: str, *, raw: bool = False
    ) -> Any:
        """An object given for one of the tagged ``members``, chosen by its tag; ``raw``: its
        values are raw JSON (see `value`)."""
        tag_field = members[0].tag_field or "type"
        by_tag = {m.tag: m for m in members}
        given = obj.get(tag_field, _MISSING)
        if given is _MISSING and "custom" in by_tag:
            return self.struct(obj, by_tag["custom"], path, raw=raw)
        allowed = ", ".join(f"`{t}`" for t in by_tag)
        if given is _MISSING:
            self.report(
                "E101", path, f"missing required field `{tag_field}`", hint=f"one of {allowed}"
            )
            return _unknown(obj, raw)
        tag = untyped(given) if raw else given
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
            return _unknown(obj, raw)
        return self.struct(obj, member, path, raw=raw)

    def struct(
        self, obj: dict[str, Any], info: mi.StructType, path: str, *, raw: bool = False
    ) -> Any:
        """An object given for ``info``; ``raw``: its values are raw JSON (see `value`)."""
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
                if raw:
                    untyped(value)  # never used, but a document with unreadable JSON is unreadable
                continue
            where = f"{path}/{escape_pointer(key)}"
            before = len(self.found)
            if raw:
                walked = self.value(value, field.type, where)
            else:
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
            return _unknown(obj, raw)

    def array(self, obj: Any, info: mi.ListType, path: str) -> Any:
        if not isinstance(obj, list):
            self.report("E102", path, f"expected an array, got {json_kind(obj)}")
            return obj
        if info.min_length is not None and len(obj) < info.min_length:
            self.report("E106", path, f"needs at least {info.min_length} item(s), has {len(obj)}")
        if info.max_length is not None and len(obj) > info.max_length:
            self.report("E106", path, f"allows at most {info.max_length:,} items, has {len(obj):,}")
        return [self.walk(item, info.item_type, f"{path}/{i}") for i, item in enumerate(obj)]

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
                self.found.append(pattern_mismatch(path, obj, info.pattern))
            return
        if isinstance(info, mi.BytesType):  # base64 text: the media rule checks the text itself
            if not isinstance(obj, str):
                self.report("E102", path, f"expected a string, got {json_kind(obj)}")
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

    # The walk over raw JSON. The methods above read decoded Python values one by one (``raw``
    # set: an object's values are raw JSON, walked by `value`). The linter itself walks the
    # document's raw JSON, trying msgspec first at every level: a value decodes into its type
    # in C, and only a value msgspec rejects is looked into (an object or array split into its
    # members as raw, undecoded JSON, each member tried in turn; anything else decoded and
    # walked as decoded). One error in a large payload costs a few typed decodes along its way,
    # not a walk of everything, and what msgspec accepts is what the decoded walk accepts (a
    # property test holds the two walks to the same diagnostics).

    def value(self, raw: Any, info: mi.Type, path: str) -> Any:
        """``raw`` as ``info``'s type: decoded in C, or looked into when msgspec rejects it."""
        decoder = _decoder(info)
        if decoder is not None:
            try:
                return decoder.decode(raw)
            except msgspec.ValidationError:
                pass
            except (msgspec.DecodeError, RecursionError) as error:  # not JSON msgspec reads
                raise Unreadable(str(error)) from error
        while isinstance(info, mi.Metadata):
            info = info.type
        first = bytes(memoryview(raw)[:1])
        if first == b"{":
            target = _object_target(info)
            if target is not None:
                return self.object(_decoded(_MEMBERS, raw), target, path)
        elif first == b"[":
            target = _array_target(info)
            if target is not None:
                return self.items(_decoded(_ITEMS, raw), target, path)
        return self.walk(untyped(raw), info, path)

    def object(self, members: dict[str, Any], info: mi.Type, path: str) -> Any:
        tagged = _tagged(info)
        if tagged:
            return self.tagged(members, tagged, path, raw=True)
        if isinstance(info, mi.StructType):
            return self.struct(members, info, path, raw=True)
        assert isinstance(info, mi.DictType)
        return {
            key: self.value(raw, info.value_type, f"{path}/{escape_pointer(key)}")
            for key, raw in members.items()
        }

    def items(self, items: list[Any], info: mi.ListType, path: str) -> list[Any]:
        if info.min_length is not None and len(items) < info.min_length:
            self.report("E106", path, f"needs at least {info.min_length} item(s), has {len(items)}")
        if info.max_length is not None and len(items) > info.max_length:
            self.report(
                "E106", path, f"allows at most {info.max_length:,} items, has {len(items):,}"
            )
        item = info.item_type
        return [self.value(raw, item, f"{path}/{i}") for i, raw in enumerate(items)]


# --- raw JSON ------------------------------------------------------------------------------


def _unknown(obj: dict[str, Any], raw: bool) -> Unknown:
    """An object no Struct takes, decoded when its values are raw JSON."""
    return Unknown({key: untyped(value) for key, value in obj.items()} if raw else obj)


class Unreadable(Exception):
    """A member is not readable JSON after all (invalid UTF-8 in a string, a number out of
    range): what the document rules report, for the whole document."""


_MEMBERS = msgspec.json.Decoder(dict[str, msgspec.Raw])
_ITEMS = msgspec.json.Decoder(list[msgspec.Raw])


def members_of(data: bytes) -> dict[str, msgspec.Raw]:
    """The members of the JSON object ``data`` as raw JSON (raises ``msgspec.DecodeError`` for
    text that is not JSON, ``msgspec.ValidationError`` for JSON that is not an object)."""
    return _MEMBERS.decode(data)


def _decoded(decoder: msgspec.json.Decoder[Any], raw: Any) -> Any:
    """``raw`` decoded by ``decoder`` (an object's members or an array's items as raw JSON, or
    any value untyped); :class:`Unreadable` when some of it is not readable after all (a key
    with invalid UTF-8 is only seen here, not when the value was skipped as raw)."""
    try:
        return decoder.decode(raw)
    except (msgspec.DecodeError, RecursionError) as error:
        raise Unreadable(str(error)) from error


_UNTYPED: msgspec.json.Decoder[Any] = msgspec.json.Decoder()


def untyped(raw: Any) -> Any:
    """``raw`` decoded without a type."""
    return _decoded(_UNTYPED, raw)


def _tagged(info: mi.Type) -> list[mi.StructType]:
    """The tagged Structs an object given for ``info`` is one of: a tagged Struct, or the tagged
    members of a union (less the relaxed types' never-decoding member); [] when untagged."""
    if isinstance(info, mi.StructType):
        return [info] if info.tag_field else []
    if isinstance(info, mi.UnionType):
        return [
            m
            for m in info.types
            if isinstance(m, mi.StructType) and m.tag_field and m.cls not in SENTINELS.values()
        ]
    return []


def _object_target(info: mi.Type) -> mi.Type | None:
    """What an object given for ``info`` is walked as (as in `_Walker.union`): a Struct or a
    dict, or a union with tagged Structs; None when no member takes an object."""
    if isinstance(info, (mi.StructType, mi.DictType)):
        return info
    if isinstance(info, mi.UnionType):
        if _tagged(info):
            return info
        for member in info.types:
            if isinstance(member, (mi.StructType, mi.DictType)):
                return member
    return None


def _array_target(info: mi.Type) -> mi.ListType | None:
    """The list type an array given for ``info`` is walked as; None when no member is one."""
    if isinstance(info, mi.ListType):
        return info
    if isinstance(info, mi.UnionType):
        for member in info.types:
            if isinstance(member, mi.ListType):
                return member
    return None


def check_members(members: dict[str, Any], tp: Any, path: str = "") -> tuple[list[Diagnostic], Any]:
    """Every structural problem of a JSON object given as its raw members (see
    :func:`members_of`), as a ``tp`` body, and a best-effort Struct tree (of ``tp``'s classes).
    Raises :class:`Unreadable` when a member turns out not to be readable JSON."""
    walker = _Walker()
    info = _info(tp)
    while isinstance(info, mi.Metadata):
        info = info.type
    target = _object_target(info)
    if target is None:  # pragma: no cover - every body type is a Struct
        return walker.found, walker.walk({k: untyped(v) for k, v in members.items()}, info, path)
    return walker.found, walker.object(members, target, path)


def check_raw(raw: Any, tp: Any, path: str) -> tuple[list[Diagnostic], Any]:
    """Every structural problem of one raw JSON value as a ``tp``, and its best-effort value."""
    walker = _Walker()
    value = walker.value(raw, _info(tp), path)
    return walker.found, value


def pattern_mismatch(path: str, value: str, pattern: str) -> Diagnostic:
    """E107 for a string that does not match its ``pattern``."""
    return get("E107").diagnostic(
        path, f"{json_repr(value, 60)} does not match `{pattern}`", hint=_pattern_hint(pattern)
    )


# --- msgspec's view of a type, back to a type msgspec decodes ----------------------------------

_DECODERS: dict[int, tuple[mi.Type, msgspec.json.Decoder[Any] | None]] = {}


def _decoder(info: mi.Type) -> msgspec.json.Decoder[Any] | None:
    """A decoder of exactly the values ``info`` describes (None for a type this module cannot
    express again: those values are always walked). Type infos are built once and kept."""
    known = _DECODERS.get(id(info))
    if known is not None and known[0] is info:
        return known[1]
    try:
        decoder: msgspec.json.Decoder[Any] | None = msgspec.json.Decoder(_as_type(info))
    except (TypeError, ValueError):
        decoder = None
    _DECODERS[id(info)] = (info, decoder)
    return decoder


def _constrained(tp: Any, **constraints: Any) -> Any:
    given = {name: value for name, value in constraints.items() if value is not None}
    return cast(Any, Annotated)[tp, msgspec.Meta(**given)] if given else tp


def _as_type(info: mi.Type) -> Any:
    """The Python type msgspec decodes exactly as ``info`` says (TypeError when unsure)."""
    if isinstance(info, mi.Metadata):
        return _as_type(info.type)
    if isinstance(info, mi.StructType):
        return info.cls
    if isinstance(info, mi.ListType):
        item = _as_type(info.item_type)
        return _constrained(list[item], min_length=info.min_length, max_length=info.max_length)  # type: ignore[valid-type]
    if isinstance(info, mi.DictType):
        key, value = _as_type(info.key_type), _as_type(info.value_type)
        return _constrained(
            dict[key, value],  # type: ignore[valid-type]
            min_length=info.min_length,
            max_length=info.max_length,
        )
    if isinstance(info, mi.UnionType):
        return Union[tuple(_as_type(member) for member in info.types)]
    if isinstance(info, mi.StrType):
        return _constrained(
            str, min_length=info.min_length, max_length=info.max_length, pattern=info.pattern
        )
    if isinstance(info, mi.BytesType):
        return _constrained(bytes, min_length=info.min_length, max_length=info.max_length)
    if isinstance(info, (mi.IntType, mi.FloatType)):
        if info.multiple_of is not None:
            raise TypeError("multiple_of is not walked")
        base = int if isinstance(info, mi.IntType) else float
        return _constrained(base, ge=info.ge, gt=info.gt, le=info.le, lt=info.lt)
    if isinstance(info, mi.LiteralType):
        return Literal[info.values]
    simple = _SIMPLE.get(type(info))
    if simple is not None:
        return simple
    raise TypeError(f"no decoder for {info!r}")


_SIMPLE: dict[type, Any] = {
    mi.AnyType: Any,
    mi.NoneType: None,
    mi.BoolType: bool,
    mi.RawType: msgspec.Raw,
}


_MISSING: Any = object()


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
    special = _SPECIAL_FIELD_HINTS.get((ORIGINAL.get(info.cls, info.cls).__name__, key))
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
    if isinstance(info, (mi.StrType, mi.BytesType)):
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
    mi.BytesType: "a string",
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
