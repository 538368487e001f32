"""`validate`: the strict check for a Struct built in code.

msgspec checks types and constraints (ranges, lengths, patterns) when it *decodes*, not when a
Struct is constructed: ``MessageCreateParams(temperature=1.5, ...)`` builds and encodes. This
runs the object through the same strict decoder a JSON body meets.
"""

from __future__ import annotations

from typing import Any, TypeVar

import msgspec

from .codec import decode, encode

__all__ = ["validate"]

T = TypeVar("T")


def validate(obj: T, *, type: Any = None) -> T:
    """Return ``obj`` unchanged if it is valid as ``type`` (default: its own class).

    Raises ``msgspec.ValidationError`` naming the path of the first problem, e.g.
    ``Expected `float` <= 1.0 - at `$.temperature```. For dicts and lists give ``type``
    (``validate(body, type=MessageCreateParams)``). Cross-field API rules (tool_use / tool_result
    pairing, thinking budget below ``max_tokens``...) are the linter's: see ``msglint.check``.
    """
    if type is None:
        if not isinstance(obj, msgspec.Struct):
            raise TypeError(f"validate() needs type= for a {obj.__class__.__name__}")
        type = obj.__class__
    decode(encode(obj), type=type)
    return obj
