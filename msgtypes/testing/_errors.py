"""The API's error bodies, and request problems phrased the way the API phrases them.

The API names the place of a validation problem with a dotted location in which every tagged
union member adds its tag: ``messages.0.content.1.image.source.base64.data``. A JSON Pointer
from the linter, or a path from a msgspec error, is turned into that form by walking the request
type alongside the document.
"""

from __future__ import annotations

import re
from typing import Any

import msgspec
import msgspec.inspect as mi

__all__ = ["STATUS_OF", "api_location", "describe_validation_error", "error_body"]

#: HTTP status of each API error type.
STATUS_OF: dict[str, int] = {
    "invalid_request_error": 400,
    "authentication_error": 401,
    "billing_error": 402,
    "permission_error": 403,
    "not_found_error": 404,
    "request_too_large": 413,
    "rate_limit_error": 429,
    "api_error": 500,
    "timeout_error": 504,
    "overloaded_error": 529,
}


def error_body(error_type: str, message: str, request_id: str | None) -> bytes:
    """``{"type": "error", "error": {...}, "request_id": ...}`` as JSON bytes."""
    body: dict[str, Any] = {"type": "error", "error": {"type": error_type, "message": message}}
    if request_id is not None:
        body["request_id"] = request_id
    return msgspec.json.encode(body)


# --------------------------------------------------------------------------- locations


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def pointer_tokens(pointer: str) -> list[str]:
    """The reference tokens of an RFC 6901 pointer."""
    if not pointer:
        return []
    return [_unescape(token) for token in pointer.lstrip("/").split("/")]


def _info(tp: Any) -> mi.Type | None:
    try:
        return mi.type_info(tp)
    except (TypeError, ValueError):
        return None


def _unwrap(info: mi.Type | None) -> mi.Type | None:
    while isinstance(info, mi.Metadata):
        info = info.type
    return info


def _choose(info: mi.Type | None, value: Any) -> tuple[mi.Type | None, str | None]:
    """The member of a union that ``value`` belongs to, and the tag the API adds for it."""
    info = _unwrap(info)
    if not isinstance(info, mi.UnionType):
        return info, None
    structs = [_unwrap(m) for m in info.types]
    tagged = [m for m in structs if isinstance(m, mi.StructType) and m.tag_field is not None]
    if isinstance(value, dict):
        if tagged:
            tag_field = tagged[0].tag_field or "type"
            tag = value.get(tag_field, "custom")  # a tool without `type` is a custom tool
            for member in tagged:
                if member.tag == tag:
                    return member, str(tag) if len(tagged) > 1 else None
        for other in structs:
            if isinstance(other, (mi.StructType, mi.DictType)):
                return other, None
    if isinstance(value, list):
        for other in structs:
            if isinstance(other, (mi.ListType, mi.VarTupleType)):
                return other, None
    return info, None


def _step(info: mi.Type | None, value: Any, token: str) -> tuple[mi.Type | None, Any]:
    info = _unwrap(info)
    if isinstance(info, mi.StructType):
        for field in info.fields:
            if field.encode_name == token:
                child = value.get(token) if isinstance(value, dict) else None
                return field.type, child
        return None, None
    if isinstance(info, (mi.ListType, mi.VarTupleType)) and token.isascii() and token.isdigit():
        index = int(token)
        child = value[index] if isinstance(value, list) and index < len(value) else None
        return info.item_type, child
    if isinstance(info, mi.DictType):
        return info.value_type, value.get(token) if isinstance(value, dict) else None
    return None, None


def _walk(pointer: str, document: Any, body_type: Any) -> tuple[list[str], mi.Type | None]:
    """The API location parts of ``pointer`` and the type found at its end."""
    parts: list[str] = []
    info, value = _info(body_type), document
    for token in pointer_tokens(pointer):
        info, tag = _choose(info, value)
        if tag is not None:
            parts.append(tag)
        parts.append(token)
        info, value = _step(info, value, token)
    return parts, info


def api_location(pointer: str, document: Any, body_type: Any) -> str:
    """The API's dotted location for ``pointer`` into ``document``, a body of ``body_type``."""
    return ".".join(_walk(pointer, document, body_type)[0])


# --------------------------------------------------------------------------- msgspec errors

_AT = re.compile(r" - at `\$(?P<path>[^`]*)`$")
_PATH_TOKEN = re.compile(r"\.(?P<field>[^.\[]+)|\[(?P<index>\d+)\]|\[\.\.\.\]")
_TYPE_WORDS = {
    "int": "a valid integer",
    "float": "a valid number",
    "str": "a valid string",
    "bool": "a valid boolean",
    "array": "a valid list",
    "object": "a valid dictionary",
    "null": "None",
}


def _msgspec_pointer(path: str) -> str:
    tokens: list[str] = []
    for match in _PATH_TOKEN.finditer(path):
        if match.group("field") is not None:
            tokens.append(match.group("field"))
        elif match.group("index") is not None:
            tokens.append(match.group("index"))
        else:
            break  # a dict key msgspec does not name
    return "".join("/" + t.replace("~", "~0").replace("/", "~1") for t in tokens)


