"""The models the fake serves, their aliases, and cursor pagination shared by list endpoints."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from typing import NamedTuple, TypeVar, get_args

from .. import _model_registry as registry
from ..messages import KnownModel
from ..models import ModelInfo

__all__ = ["BUILTIN_MODELS", "ModelRecord", "ModelRegistry", "paginate"]


class ModelRecord(NamedTuple):
    """One model: its dated id, display name, release time and the aliases that resolve to it."""

    id: str
    display_name: str
    created_at: datetime
    aliases: tuple[str, ...] = ()

    def info(self) -> ModelInfo:
        """The Models API object for this model."""
        return ModelInfo(id=self.id, display_name=self.display_name, created_at=self.created_at)


# fmt: off
_TABLE = (  # id, display name, release day, aliases
    ("claude-opus-4-5-20251101", "Claude Opus 4.5", "2025-11-24", "claude-opus-4-5"),
    ("claude-haiku-4-5-20251001", "Claude Haiku 4.5", "2025-10-15", "claude-haiku-4-5"),
    ("claude-sonnet-4-5-20250929", "Claude Sonnet 4.5", "2025-09-29", "claude-sonnet-4-5"),
    ("claude-opus-4-1-20250805", "Claude Opus 4.1", "2025-08-05", "claude-opus-4-1"),
    ("claude-opus-4-20250514", "Claude Opus 4", "2025-05-22",
     "claude-opus-4-0 claude-4-opus-20250514"),
    ("claude-sonnet-4-20250514", "Claude Sonnet 4", "2025-05-22",
     "claude-sonnet-4-0 claude-4-sonnet-20250514"),
    ("claude-3-7-sonnet-20250219", "Claude Sonnet 3.7", "2025-02-24", "claude-3-7-sonnet-latest"),
    ("claude-3-5-haiku-20241022", "Claude Haiku 3.5", "2024-10-22", "claude-3-5-haiku-latest"),
    ("claude-3-haiku-20240307", "Claude Haiku 3", "2024-03-07", ""),
    ("claude-3-opus-20240229", "Claude Opus 3", "2024-02-29", "claude-3-opus-latest"),
)
# fmt: on

#: Active models of late 2025, newest first (the order ``GET /v1/models`` uses).
BUILTIN_MODELS: tuple[ModelRecord, ...] = tuple(
    ModelRecord(
        model_id,
        name,
        datetime.fromisoformat(day).replace(tzinfo=timezone.utc),
        tuple(aliases.split()),
    )
    for model_id, name, day, aliases in _TABLE
)


class ModelRegistry:
    """Looks models up by id or alias. Messages also accepts every id of the SDK's model list
    and every model msgtypes' model registry knows with no retirement date (newer models)."""

    def __init__(self, models: Iterable[ModelRecord] = BUILTIN_MODELS) -> None:
        self.models: list[ModelRecord] = sorted(models, key=lambda m: m.created_at, reverse=True)
        self._by_name: dict[str, ModelRecord] = {}
        for model in self.models:
            self._by_name[model.id] = model
            for alias in model.aliases:
                self._by_name[alias] = model
        self._accepted = set(self._by_name) | set(get_args(KnownModel))

    def resolve(self, name: str) -> ModelRecord | None:
        """The model ``name`` (an id or an alias) refers to, if the fake lists it."""
        return self._by_name.get(name)

    def accepts(self, name: str) -> bool:
        """Whether Messages requests may use ``name``."""
        if name in self._accepted:
            return True
        spec = registry.lookup(name)
        return spec is not None and spec.retired is None


T = TypeVar("T")


def paginate(
    items: Sequence[T],
    ids: Sequence[str],
    *,
    limit: int,
    after_id: str | None,
    before_id: str | None,
) -> tuple[list[T], bool]:
    """One page of ``items`` (whose ids are ``ids``, same order) and whether more follow.

    Like the API: ``after_id`` starts just after that item, ``before_id`` ends just before it
    (and ``has_more`` then tells whether older pages exist before this one). An unknown cursor id
    gives an empty page.
    """
    if before_id is not None:
        if before_id not in ids:
            return [], False
        end = ids.index(before_id)
        start = max(0, end - limit)
        return list(items[start:end]), start > 0
    start = 0
    if after_id is not None:
        if after_id not in ids:
            return [], False
        start = ids.index(after_id) + 1
    end = start + limit
    return list(items[start:end]), end < len(items)
