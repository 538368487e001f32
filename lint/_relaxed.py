"""The linter's fast decode: the request Structs, with their costly checks done differently.

The happy path of `msglint.check` is one typed decode. Into the strict request types it costs up
to twice as much as parsing the same JSON without a type, for these reasons, each handled here:

- **String patterns.** msgspec 0.22 checks a ``Meta(pattern=...)`` by looking up and calling
  ``re.Pattern.search`` for every value (about 0.45 µs each); a tool conversation has two
  pattern-checked ids per tool call. Here the ids of ``tool_use`` and ``tool_result`` blocks
  and a batch request's ``custom_id`` are plain ``str``, and their patterns are checked after
  the decode: the ids of a request all at once, joined together, since the id pattern is a
  character class. Every other pattern stays on its type.
- **Tools without ``type``.** The strict decode fails on them (msgspec cannot tag a union
  member that omits its tag), and the codec then decodes the body a second time. Here ``tools``
  stays raw JSON and each tool is decoded on its own, a tool without ``type`` as a custom tool.

- **Base64 media.** The ``data`` of base64 image and PDF sources is declared ``bytes``, so
  msgspec validates and decodes the base64 in C while parsing (strictly: anything it
  accepts is valid standard base64, tested against the media rule's own check). The media
  rule then reads signatures, dimensions and the PDF page tree from the bytes; invalid
  base64 fails this decode and gets the media rule's diagnostic on the exhaustive path.
- **Garbage-collector tracking.** Structs that hold containers are tracked by the cycle
  collector; a long conversation decodes into thousands of them, which costs at allocation
  and in collections. The linter owns the decoded tree and makes no cycles in it, so every
  relaxed class is declared with ``gc=False`` (about 10% of a lint; measured with the
  collector on, as in ``make bench``).

So the relaxed types accept a superset of the strict ones, and :func:`decode_fast` accepts a
document exactly when the strict decode (with the codec's custom-tool rule) does: a document
failing a deferred check returns None, and the caller takes the exhaustive path, whose
structure walk uses the strict types and reports the problem. Every Struct class has its
relaxed subclass (``isinstance`` holds); :data:`ORIGINAL` maps each one back.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Iterator
from typing import Annotated, Any, Union, cast, get_args, get_origin

import msgspec

import msgtypes
from msgtypes.codec import strict_decoder

from ._cache import LRU
from .rules._helpers import CANONICAL, RELAXED, TURN_TYPES, view

__all__ = ["ORIGINAL", "decode_fast"]

#: relaxed class -> the strict class it relaxes (the map the rules' helpers read)
ORIGINAL = CANONICAL
#: relaxed class -> (field name, pattern) of the fields whose pattern is deferred
_DEFERRED: dict[type, tuple[tuple[str, re.Pattern[str]], ...]] = {}
_IN_PROGRESS: set[type] = set()
_RAW_TOOLS = Union[list[msgspec.Raw], msgspec.UnsetType]
_TOOL_OWNERS = (msgtypes.MessageCreateParams, msgtypes.MessageCountTokensParams)
#: The pattern-checked fields whose pattern :func:`decode_fast` checks after the decode (the
#: ids of the conversation pass and each request's custom_id); other patterns stay in place.
_DEFERRABLE = {
    (msgtypes.ToolUseBlockParam, "id"),
    (msgtypes.ToolResultBlockParam, "tool_use_id"),
    (msgtypes.MessageBatchRequest, "custom_id"),
}
#: Sources whose base64 ``data`` msgspec decodes (and so validates) to bytes.
_BASE64_SOURCES = (msgtypes.Base64ImageSource, msgtypes.Base64PDFSource)


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
        relaxed_members = [_relax(member, field=field) for member in members]
        found = [pattern for _, pattern in relaxed_members if pattern is not None]
        if all(new is old for (new, _), old in zip(relaxed_members, members, strict=True)):
            return annotation, None
        return Union[tuple(new for new, _ in relaxed_members)], (found[0] if found else None)
    if origin is list:
        (item,) = get_args(annotation)
        new_item, _ = _relax(item, field=False)
        return (annotation, None) if new_item is item else (list[new_item], None)  # type: ignore[valid-type]
    if isinstance(annotation, type) and issubclass(annotation, msgspec.Struct):
        return relaxed_class(annotation), None
    return annotation, None


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
        hints = typing.get_type_hints(cls, include_extras=True)
        changed: dict[str, Any] = {}
        deferred: list[tuple[str, re.Pattern[str]]] = []
        for name in cls.__struct_fields__:  # type: ignore[attr-defined]
            if name == "tools" and cls in _TOOL_OWNERS:
                changed[name] = _RAW_TOOLS
                continue
            if name == "data" and cls in _BASE64_SOURCES:
                changed[name] = bytes
                continue
            new, pattern = _relax(hints[name], field=(cls, name) in _DEFERRABLE)
            if new is not hints[name]:
                changed[name] = new
            if pattern is not None:
                deferred.append((name, pattern))
    finally:
        _IN_PROGRESS.discard(cls)
    namespace: dict[str, Any] = {"__annotations__": changed, "__module__": __name__}
    for field in msgspec.structs.fields(cls):
        if field.name not in changed:
            continue
        if field.default is not msgspec.NODEFAULT:
            namespace[field.name] = field.default
        elif field.default_factory is not msgspec.NODEFAULT:
            namespace[field.name] = msgspec.field(default_factory=field.default_factory)
    tag = cls.__struct_config__.tag  # type: ignore[attr-defined]
    options: dict[str, Any] = {"tag": tag} if tag is not None else {}
    options["gc"] = False
    relaxed: type = type(cls)(f"Relaxed{cls.__name__}", (cls,), namespace, **options)
    RELAXED[cls] = relaxed
    CANONICAL[relaxed] = cls
    if cls is msgtypes.MessageParam:
        TURN_TYPES.add(relaxed)
    if deferred:
        _DEFERRED[relaxed] = tuple(deferred)
    return relaxed


# --------------------------------------------------------------------------- decoding

#: The pattern of tool_use ids (``tool_use.id``, ``tool_result.tool_use_id``).
_ID_PATTERN = re.compile(typing.get_args(msgtypes.content.ToolUseId)[1].pattern)


def _alphabet(pattern: re.Pattern[str]) -> bytes:
    """The characters of a ``^[chars]+$`` pattern made of plain ASCII characters and ranges."""
    match = re.fullmatch(r"\^\[([ -~]+)\]\+\$", pattern.pattern)
    if match is None or "\\" in match.group(1) or match.group(1).startswith("^"):
        raise ValueError(f"not a plain character class: {pattern.pattern}")
    chars, allowed, i = match.group(1), bytearray(), 0
    while i < len(chars):
        if i + 2 < len(chars) and chars[i + 1] == "-":
            allowed += bytes(range(ord(chars[i]), ord(chars[i + 2]) + 1))
            i += 3
        else:
            allowed += chars[i].encode()
            i += 1
    return bytes(allowed)


_ID_ALPHABET = _alphabet(_ID_PATTERN)


def _ids_match(ids: list[Any]) -> bool:
    """Whether every id matches the id pattern. All at once: the ids joined together, less
    the allowed characters, leave nothing (an id with any other character, or with a trailing
    line feed that ``$`` would allow, leaves something: the ids are then checked one by one;
    other values are skipped, the strict decode would have rejected them first)."""
    if "" not in ids:
        try:
            if not "".join(ids).encode("ascii").translate(None, _ID_ALPHABET):
                return True
        except (TypeError, UnicodeEncodeError):  # not all strings, or not all ASCII
            pass
    return all(_ID_PATTERN.search(value) for value in ids if isinstance(value, str))


def _deferred_ok(obj: Any) -> bool:
    for name, pattern in _DEFERRED.get(type(obj), ()):
        value = getattr(obj, name)
        if isinstance(value, str) and not pattern.search(value):
            return False
    return True


def _blocks_ok(params: Any, base: str) -> bool:
    """The id pattern of every tool_use and tool_result block of ``params`` (the conversation
    pass collects the ids)."""
    ids = view(params, base).ids
    return not ids or _ids_match(ids)


_TOOL_DECODERS: list[Any] = []
#: Decoded tools by their JSON text: a batch file repeats the same tools on every line, and
#: the tool rules cache their per-tool work by tool object (msglint.rules.tools).
_TOOLS_BY_TEXT: LRU[bytes, Any] = LRU("tools by JSON text", 1024)


def _decode_tools(raw_tools: list[msgspec.Raw]) -> list[Any]:
    """Each raw tool as its Struct: without ``type`` a custom tool, else by its tag."""
    if not _TOOL_DECODERS:
        _TOOL_DECODERS.extend([strict_decoder(msgtypes.Tool), strict_decoder(msgtypes.ToolUnion)])
    custom, union = _TOOL_DECODERS
    known = _TOOLS_BY_TEXT
    tools = []
    for raw in raw_tools:
        text = bytes(raw)
        tool = known.get(text)
        if tool is None:
            try:
                tool = custom.decode(text)
            except msgspec.ValidationError:
                tool = union.decode(text)
            known.put(text, tool)
        tools.append(tool)
    return tools


def _params_of(body: Any) -> Iterator[tuple[Any, str]]:
    """(params, JSON Pointer) of each Messages request in ``body``."""
    if isinstance(body, _TOOL_OWNERS):
        yield body, ""
    elif isinstance(body, msgtypes.MessageBatchRequest):
        yield body.params, "/params"
    elif isinstance(body, msgtypes.BatchCreateParams):
        for i, request in enumerate(body.requests):
            yield request.params, f"/requests/{i}/params"


_DECODERS: dict[Any, msgspec.json.Decoder[Any]] = {}


def decode_fast(data: bytes, tp: Any) -> Any | None:
    """``data`` decoded into the relaxed form of ``tp``, or None when the strict types (with
    the codec's custom-tool rule) would reject it."""
    decoder = _DECODERS.get(tp)
    if decoder is None:
        decoder = _DECODERS[tp] = msgspec.json.Decoder(_relax(tp)[0])
    try:
        body = decoder.decode(data)
        requests = body.requests if isinstance(body, msgtypes.BatchCreateParams) else (body,)
        for request in requests:
            if not _deferred_ok(request):
                return None
        for params, base in _params_of(body):
            if params.tools is not msgspec.UNSET:
                params.tools = _decode_tools(params.tools)
            if not _blocks_ok(params, base):
                return None
    except (msgspec.ValidationError, msgspec.DecodeError, RecursionError, UnicodeDecodeError):
        return None
    return body
