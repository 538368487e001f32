"""The linter's memo tables, all of them here: each is a bounded map that forgets the least recently
used entry when full, so a batch whose lines mostly repeat a few tools (and sometimes bring one of
their own) keeps the repeated ones warm instead of starting over.

The tables hold facts about *input* (a tool's JSON text, a schema, a pattern): they make a repeated
tool cost nothing after its first sight, and never change a verdict. Rules do not see them: the
decode remembers tools by their text (so a batch's repeated tool is one object), the engine
remembers what a rule worked out about one tool object (``Context.memo``), and the schema checker
remembers verdicts and compiled validators. Threads linting at once (a client used from several
threads) may race on a table: the worst outcome is a recomputed entry, never an error.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Generic, TypeVar

__all__ = [
    "FACTS",
    "LRU",
    "PATTERNS",
    "SCHEMAS",
    "TOOLS_BY_TEXT",
    "VALIDATORS",
    "clear_all",
    "memo",
]

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


#: Decoded tools by their JSON text (``msglint._decode``): a batch file repeats the same tools on
#: every line, and what is worked out about a tool is then remembered by the tool object.
TOOLS_BY_TEXT: LRU[bytes, Any] = LRU("tools by JSON text", 1024)
#: What a rule worked out about one input object (a tool): see :func:`memo`.
FACTS: LRU[tuple[int, Any], tuple[Any, Any]] = LRU("facts per tool object", 4096)
#: Schemas whose verdict is remembered, by JSON text (``msglint._schema``).
SCHEMA_CACHE_SIZE = 2048
SCHEMAS: LRU[bytes, Any] = LRU("schemas", SCHEMA_CACHE_SIZE)
#: Compiled validators kept (each holds its compiled patterns, so fewer than verdicts).
VALIDATOR_CACHE_SIZE = 256
VALIDATORS: LRU[bytes, Any] = LRU("schema validators", VALIDATOR_CACHE_SIZE)
#: Patterns whose verdict is remembered (generated schemas repeat a few patterns everywhere):
#: pattern -> (its compiled validator or None, "" or why it is not run).
PATTERN_CACHE_SIZE = 4096
PATTERNS: LRU[str, tuple[Any, str]] = LRU("schema patterns", PATTERN_CACHE_SIZE)

T = TypeVar("T")


def memo(obj: Any, compute: Callable[[Any], T]) -> T:
    """``compute(obj)``, remembered for the object (by identity; the object is held so its id
    cannot be reused while remembered)."""
    key = (id(obj), compute)
    known = FACTS.get(key)
    if known is not None and known[0] is obj:
        answer: T = known[1]
        return answer
    answer = compute(obj)
    FACTS.put(key, (obj, answer))
    return answer
