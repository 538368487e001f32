"""Small helpers shared by the semantic rules (all defensive about broken payloads).

Several rules walk the same turns and blocks; the view of one request (its turns, their blocks
and the JSON Pointers of each) is built once and reused by every rule that asks for it.
"""

from __future__ import annotations

from typing import Any

import msgtypes

__all__ = ["all_blocks", "blocks", "blocks_of", "messages", "tools", "is_set"]

_Entry = tuple[int, str, Any]
#: (turn index, turn, block index, block pointer, block)
BlockEntry = tuple[int, Any, int, str, Any]


class _View:
    __slots__ = ("base", "blocks", "by_class", "params", "tools", "turns")

    def __init__(self, params: Any, base: str) -> None:
        self.params = params  # held so that id(params) cannot be reused while cached
        self.base = base
        self.turns: list[_Entry] = []
        self.blocks: dict[int, list[_Entry]] = {}
        self.by_class: dict[type, list[BlockEntry]] = {}
        by_class = self.by_class
        turns = getattr(params, "messages", None)
        if isinstance(turns, list):
            for i, turn in enumerate(turns):
                if isinstance(turn, msgtypes.MessageParam):
                    path = f"{base}/messages/{i}"
                    self.turns.append((i, path, turn))
                    content = turn.content
                    if isinstance(content, list):
                        entries: list[_Entry] = []
                        for j, block in enumerate(content):
                            bpath = f"{path}/content/{j}"
                            entries.append((j, bpath, block))
                            kind = type(block)
                            bucket = by_class.get(kind)
                            if bucket is None:
                                bucket = by_class[kind] = []
                            bucket.append((i, turn, j, bpath, block))
                        self.blocks[id(turn)] = entries
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


def messages(params: Any, base: str) -> list[_Entry]:
    """(index, pointer, message) for each well-formed turn of ``params.messages``."""
    return _view(params, base).turns


def blocks(turn: Any, path: str) -> list[_Entry]:
    """(index, pointer, block) for each block of a turn whose content is a list."""
    view = _last
    if view is not None:
        cached = view.blocks.get(id(turn))
        if cached is not None and path.startswith(view.base):
            return cached
    content = getattr(turn, "content", None)
    if isinstance(content, list):
        return [(j, f"{path}/content/{j}", block) for j, block in enumerate(content)]
    return []


def blocks_of(params: Any, base: str, *classes: type) -> list[BlockEntry]:
    """Every message block of the given classes (exact classes, as decoded)."""
    by_class = _view(params, base).by_class
    if len(classes) == 1:
        return by_class.get(classes[0], [])
    found: list[BlockEntry] = []
    for cls in classes:
        found.extend(by_class.get(cls, ()))
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
