"""The linter's fast decode: the request Structs, with their costly checks done differently.

The happy path of `msglint.check` is one typed decode. Into the strict request types it costs up
to twice as much as parsing the same JSON without a type, for these reasons, each handled here:

- **String patterns.** msgspec checks a ``Meta(pattern=...)`` by calling ``re.Pattern.search``
  for every value (about 0.5 µs each); a tool conversation has two pattern-checked ids per tool
  call. Here the ids of ``tool_use`` and ``tool_result`` blocks and a batch request's
  ``custom_id`` are plain ``str``. The ids are checked by the conversation pass
  (``msglint._view``, all of a request's ids at once: the pattern is a character class), the
  ``custom_id`` by the decode (:data:`DEFERRED`). Every other pattern stays on its type.
- **Tools without ``type``.** The strict decode fails on them (msgspec cannot tag a union
  member that omits its tag), and the codec then decodes the body a second time. Here ``tools``
  stays raw JSON and each tool is decoded on its own, a tool without ``type`` as a custom tool.

- **Base64 media.** The ``data`` of base64 image and PDF sources stays a ``str``, as in the
  strict types: the media rule decodes and checks it with pybase64 (SIMD), about a tenth of
  what msgspec's own base64 decode to ``bytes`` costs (``msglint.rules.media``).
- **Garbage-collector tracking.** Structs that hold containers are tracked by the cycle
  collector; a long conversation decodes into thousands of them, which costs at allocation
  and in collections. The linter owns the decoded tree and makes no cycles in it, so every
  relaxed class is declared with ``gc=False`` (about 10% of a lint; measured with the
  collector on, as in ``make bench``).

So the relaxed types accept a superset of the strict ones; ``msglint._decode`` makes up the
difference (tools, ``custom_id``) and the conversation pass the ids, so that the linter accepts a
document exactly when the strict decode (with the codec's custom-tool rule) does. Every Struct
class has its relaxed subclass (``isinstance`` holds); :data:`ORIGINAL` maps each one back.
"""

from __future__ import annotations

import re
import typing
from typing import Annotated, Any, Union, cast, get_args, get_origin

import msgspec

import msgtypes
from msgtypes._annotations import struct_annotations

__all__ = [
    "DEFERRED",
    "ID_PATTERN",
    "ORIGINAL",
    "RAW_TOOLS",
    "RELAXED",
    "SENTINELS",
    "TOOL_OWNERS",
    "TURN_TYPES",
    "relaxed_class",
    "relaxed_type",
]

#: relaxed class -> the strict class it relaxes (blocks are filed under the strict class)
ORIGINAL: dict[type, type] = {}
#: strict class -> its relaxed subclass
RELAXED: dict[type, type] = {}
#: The classes of a conversation turn (MessageParam and its relaxed subclass).
TURN_TYPES: set[type] = {msgtypes.MessageParam}
#: relaxed class -> (field name, pattern) of the fields whose pattern the decode checks after
#: msgspec has decoded the document (the block ids are left to the conversation pass)
DEFERRED: dict[type, tuple[tuple[str, re.Pattern[str]], ...]] = {}
_IN_PROGRESS: set[type] = set()
#: What ``tools`` is in the relaxed request types: each tool stays raw JSON (see above).
RAW_TOOLS = Union[list[msgspec.Raw], msgspec.UnsetType]
TOOL_OWNERS = (msgtypes.MessageCreateParams, msgtypes.MessageCountTokensParams)
#: The pattern-checked fields whose pattern is not checked by msgspec in the relaxed types:
#: the ids the conversation pass checks, and each request's custom_id (:data:`DEFERRED`).
_IDS = {(msgtypes.ToolUseBlockParam, "id"), (msgtypes.ToolResultBlockParam, "tool_use_id")}
_DEFERRABLE = {*_IDS, (msgtypes.MessageBatchRequest, "custom_id")}


def _relax(annotation: Any, *, field: bool = False) -> tuple[Any, re.Pattern[str] | None]:
    """The annotation with Struct classes relaxed and, with ``field`` (a deferrable field that
    is a string with a pattern, possibly optional), the pattern dropped and returned to be
    checked after the decode. Patterns anywhere else stay where they are."""
    origin = get_origin(annotation)
    if origin is Annotated:
        inner, *metas = get_args(annotation)
        patterns = [m.pattern for m in metas if isinstance(m, msgspec.Meta) and m.pattern]
        if field and inner is str and len(patterns) == 1:
            kept = [_without_pattern(m) for m in metas if isinstance(m, msgspec.Meta)]
            kept = [m for m in kept if m is not None]
            relaxed = _annotated(str, kept) if kept else str
            return relaxed, re.compile(patterns[0])
        new_inner, _ = _relax(inner, field=False)
        if new_inner is inner:
            return annotation, None
        return _annotated(new_inner, metas), None
    if origin is Union or isinstance(annotation, type(int | str)):
        members = get_args(annotation)
        relaxed_members = [
            (relaxed_class(member), None) if _is_struct(member) else _relax(member, field=field)
            for member in members
        ]
        found = [pattern for _, pattern in relaxed_members if pattern is not None]
        new_members = [new for new, _ in relaxed_members] + _lone_tag(members)
        if new_members == list(members):
            return annotation, None
        return Union[tuple(new_members)], (found[0] if found else None)
    if origin is list:
        (item,) = get_args(annotation)
        new_item, _ = _relax(item, field=False)
        return (annotation, None) if new_item is item else (list[new_item], None)  # type: ignore[valid-type]
    if _is_struct(annotation):
        relaxed = relaxed_class(annotation)
        lone = _lone_tag([annotation])
        return (Union[tuple([relaxed, *lone])] if lone else relaxed), None
    return annotation, None


