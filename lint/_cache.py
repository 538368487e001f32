"""The linter's memo tables, in one place: each is a bounded map that forgets the least recently
used entry when full, so a batch whose lines mostly repeat a few tools (and sometimes bring one of
their own) keeps the repeated ones warm instead of starting over.

The tables hold facts about *input* (a tool's JSON text, a schema): they make a repeated tool cost
nothing after its first sight. Rules do not see them; the stage that owns a table asks it. Threads
linting at once (a client used from several threads) may race on a table: the worst outcome is a
recomputed entry, never an error.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

__all__ = ["LRU", "clear_all"]

K = TypeVar("K")
V = TypeVar("V")

_TABLES: list[LRU[object, object]] = []


class LRU(Generic[K, V]):
    """A map of at most ``limit`` entries that drops the least recently used one to make room."""

    __slots__ = ("_data", "limit", "name")

    def __init__(self, name: str, limit: int) -> None:
        self.name = name
        self.limit = limit
        self._data: OrderedDict[K, V] = OrderedDict()
        _TABLES.append(self)  # type: ignore[arg-type]

    def get(self, key: K) -> V | None:
        """The value stored for ``key`` (now the most recently used), or None."""
        data = self._data
        value = data.get(key)
        if value is not None:
            try:
                data.move_to_end(key)
            except KeyError:  # evicted by another thread meanwhile
                pass
        return value

    def put(self, key: K, value: V) -> V:
        """Store ``value`` for ``key``, evicting the least recently used entry when full."""
        data = self._data
        data[key] = value
        try:
            data.move_to_end(key)
            while len(data) > self.limit:
                data.popitem(last=False)
        except KeyError:  # another thread changed the table meanwhile
            pass
        return value

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def clear(self) -> None:
        self._data.clear()


def clear_all() -> None:
    """Empty every table (what a fresh process would see; benchmarks and tests use it)."""
    for table in _TABLES:
        table.clear()
