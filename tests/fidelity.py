"""Checks that a decoded value kept everything: no known type left as Unknown, no field dropped."""

from __future__ import annotations

import msgspec

import msgtypes


def unknowns(value: object) -> list[object]:
    """Every :class:`~msgtypes.Unknown` inside a decoded value (Structs, lists, dicts walked)."""
    if isinstance(value, msgtypes.Unknown):
        return [value]
    if isinstance(value, msgspec.Struct):
        return [u for f in value.__struct_fields__ for u in unknowns(getattr(value, f))]
    if isinstance(value, list):
        return [u for item in value for u in unknowns(item)]
    if isinstance(value, dict):
        return [u for item in value.values() for u in unknowns(item)]
    return []


def dropped(raw: object, value: object, path: str = "$") -> list[str]:
    """The JSON fields of ``raw`` that the decoded ``value`` has no place for."""
    if isinstance(value, msgspec.Struct) and isinstance(raw, dict):
        fields = {f.encode_name: f.name for f in msgspec.structs.fields(value)}
        tag = value.__struct_config__.tag_field
        out = [f"{path}.{key}" for key in raw if key not in fields and key != tag]
        for key, name in fields.items():
            if key in raw:
                out += dropped(raw[key], getattr(value, name), f"{path}.{key}")
        return out
    if isinstance(value, list) and isinstance(raw, list):
        pairs = enumerate(zip(raw, value, strict=False))
        return [d for i, (r, v) in pairs for d in dropped(r, v, f"{path}[{i}]")]
    return []