def _is_struct(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, msgspec.Struct)


# A tagged Struct class on its own (not one of several in a union) decodes in msgspec without its
# tag: ``"cache_control": {}`` or a ``system`` block without ``"type"`` would pass, though the API
# requires the field. In the relaxed types such a class is put in a union with a member that never
# decodes, which makes msgspec require the tag; the structure walk knows to skip that member.


class _NoSuchType(msgspec.Struct, tag_field="type", tag="", forbid_unknown_fields=True):
    """A union member that never decodes: tagged ``""`` (no real type), and required to hold
    itself, which no finite JSON does."""

    never: _NoSuchType


#: tag field -> the union member that never decodes (see :func:`_sentinel`)
SENTINELS: dict[str, type] = {"type": _NoSuchType}


def _sentinel(tag_field: str) -> type:
    """The never-decoding union member for Structs tagged by ``tag_field``."""
    known = SENTINELS.get(tag_field)
    if known is None:
        known = SENTINELS[tag_field] = msgspec.defstruct(
            f"_NoSuch{tag_field.title()}",
            [("never", _NoSuchType)],
            tag_field=tag_field,
            tag="",
            forbid_unknown_fields=True,
            module=__name__,
        )
    return known


def _lone_tag(members: Any) -> list[type]:
    """[the sentinel] when exactly one of ``members`` is a tagged Struct class, else []."""
    tagged = [m for m in members if _is_struct(m) and m.__struct_config__.tag_field]
    if len(tagged) != 1:
        return []
    return [_sentinel(tagged[0].__struct_config__.tag_field)]


def _annotated(base: Any, metas: list[Any]) -> Any:
    args = (base, *metas)
    return cast(Any, Annotated)[args]


def _without_pattern(meta: msgspec.Meta) -> msgspec.Meta | None:
    """``meta`` minus its pattern (None when nothing that msgspec checks is left)."""
    kept = {
        name: getattr(meta, name)
        for name in ("min_length", "max_length")
        if getattr(meta, name) is not None
    }
    return msgspec.Meta(**kept) if kept else None


def relaxed_class(cls: type) -> type:
    """The subclass of ``cls`` the fast decode uses (see the module docstring)."""
    cached = RELAXED.get(cls)
    if cached is not None:
        return cached
    if cls in _IN_PROGRESS:  # a recursive type: this level keeps its strict checks
        return cls
    _IN_PROGRESS.add(cls)
    try:
        hints = struct_annotations(cls)
        changed: dict[str, Any] = {}
        deferred: list[tuple[str, re.Pattern[str]]] = []
        for name in cls.__struct_fields__:  # type: ignore[attr-defined]
            if name == "tools" and cls in TOOL_OWNERS:
                changed[name] = RAW_TOOLS
                continue
            new, pattern = _relax(hints[name], field=(cls, name) in _DEFERRABLE)
            if new is not hints[name]:
                changed[name] = new
            if pattern is not None and (cls, name) not in _IDS:
                deferred.append((name, pattern))
    finally:
        _IN_PROGRESS.discard(cls)
    names: tuple[str, ...] = cls.__struct_fields__  # type: ignore[attr-defined]
    # Every field is declared again, evaluated: msgspec then reads no annotation text of the
    # strict classes when it compiles the relaxed decoder (it takes the first it meets going up).
    annotations = {name: changed.get(name, hints[name]) for name in names}
    namespace: dict[str, Any] = {"__annotations__": annotations, "__module__": __name__}
    defaults: tuple[Any, ...] = cls.__struct_defaults__  # type: ignore[attr-defined]
    for name, default in zip(names[len(names) - len(defaults) :], defaults, strict=True):
        if default is msgspec.NODEFAULT:
            continue
        factory = getattr(default, "factory", None) if type(default).__name__ == "Factory" else None
        namespace[name] = default if factory is None else msgspec.field(default_factory=factory)
    tag = cls.__struct_config__.tag  # type: ignore[attr-defined]
    options: dict[str, Any] = {"tag": tag} if tag is not None else {}
    options["gc"] = False
    relaxed: type = type(cls)(f"Relaxed{cls.__name__}", (cls,), namespace, **options)
    RELAXED[cls] = relaxed
    ORIGINAL[relaxed] = cls
    if cls is msgtypes.MessageParam:
        TURN_TYPES.add(relaxed)
    if deferred:
        DEFERRED[relaxed] = tuple(deferred)
    return relaxed


def relaxed_type(tp: Any) -> Any:
    """``tp`` (a request body type) with every Struct class in it relaxed."""
    return _relax(tp)[0]


#: The pattern of tool_use ids (``tool_use.id``, ``tool_result.tool_use_id``), which the
#: relaxed types leave to the conversation pass.
ID_PATTERN = re.compile(typing.get_args(msgtypes.content.ToolUseId)[1].pattern)
