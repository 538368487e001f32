"""Hypothesis strategies derived from msgspec type information.

``from_type(T)`` builds values of any msgtypes body (Structs, tagged unions, lists, dicts,
literals, constrained scalars, UNSET) so round-trip properties can run over the whole surface
without hand-writing a generator per class.
"""

from __future__ import annotations

import math
from datetime import datetime, timezone
from typing import Any

import msgspec
import msgspec.inspect as mi
from hypothesis import strategies as st

_JSON_LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**53), max_value=2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=8),
)
JSON_VALUE = st.recursive(
    _JSON_LEAF,
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=8,
)


def from_type(tp: Any) -> st.SearchStrategy[Any]:
    """A strategy producing valid values of ``tp``."""
    return _strategy(mi.type_info(tp))


_STRUCT_CACHE: dict[type, st.SearchStrategy[Any]] = {}


def _struct_strategy(info: mi.StructType) -> st.SearchStrategy[Any]:
    cached = _STRUCT_CACHE.get(info.cls)
    if cached is not None:
        return cached
    fields: dict[str, st.SearchStrategy[Any]] = {}
    for field in info.fields:
        value = _strategy(field.type)
        if not field.required:
            default = field.default
            if default is msgspec.NODEFAULT:
                factory = field.default_factory
                default = msgspec.UNSET if factory is msgspec.NODEFAULT else factory()
            value = st.one_of(st.just(default), value)
        fields[field.name] = value
    strategy = st.fixed_dictionaries(fields).map(lambda kwargs: info.cls(**kwargs))
    _STRUCT_CACHE[info.cls] = strategy
    return strategy


def _strategy(info: mi.Type) -> st.SearchStrategy[Any]:
    if isinstance(info, mi.Metadata):
        return _strategy(info.type)
    if isinstance(info, mi.StructType):
        return st.deferred(lambda: _struct_strategy(info))
    if isinstance(info, mi.UnionType):
        return st.one_of([_strategy(member) for member in info.types])
    if isinstance(info, mi.ListType):
        return st.lists(
            _strategy(info.item_type),
            min_size=info.min_length or 0,
            max_size=max(min(info.max_length or 3, 3), info.min_length or 0),
        )
    if isinstance(info, mi.DictType):
        return st.dictionaries(st.text(max_size=6), _strategy(info.value_type), max_size=3)
    if isinstance(info, mi.LiteralType):
        return st.sampled_from(info.values)
    if isinstance(info, mi.StrType):
        if info.pattern is not None:
            strategy = st.from_regex(info.pattern, fullmatch=info.pattern.startswith("^"))
            if info.max_length is not None or info.min_length is not None:
                lo, hi = info.min_length or 0, info.max_length or math.inf
                strategy = strategy.filter(lambda s: lo <= len(s) <= hi)
            return strategy
        return st.text(min_size=info.min_length or 0, max_size=min(info.max_length or 12, 12))
    if isinstance(info, mi.IntType):
        lo = info.ge if info.ge is not None else (info.gt + 1 if info.gt is not None else -1000)
        hi = info.le if info.le is not None else (info.lt - 1 if info.lt is not None else 10**6)
        return st.integers(min_value=lo, max_value=max(lo, hi))
    if isinstance(info, mi.FloatType):
        return st.floats(
            min_value=info.ge if info.ge is not None else -1e6,
            max_value=info.le if info.le is not None else 1e6,
            allow_nan=False,
            allow_infinity=False,
        )
    if isinstance(info, mi.BoolType):
        return st.booleans()
    if isinstance(info, mi.NoneType):
        return st.none()
    if isinstance(info, mi.DateTimeType):
        return st.datetimes(
            min_value=datetime(2000, 1, 1),
            max_value=datetime(2100, 1, 1),
            timezones=st.just(timezone.utc),
        )
    if isinstance(info, mi.AnyType):
        return JSON_VALUE
    raise NotImplementedError(f"no strategy for {info!r}")
