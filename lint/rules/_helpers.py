"""Small helpers shared by the semantic rules (all defensive about broken payloads)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import msgtypes

__all__ = ["blocks", "messages", "tools", "is_set", "text_of"]


def is_set(value: Any) -> bool:
    """A field the payload actually gave (not UNSET, not null)."""
    return value is not msgtypes.UNSET and value is not None


def messages(params: Any, base: str) -> Iterator[tuple[int, str, Any]]:
    """(index, pointer, message) for each well-formed turn of ``params.messages``."""
    turns = getattr(params, "messages", None)
    if not isinstance(turns, list):
        return
    for i, turn in enumerate(turns):
        if isinstance(turn, msgtypes.MessageParam):
            yield i, f"{base}/messages/{i}", turn


def blocks(turn: Any, path: str) -> Iterator[tuple[int, str, Any]]:
    """(index, pointer, block) for each block of a turn whose content is a list."""
    content = getattr(turn, "content", None)
    if isinstance(content, list):
        for j, block in enumerate(content):
            yield j, f"{path}/content/{j}", block


def tools(params: Any, base: str) -> Iterator[tuple[int, str, Any]]:
    """(index, pointer, tool) for each entry of ``params.tools``."""
    entries = getattr(params, "tools", None)
    if isinstance(entries, list):
        for i, tool in enumerate(entries):
            yield i, f"{base}/tools/{i}", tool


def text_of(turn: Any) -> str | None:
    """The turn's text when its content is a plain string."""
    content = getattr(turn, "content", None)
    return content if isinstance(content, str) else None
