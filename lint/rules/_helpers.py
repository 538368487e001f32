"""Small helpers shared by the semantic rules (all defensive about broken payloads).

Several rules look at the same blocks; the view of one request (its message blocks grouped by
class, with their JSON Pointers, and its tools) is built once and reused by every rule. A
turn whose content is a plain string has no blocks and costs almost nothing.
"""

from __future__ import annotations

from typing import Any

import msgtypes

__all__ = ["all_blocks", "blocks_of", "is_set", "tools"]

_Entry = tuple[int, str, Any]
#: (turn index, turn, block index, block pointer, block)
BlockEntry = tuple[int, Any, int, str, Any]


class _View:
    __slots__ = ("base", "by_class", "params", "tools")

    def __init__(self, params: Any, base: str) -> None:
        self.params = params  # held so that id(params) cannot be reused while cached
        self.base = base
        by_class: dict[type, list[BlockEntry]] = {}
        self.by_class = by_class
        turns = getattr(params, "messages", None)
        if isinstance(turns, list):
            message_type = msgtypes.MessageParam
            for i, turn in enumerate(turns):
                if type(turn) is not message_type:
                    continue
                content = turn.content
                if type(content) is not list:
                    continue
                prefix = f"{base}/messages/{i}/content/"
                for j, block in enumerate(content):
                    kind = type(block)
                    bucket = by_class.get(kind)
                    if bucket is None:
                        bucket = by_class[kind] = []
                    bucket.append((i, turn, j, f"{prefix}{j}", block))
        self.tools: list[_Entry] = []
        defined = getattr(params, "tools", None)
        if isinstance(defined, list):
            self.tools = [(i, f"{base}/tools/{i}", tool) for i, tool in enumerate(defined)]


_last: _View | None = None


def _view(params: Any, base: str) -> _View:
    global _last
    view = _last
    if view is None or view.params is not params or view.base != base:
        view = _last = _View(params, base)
    return view


def is_set(value: Any) -> bool:
    """A field the payload actually gave (not UNSET, not null)."""
    return value is not msgtypes.UNSET and value is not None


def blocks_of(params: Any, base: str, *classes: type) -> list[BlockEntry]:
    """Every message block of the given classes (exact classes, as decoded)."""
    by_class = _view(params, base).by_class
    if len(classes) == 1:
        return by_class.get(classes[0], [])
    found: list[BlockEntry] = []
    for cls in classes:
        bucket = by_class.get(cls)
        if bucket:
            found.extend(bucket)
    return found


def all_blocks(params: Any, base: str) -> list[BlockEntry]:
    """Every message block, of any class."""
    found: list[BlockEntry] = []
    for bucket in _view(params, base).by_class.values():
        found.extend(bucket)
    return found


def tools(params: Any, base: str) -> list[_Entry]:
    """(index, pointer, tool) for each entry of ``params.tools``."""
    return _view(params, base).tools
