"""The slow, forgiving decode path for response bodies.

The fast path is msgspec's strict typed decode. Only a document that fails it comes here: the JSON
is walked together with the type, and wherever the API sent something this version does not know
— a block, event, delta, citation or result ``type``, or a new value of an enum such as
``stop_reason`` — the value is kept instead of rejected (unknown objects become
:class:`~msgtypes.Unknown`, unknown enum strings stay strings). Anything else that is wrong (a
missing required field, a number where text belongs) is still an error.
"""

from __future__ import annotations

import functools
from datetime import datetime
from typing import Any

import msgspec
import msgspec.inspect as mi

from ._annotations import resolve
from ._base import Unknown

__all__ = ["tolerant_convert"]


@functools.lru_cache(maxsize=256)
def _info(tp: Any) -> mi.Type:
    resolve(tp)
    return mi.type_info(tp)


def tolerant_convert(obj: Any, tp: Any) -> Any:
    """Build ``tp`` from decoded JSON ``obj``, keeping unknown types and enum values."""
    return _convert(obj, _info(tp), "$")


def _fail(message: str, path: str) -> msgspec.ValidationError:
    return msgspec.ValidationError(f"{message} - at `{path}`")


def _convert(obj: Any, info: mi.Type, path: str) -> Any:
    if isinstance(info, mi.Metadata):
        return _convert(obj, info.type, path)
    if isinstance(info, mi.UnionType):
        return _convert_union(obj, info, path)
    if isinstance(info, mi.StructType):
        return _convert_struct(obj, info, path)
    if isinstance(info, mi.ListType):
        if not isinstance(obj, list):
            raise _fail(f"Expected `array`, got `{_json_type(obj)}`", path)
        return [_convert(item, info.item_type, f"{path}[{i}]") for i, item in enumerate(obj)]
    if isinstance(info, mi.DictType):
        if not isinstance(obj, dict):
            raise _fail(f"Expected `object`, got `{_json_type(obj)}`", path)
        return {k: _convert(v, info.value_type, f"{path}.{k}") for k, v in obj.items()}
    if isinstance(info, mi.LiteralType):
        # An enum value this version does not know is kept as sent.
        if isinstance(obj, (str, int)) and not isinstance(obj, bool):
            return obj
        raise _fail(f"Expected `str`, got `{_json_type(obj)}`", path)
    return _convert_leaf(obj, info, path)


_LEAF_TYPES: dict[type, Any] = {
    mi.StrType: str,
    mi.IntType: int,
    mi.FloatType: float,
    mi.BoolType: bool,
    mi.DateTimeType: datetime,
    mi.NoneType: type(None),
}


def _convert_leaf(obj: Any, info: mi.Type, path: str) -> Any:
    if isinstance(info, mi.AnyType):
        return obj
    target = _LEAF_TYPES.get(type(info), Any)
    try:
        return msgspec.convert(obj, target)
    except msgspec.ValidationError as exc:
        raise _fail(str(exc).split(" - at ")[0], path) from None


def _convert_union(obj: Any, info: mi.UnionType, path: str) -> Any:
    members = info.types
    if obj is None:
        if any(isinstance(m, mi.NoneType) for m in members):
            return None
        raise _fail("Expected a value, got `null`", path)
    if isinstance(obj, dict):
        structs = [m for m in members if isinstance(m, mi.StructType)]
        tagged = [m for m in structs if m.tag_field is not None]
        if tagged:
            tag_field = tagged[0].tag_field
            tag = obj.get(tag_field)
            for struct in tagged:
                if struct.tag == tag:
                    return _convert_struct(obj, struct, path)
            return Unknown(obj)
        for other in members:
            if isinstance(other, (mi.StructType, mi.DictType)):
                return _convert(obj, other, path)
        raise _fail("Expected a value of another type, got `object`", path)
    if isinstance(obj, list):
        for other in members:
            if isinstance(other, mi.ListType):
                return _convert(obj, other, path)
        raise _fail("Expected a value of another type, got `array`", path)
    errors: list[msgspec.ValidationError] = []
    for member in members:
        if isinstance(member, (mi.StructType, mi.ListType, mi.DictType, mi.NoneType)):
            continue
        try:
            return _convert(obj, member, path)
        except msgspec.ValidationError as exc:
            errors.append(exc)
    if errors:
        raise errors[0]
    raise _fail(f"Unexpected `{_json_type(obj)}`", path)


def _convert_struct(obj: Any, info: mi.StructType, path: str) -> Any:
    if not isinstance(obj, dict):
        raise _fail(f"Expected `object`, got `{_json_type(obj)}`", path)
    values: dict[str, Any] = {}
    for field in info.fields:
        if field.encode_name in obj:
            values[field.name] = _convert(
                obj[field.encode_name], field.type, f"{path}.{field.encode_name}"
            )
        elif field.required:
            raise _fail(f"Object missing required field `{field.encode_name}`", path)
    return info.cls(**values)


def _json_type(obj: Any) -> str:
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return "bool"
    if isinstance(obj, int):
        return "int"
    if isinstance(obj, float):
        return "float"
    if isinstance(obj, str):
        return "str"
    if isinstance(obj, list):
        return "array"
    return "object"
