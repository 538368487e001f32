"""The models the fake serves, derived from msgtypes' model registry, and cursor pagination.

Every model of :mod:`msgtypes._model_registry` is listed, with its limits (``max_input_tokens``,
``max_tokens``), its lifecycle dates (``deprecated_at``, ``retires_at``; ``lifecycle`` is worked
out for the fake clock's day) and its capabilities. Thinking types, effort levels and compaction
come from :mod:`msgtypes._capabilities` where the docs state them for the model, else from the
registry's thinking support and effort flag. Nothing records the other capabilities (batch,
citations, images, PDFs, structured outputs, tools, context management): the fake reports them
supported for models that think (the current generations) and not for the others, an
approximation a test should not rely on. A model with no known release day has the epoch as
``created_at``, as the API documents.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timezone
from typing import NamedTuple, TypeVar, get_args

from .. import _model_registry as registry
from .._capabilities import features
from ..messages import KnownModel
from ..models import (
    CapabilitySupport,
    CompactionCapability,
    ContextManagementCapability,
    EffortCapability,
    ModelCapabilities,
    ModelInfo,
    ModelLifecycle,
    ModelLine,
    ServerToolsCapability,
    ThinkingCapability,
    ThinkingTypes,
)

__all__ = [
    "BUILTIN_MODELS",
    "DEFAULT_LIFECYCLES",
    "LIFECYCLES",
    "ModelRecord",
    "ModelRegistry",
    "capabilities",
    "from_registry",
    "paginate",
]

#: Lifecycle stages, and those ``GET /v1/models`` lists when the request names none.
LIFECYCLES: tuple[ModelLifecycle, ...] = ("active", "deprecated", "retired")
DEFAULT_LIFECYCLES: frozenset[ModelLifecycle] = frozenset({"active", "deprecated"})
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_LINES: tuple[ModelLine, ...] = get_args(ModelLine)


class ModelRecord(NamedTuple):
    """One model: its dated id, display name, release time, the aliases that resolve to it,
    and (optionally) its limits, lifecycle dates, line and capabilities."""

    id: str
    display_name: str
    created_at: datetime
    aliases: tuple[str, ...] = ()
    max_input_tokens: int | None = None
    max_tokens: int | None = None
    deprecated_at: datetime | None = None
    retires_at: datetime | None = None
    line: ModelLine | None = None
    capabilities: ModelCapabilities | None = None

    def lifecycle(self, today: date) -> ModelLifecycle:
        """The stage on ``today`` (the named days are inclusive)."""
        if self.retires_at is not None and today >= self.retires_at.date():
            return "retired"
        if self.deprecated_at is not None and today >= self.deprecated_at.date():
            return "deprecated"
        return "active"

    def info(self, today: date | None = None) -> ModelInfo:
        """The Models API object for this model (its lifecycle as of ``today``)."""
        stage = self.lifecycle(today) if today is not None else "active"
        return ModelInfo(
            id=self.id,
            display_name=self.display_name,
            created_at=self.created_at,
            capabilities=self.capabilities,
            deprecated_at=self.deprecated_at if stage != "active" else None,
            lifecycle=stage,
            line=self.line,
            max_input_tokens=self.max_input_tokens,
            max_tokens=self.max_tokens,
            retires_at=self.retires_at if stage != "active" else None,
        )


def _day(day: date | None) -> datetime | None:
    return None if day is None else datetime.combine(day, time(), tzinfo=timezone.utc)


def _yes(supported: bool) -> CapabilitySupport:
    return CapabilitySupport(supported=supported)


_THINKING_TYPES: dict[registry.ThinkingSupport, tuple[str, ...]] = {
    "none": (),
    "extended": ("enabled", "disabled"),
    "adaptive+extended": ("adaptive", "enabled", "disabled"),
    "adaptive": ("adaptive", "disabled"),
    "adaptive-always": ("adaptive",),
}


_REGISTRY_EFFORTS = ("low", "medium", "high", "max")


def capabilities(spec: registry.ModelSpec) -> ModelCapabilities:
    """The capabilities of a registry model (see the module docstring for what is sourced)."""
    documented = features(spec.id)
    modes: tuple[str, ...] = _THINKING_TYPES[spec.thinking]
    efforts: tuple[str, ...] = _REGISTRY_EFFORTS if spec.effort else ()
    current = spec.thinking != "none"
    compacts = current
    if documented is not None:
        modes = documented.thinking_types if documented.thinking_types is not None else modes
        efforts = documented.effort_levels if documented.effort_levels is not None else efforts
        compacts = documented.compaction if documented.compaction is not None else compacts
    thinking = ThinkingCapability(
        supported=bool(set(modes) - {"disabled"}),
        types=ThinkingTypes(**{mode: _yes(True) for mode in modes}),
    )
    effort = EffortCapability(
        supported=bool(efforts),
        low=_yes("low" in efforts),
        medium=_yes("medium" in efforts),
        high=_yes("high" in efforts),
        max=_yes("max" in efforts),
        xhigh=_yes("xhigh" in efforts),
    )
    return ModelCapabilities(
        batch=_yes(True),
        citations=_yes(True),
        code_execution=_yes(current),
        compaction=CompactionCapability(supported=compacts, summarize=_yes(compacts)),
        context_management=ContextManagementCapability(
            supported=current,
            clear_thinking_20251015=_yes(current),
            clear_tool_uses_20250919=_yes(current),
            compact_20260112=_yes(compacts),
        ),
        effort=effort,
        image_input=_yes(True),
        pdf_input=_yes(True),
        server_tools=ServerToolsCapability(
            supported=current, code_execution=_yes(current), web_search=_yes(current)
        ),
        structured_outputs=_yes(current),
        thinking=thinking,
    )


def _line(model_id: str) -> ModelLine | None:
    for part in model_id.split("-"):
        if part in _LINES:
            return part
    return None


def from_registry(spec: registry.ModelSpec) -> ModelRecord:
    """The fake's record of a registry model."""
    return ModelRecord(
        id=spec.id,
        display_name=spec.display_name,
        created_at=_day(spec.released) or _EPOCH,
        aliases=spec.aliases,
        max_input_tokens=spec.context_window,
        max_tokens=spec.max_output_tokens,
        deprecated_at=_day(spec.deprecated),
        retires_at=_day(spec.retired),
        line=_line(spec.id),
        capabilities=capabilities(spec),
    )