def _value_at(document: Any, pointer: str) -> Any:
    value = document
    for token in pointer_tokens(pointer):
        if isinstance(value, dict):
            value = value.get(token)
        elif (
            isinstance(value, list)
            and token.isascii()
            and token.isdigit()
            and int(token) < len(value)
        ):
            value = value[int(token)]
        else:
            return None
    return value


def _quoted(values: list[Any]) -> str:
    items = [repr(v) for v in values]
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " or " + items[-1]


def _plural(count: str, word: str) -> str:
    return f"{count} {word}" if count == "1" else f"{count} {word}s"


def describe_validation_error(error: msgspec.ValidationError, document: Any, body_type: Any) -> str:
    """``location: message`` for a msgspec validation error, in the API's wording."""
    text = str(error)
    match = _AT.search(text)
    pointer = _msgspec_pointer(match.group("path")) if match else ""
    detail = text[: match.start()] if match else text
    message, pointer = _rephrase(detail, pointer, document, body_type)
    location = api_location(pointer, document, body_type)
    return f"{location}: {message}" if location else message


def _rephrase(detail: str, pointer: str, document: Any, body_type: Any) -> tuple[str, str]:
    """The API's message for msgspec's ``detail``, and the pointer it belongs to."""
    if m := re.fullmatch(r"Object missing required field `(.+)`", detail):
        return "Field required", f"{pointer}/{m.group(1)}"
    if m := re.fullmatch(r"Object contains unknown field `(.+)`", detail):
        return "Extra inputs are not permitted", f"{pointer}/{m.group(1)}"
    if m := re.fullmatch(r"Invalid value '(.*)'", detail):
        parent = pointer.rsplit("/", 1)[0] if "/" in pointer else ""
        tags = _union_tags(parent, document, body_type)
        if tags:
            field = pointer.rsplit("/", 1)[-1]
            expected = ", ".join(repr(t) for t in tags)
            return (
                f"Input tag {m.group(1)!r} found using {field!r} does not match any of the "
                f"expected tags: {expected}",
                parent,
            )
        return f"Input should be a valid value, not {m.group(1)!r}", pointer
    if re.fullmatch(r"Invalid enum value '(.*)'", detail):
        values = _literal_values(pointer, document, body_type)
        if values:
            return f"Input should be {_quoted(values)}", pointer
        return "Input should be one of the allowed values", pointer
    if m := re.fullmatch(r"Expected `([^`]+)`, got `([^`]+)`", detail):
        names = [_TYPE_WORDS.get(n.strip(), n.strip()) for n in m.group(1).split("|")]
        return "Input should be " + " or ".join(names), pointer
    if m := re.fullmatch(r"Expected `(?:int|float)` (>=|>|<=|<) (\S+)", detail):
        words = {
            ">=": "greater than or equal to",
            ">": "greater than",
            "<=": "less than or equal to",
            "<": "less than",
        }
        return f"Input should be {words[m.group(1)]} {m.group(2)}", pointer
    if m := re.fullmatch(r"Expected `str` of length (>=|<=) (\d+)", detail):
        bound = "at least" if m.group(1) == ">=" else "at most"
        return f"String should have {bound} {_plural(m.group(2), 'character')}", pointer
    if m := re.fullmatch(r"Expected `(?:array|object)` of length (>=|<=) (\d+)", detail):
        bound = "at least" if m.group(1) == ">=" else "at most"
        value = _value_at(document, pointer)
        size = len(value) if isinstance(value, (list, dict)) else 0
        noun = "List" if isinstance(value, list) else "Dictionary"
        word = _plural(m.group(2), "item")
        return f"{noun} should have {bound} {word} after validation, not {size}", pointer
    if m := re.fullmatch(r"Expected `str` matching regex '(.*)'", detail):
        return f"String should match pattern '{m.group(1)}'", pointer
    return detail, pointer


def _union_tags(pointer: str, document: Any, body_type: Any) -> list[str]:
    _, info = _walk(pointer, document, body_type)
    info = _unwrap(info)
    if not isinstance(info, mi.UnionType):
        return []
    return [
        str(m.tag)
        for m in (_unwrap(t) for t in info.types)
        if isinstance(m, mi.StructType) and m.tag is not None
    ]


def _literal_values(pointer: str, document: Any, body_type: Any) -> list[Any]:
    parent = pointer.rsplit("/", 1)[0] if "/" in pointer else ""
    field = pointer.rsplit("/", 1)[-1]
    _, info = _walk(pointer, document, body_type)
    info = _unwrap(info)
    if info is None and parent != pointer:
        # the field's owner is a union member chosen by tag: resolve it and read the field
        _, owner = _walk(parent, document, body_type)
        owner, _ = _choose(owner, _value_at(document, parent))
        info, _ = _step(owner, None, field)
    info, _ = _choose(info, _value_at(document, pointer))
    info = _unwrap(info)
    if isinstance(info, mi.UnionType):
        values: list[Any] = []
        for member in (_unwrap(t) for t in info.types):
            if isinstance(member, mi.LiteralType):
                values.extend(member.values)
        return values
    if isinstance(info, mi.LiteralType):
        return list(info.values)
    return []
