"""Small helpers shared by the semantic rules (all defensive about broken payloads).

Several rules look at the same blocks; the view of one request (its message blocks grouped by
class, and its tools) is built once and reused by every rule. A turn whose content is a plain
string has no blocks and costs almost nothing. JSON Pointers are only built for a block that is
reported (:func:`block_pointer`): building one per block cost more than the rest of the view.
"""

from __future__ import annotations

from typing import Any

import msgtypes

__all__ = ["block_pointer", "blocks_by_class", "blocks_of", "is_set", "tools"]

#: Subclasses standing in for a block class (the linter's relaxed decode types, see
#: ``lint._relaxed``): their blocks are listed under the original class.
CANONICAL: dict[type, type] = {}
#: The classes of a conversation turn (MessageParam and its relaxed subclass).
TURN_TYPES: set[type] = {msgtypes.MessageParam}

_Entry = tuple[int, str, Any]
#: (turn index, turn, block index, block)
BlockEntry = tuple[int, Any, int, Any]


def block_pointer(base: str, turn: int, block: int) -> str:
    """The JSON Pointer of block ``block`` of turn ``turn``."""
    return f"{base}/messages/{turn}/content/{block}"


class _View:
    __slots__ = ("base", "by_class", "params", "tools")

    def __init__(self, params: Any, base: str) -> None:
        self.params = params  # held so that id(params) cannot be reused while cached
        self.base = base
        by_class: dict[type, list[BlockEntry]] = {}
        self.by_class = by_class
        turns = getattr(params, "messages", None)
        if isinstance(turns, list):
            turn_types = TURN_TYPES
            for i, turn in enumerate(turns):
                if type(turn) not in turn_types:
                    continue
                content = turn.content
                if type(content) is not list:
                    continue
                for j, block in enumerate(content):
                    try:
                        by_class[type(block)].append((i, turn, j, block))
                    except KeyError:
                        by_class[type(block)] = [(i, turn, j, block)]
            for kind in [kind for kind in by_class if kind in CANONICAL]:
                by_class.setdefault(CANONICAL[kind], []).extend(by_class.pop(kind))
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


def blocks_by_class(params: Any, base: str) -> dict[type, list[BlockEntry]]:
    """Every message block, grouped by exact class (read-only: the view is shared)."""
    return _view(params, base).by_class


def tools(params: Any, base: str) -> list[_Entry]:
    """(index, pointer, tool) for each entry of ``params.tools``."""
    return _view(params, base).tools
