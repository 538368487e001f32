"""Small helpers shared by the semantic rules (all defensive about broken payloads).

What a rule reads of a request's conversation (its blocks by class, its tools, the flags that say
whether a rule has anything to look at) is the conversation view, ``ctx.view``
(``msglint._view``).
"""

from __future__ import annotations

from typing import Any

import msgtypes

__all__ = ["block_pointer", "is_set"]


def block_pointer(base: str, turn: int, block: int) -> str:
    """The JSON Pointer of block ``block`` of turn ``turn``."""
    return f"{base}/messages/{turn}/content/{block}"


def is_set(value: Any) -> bool:
    """A field the payload actually gave (not UNSET, not null)."""
    return value is not msgtypes.UNSET and value is not None
