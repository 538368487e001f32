"""Response bodies as the API writes them: every field present, ``null`` where unset.

msgtypes' response Structs omit fields at their default when encoded (compact for users). A fake
server must not: the API sends ``"stop_sequence": null`` and zero counts explicitly, and strict
clients (the official SDK's response validation) require them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import msgspec

__all__ = ["dump", "encode"]


def dump(obj: Any) -> Any:
    """``obj`` as builtins, with every Struct field written out (``UNSET`` ones skipped)."""
    if isinstance(obj, msgspec.Struct):
        config = obj.__struct_config__
        out: dict[str, Any] = {}
        if config.tag_field is not None:
            out[config.tag_field] = config.tag
        for field in msgspec.structs.fields(obj):
            value = getattr(obj, field.name)
            if value is not msgspec.UNSET:
                out[field.encode_name] = dump(value)
        return out
    if isinstance(obj, dict):
        return {key: dump(value) for key, value in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [dump(value) for value in obj]
    if isinstance(obj, datetime):
        return msgspec.to_builtins(obj)
    return obj


def encode(obj: Any) -> bytes:
    """JSON bytes of :func:`dump` of ``obj``."""
    return msgspec.json.encode(dump(obj))
