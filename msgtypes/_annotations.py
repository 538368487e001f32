"""The Structs' annotations, evaluated once per text before msgspec first reads them.

The type modules use ``from __future__ import annotations``, so every field's annotation is a
string until something asks for its value. msgspec asks when it builds a decoder (or converts) for
a type the first time, and evaluates each string on its own: about 1,400 compilations for the
request types, although they hold only ~460 distinct texts (``str | UnsetType`` hundreds of
times). In a fresh process that made the first decoder of a ``Message`` cost ~80 ms.

:func:`resolve` replaces the strings of every Struct reachable from a type by their values, with
one ``eval`` per distinct (module, text), before msgspec reads them. The values are exactly what
``typing.get_type_hints(cls, include_extras=True)`` gives (a test holds them to it); a text that
cannot be evaluated from its module's names is left as it is, for msgspec to report.
"""

from __future__ import annotations

import sys
import threading
from typing import Any, get_args

import msgspec

__all__ = ["resolve", "struct_annotations"]

_EVALUATED: dict[tuple[str, str], Any] = {}
_RESOLVED: set[type] = set()
#: id -> each type expression already resolved (kept alive here, so its id stays its own): a
#: type given to every ``convert`` call costs one dict lookup, not a walk (nor hashing a union)
_DONE: dict[int, Any] = {}
#: How many type expressions ``_DONE`` keeps: one built anew per call (``list[X]`` is a new
#: object each time) would otherwise grow it without end; past this they are walked again.
MAX_REMEMBERED = 1024
_lock = threading.Lock()


def resolve(tp: Any) -> None:
    """Evaluate, in place, the annotation texts of every Struct class ``tp`` reaches."""
    if id(tp) in _DONE:
        return
    with _lock:
        pending = [tp]
        while pending:
            item = pending.pop()
            if isinstance(item, type) and issubclass(item, msgspec.Struct):
                if item in _RESOLVED:
                    continue
                _RESOLVED.add(item)
                for klass in item.__mro__:
                    pending.extend(_evaluate_class(klass).values())
            elif not isinstance(item, str | bytes | int | float | bool) and item is not None:
                pending.extend(get_args(item))
        if len(_DONE) < MAX_REMEMBERED:
            _DONE[id(tp)] = tp


def struct_annotations(cls: type) -> dict[str, Any]:
    """The evaluated annotation of each field of ``cls`` (its bases' included)."""
    resolve(cls)
    merged: dict[str, Any] = {}
    for klass in reversed(cls.__mro__):
        merged.update(_own_annotations(klass))
    return {name: type(None) if value is None else value for name, value in merged.items()}


def _own_annotations(klass: type) -> dict[str, Any]:
    # The class's own dict, not a copy (inspect.get_annotations copies): it is updated in place.
    annotations = klass.__dict__.get("__annotations__")  # noqa: RUF063
    return annotations if isinstance(annotations, dict) else {}


def _evaluate_class(klass: type) -> dict[str, Any]:
    annotations = _own_annotations(klass)
    module = sys.modules.get(klass.__module__)
    if module is None:
        return annotations
    names = vars(module)
    for field, value in annotations.items():
        if not isinstance(value, str):
            continue
        key = (klass.__module__, value)
        try:
            annotations[field] = _EVALUATED[key]
        except KeyError:
            try:
                evaluated = eval(value, names)
            except Exception:  # left for msgspec to evaluate and report
                continue
            annotations[field] = _EVALUATED[key] = evaluated
    return annotations