#: Every model of the registry, newest first (the order ``GET /v1/models`` uses).
BUILTIN_MODELS: tuple[ModelRecord, ...] = tuple(
    sorted(
        (from_registry(spec) for spec in registry.MODELS),
        key=lambda m: (m.created_at, m.id),
        reverse=True,
    )
)


class ModelRegistry:
    """Looks models up by id or alias. Messages also accepts every id of the SDK's model list
    and every listed model that has not retired."""

    def __init__(self, models: Iterable[ModelRecord] = BUILTIN_MODELS) -> None:
        self.models: list[ModelRecord] = sorted(
            models, key=lambda m: (m.created_at, m.id), reverse=True
        )
        self._by_name: dict[str, ModelRecord] = {}
        for model in self.models:
            self._by_name[model.id] = model
            for alias in model.aliases:
                self._by_name[alias] = model
        self._known = frozenset(get_args(KnownModel))

    def resolve(self, name: str) -> ModelRecord | None:
        """The model ``name`` (an id or an alias) refers to, if the fake lists it."""
        return self._by_name.get(name)

    def accepts(self, name: str, today: date | None = None) -> bool:
        """Whether Messages requests may use ``name`` on ``today``."""
        model = self._by_name.get(name)
        if model is not None:
            return today is None or model.lifecycle(today) != "retired"
        return name in self._known

    def listed(
        self, today: date, stages: Iterable[ModelLifecycle] = DEFAULT_LIFECYCLES
    ) -> list[ModelRecord]:
        """The models in one of ``stages`` on ``today``, newest first."""
        wanted = frozenset(stages)
        return [m for m in self.models if m.lifecycle(today) in wanted]


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
