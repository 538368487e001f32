"""What the Messages API accepts for each model: limits, thinking modes and lifecycle dates.

Plain data, built once at import. ``lookup`` resolves an id or alias; ``status`` turns the
lifecycle dates into active / deprecated / retired for a given day. Every entry names where its
numbers come from (``source``); where sources disagree the official model page wins and ``notes``
says so. Dates are the Claude API (first party) dates; Bedrock and Google Cloud keep their own.

Thinking support:

- ``none``: no ``thinking`` parameter.
- ``extended``: ``{"type": "enabled", "budget_tokens": N}`` (and ``disabled``).
- ``adaptive+extended``: ``adaptive`` recommended, budget mode still accepted but deprecated.
- ``adaptive``: only ``adaptive`` (or ``disabled`` / omitted); budget mode is rejected.
- ``adaptive-always``: thinking is always on; ``disabled`` and budget mode are rejected.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

import msgspec

__all__ = ["MODELS", "ModelSpec", "ThinkingSupport", "lookup", "status"]

ThinkingSupport = Literal["none", "extended", "adaptive+extended", "adaptive", "adaptive-always"]
Status = Literal["active", "deprecated", "retired"]


class ModelSpec(msgspec.Struct, frozen=True, kw_only=True):
    """One model id the API serves (or used to serve) and its documented limits."""

    id: str
    aliases: tuple[str, ...] = ()
    display_name: str
    context_window: int
    context_window_beta: dict[str, int] = msgspec.field(default_factory=dict)
    max_output_tokens: int | None
    max_output_tokens_beta: dict[str, int] = msgspec.field(default_factory=dict)
    # higher max_tokens allowed only inside Message Batches, with the named beta header
    batch_max_output_tokens_beta: dict[str, int] = msgspec.field(default_factory=dict)
    thinking: ThinkingSupport
    effort: bool
    released: date | None
    deprecated: date | None = None
    retired: date | None = None
    source: str
    notes: str = ""


_K = 1_000
_M = 1_000_000

_PAGE = "https://platform.claude.com/docs/en/models/{}/overview"
_DEPRECATIONS = "https://platform.claude.com/docs/en/about-claude/model-deprecations"
_NOTES = "https://platform.claude.com/docs/en/release-notes/overview"
_FACTS = "api-facts §11"
_SDK_CHANGELOG = "anthropic-sdk-python CHANGELOG"
_SDK_DEPRECATED = "anthropic 2.14.0 DEPRECATED_MODELS (tests/sdk_snapshots/anthropic-2.14.0.json)"


def _batch_300k() -> dict[str, int]:
    return {"output-300k-2026-03-24": 300 * _K}


def _src(*parts: str) -> str:
    return "; ".join(parts)


MODELS: tuple[ModelSpec, ...] = (
    # -- Fable / Mythos ------------------------------------------------------------------------
    ModelSpec(
        id="claude-fable-5-2",
        display_name="Claude Fable 5.2",
        context_window=1 * _M,
        max_output_tokens=128 * _K,
        thinking="adaptive-always",
        effort=True,
        released=date(2026, 11, 9),
        source=_src(f"{_NOTES} (2026-11-09)"),
        notes="Effort support taken from Fable 5.1 (same capabilities per the release note).",
    ),
    ModelSpec(
        id="claude-mythos-5-2",
        display_name="Claude Mythos 5.2",
        context_window=1 * _M,
        max_output_tokens=128 * _K,
        thinking="adaptive-always",
        effort=True,
        released=date(2026, 11, 9),
        source=_src(f"{_NOTES} (2026-11-09)"),
        notes="Access limited to verified organisations.",
    ),
    ModelSpec(
        id="claude-fable-5-1",
        display_name="Claude Fable 5.1",
        context_window=1 * _M,
        max_output_tokens=128 * _K,
        thinking="adaptive-always",
        effort=True,
        released=date(2026, 9, 1),
        source=_src(_PAGE.format("fable-5-1"), f"{_NOTES} (2026-09-01)"),
        notes="tool_choice any/tool returns 400.",
    ),
    ModelSpec(
        id="claude-mythos-5-1",
        display_name="Claude Mythos 5.1",
        context_window=1 * _M,
        max_output_tokens=128 * _K,
        thinking="adaptive-always",
        effort=True,
        released=date(2026, 9, 1),
        source=_src(f"{_NOTES} (2026-09-01)"),
        notes="Project Glasswing / verified organisations only.",
    ),
    ModelSpec(
        id="claude-fable-5",
        display_name="Claude Fable 5",
        context_window=1 * _M,
        max_output_tokens=128 * _K,
        thinking="adaptive-always",
        effort=True,
        released=date(2026, 6, 9),
        source=_src(_PAGE.format("fable-5"), f"{_NOTES} (2026-06-09)", _DEPRECATIONS),
        notes="Access suspended in June 2026 and restored 2026-07-01 (release notes).",
    ),
    ModelSpec(
        id="claude-mythos-5",
        display_name="Claude Mythos 5",
        context_window=1 * _M,
        max_output_tokens=128 * _K,
        thinking="adaptive-always",
        effort=True,
        released=date(2026, 6, 9),
        source=_src(f"{_NOTES} (2026-06-09)"),
        notes="Project Glasswing only; successor of claude-mythos-preview.",
    ),
    # -- Opus ----------------------------------------------------------------------------------
    ModelSpec(
        id="claude-opus-5-5",
        display_name="Claude Opus 5.5",
        context_window=1 * _M,
        max_output_tokens=128 * _K,
        batch_max_output_tokens_beta=_batch_300k(),
        thinking="adaptive-always",
        effort=True,
        released=date(2026, 9, 22),
        source=_src(_PAGE.format("opus-5-5"), f"{_NOTES} (2026-09-22)"),
        notes="Default effort medium; tool_choice any/tool returns 400.",
    ),
    ModelSpec(
        id="claude-opus-5",
        display_name="Claude Opus 5",
        context_window=1 * _M,
        max_output_tokens=128 * _K,
        batch_max_output_tokens_beta=_batch_300k(),
        thinking="adaptive",
        effort=True,
        released=date(2026, 7, 24),
        source=_src(_PAGE.format("opus-5"), f"{_NOTES} (2026-07-24)", _DEPRECATIONS),
        notes="Thinking on by default; disabling it is allowed only at effort high or below.",
    ),
    ModelSpec(
        id="claude-opus-4-8",
        display_name="Claude Opus 4.8",
        context_window=1 * _M,
        max_output_tokens=128 * _K,
        batch_max_output_tokens_beta=_batch_300k(),
        thinking="adaptive",
        effort=True,
        released=date(2026, 5, 28),
        source=_src(_PAGE.format("opus-4-8"), f"{_NOTES} (2026-05-28)", _DEPRECATIONS),
    ),
    ModelSpec(
        id="claude-opus-4-7",
        display_name="Claude Opus 4.7",
        context_window=1 * _M,
        max_output_tokens=128 * _K,
        batch_max_output_tokens_beta=_batch_300k(),
        thinking="adaptive",
        effort=True,
        released=date(2026, 4, 16),
        source=_src(_PAGE.format("opus-4-7"), f"{_NOTES} (2026-04-16)", _DEPRECATIONS),
        notes="Google Cloud model page gives 2026-04-15 as release date; Anthropic says 04-16.",
    ),
    ModelSpec(
        id="claude-opus-4-6",
        display_name="Claude Opus 4.6",
        context_window=1 * _M,
        max_output_tokens=128 * _K,
        batch_max_output_tokens_beta=_batch_300k(),
        thinking="adaptive+extended",
        effort=True,
        released=date(2026, 2, 5),
        source=_src(_PAGE.format("opus-4-6"), f"{_NOTES} (2026-02-05, 2026-03-13)", _DEPRECATIONS),
        notes="Launched with 200K + 1M beta (context-1m-2025-08-07); 1M became standard "
        "2026-03-13. Early-2026 docs snapshots still show 200K.",
    ),
    ModelSpec(
        id="claude-opus-4-5-20251101",
        aliases=("claude-opus-4-5",),
        display_name="Claude Opus 4.5",
        context_window=200 * _K,
        max_output_tokens=64 * _K,
        thinking="extended",
        effort=True,
        released=date(2025, 11, 24),
        deprecated=date(2026, 11, 23),
        retired=date(2027, 1, 22),
        source=_src(_PAGE.format("opus-4-5"), _DEPRECATIONS, _FACTS, _SDK_CHANGELOG + " 2.13.0 "
                    "(2026-11-23: marked deprecated, end-of-life 2027-01-22)", _SDK_DEPRECATED),
        notes="The deprecation date is the SDK release that first lists it (the docs page gives "
        "the retirement date only). Seed 004 names a wrong id claude-opus-4-5-20250929 "
        "(api-facts §14).",
    ),
    ModelSpec(
        id="claude-mythos-preview",
        display_name="Claude Mythos Preview",
        context_window=1 * _M,
        max_output_tokens=128 * _K,
        thinking="adaptive+extended",
        effort=True,
        released=date(2026, 4, 7),
        deprecated=date(2026, 6, 9),
        retired=date(2026, 6, 30),
        source=_src(_SDK_CHANGELOG + " 0.90.0 (2026-04-07: added)", _SDK_DEPRECATED
                    + " (end-of-life 2026-06-30)", _DEPRECATIONS,
                    "ghost.fail/models/claude-mythos-preview (deprecated 2026-06-09 with the "
                    "Claude Mythos 5 launch; 1M context, 128K output)"),
        notes="Project Glasswing partners only. The SDK warns on budget thinking for it (as for "
        "Opus 4.6), hence adaptive+extended. Still listed in anthropic 2.14.0's model literal.",
    ),
    ModelSpec(
        id="claude-opus-4-1-20250805",
        aliases=("claude-opus-4-1",),
        display_name="Claude Opus 4.1",
        context_window=200 * _K,
        max_output_tokens=32 * _K,
        thinking="extended",
        effort=False,
        released=None,
        deprecated=date(2026, 6, 5),
        retired=date(2026, 8, 5),
        source=_src(_DEPRECATIONS, f"{_NOTES} (2026-06-05, 2026-08-05)", _FACTS),
        notes="Release date not found in the sources used.",
    ),
    ModelSpec(
        id="claude-opus-4-20250514",
        aliases=("claude-opus-4-0", "claude-4-opus-20250514"),
        display_name="Claude Opus 4",
        context_window=200 * _K,
        max_output_tokens=32 * _K,
        thinking="extended",
        effort=False,
        released=date(2025, 5, 22),
        deprecated=date(2026, 4, 14),
        retired=date(2026, 6, 15),
        source=_src(_DEPRECATIONS, f"{_NOTES} (2026-04-14, 2026-06-15)", _FACTS,
                    "anthropic-sdk-python CHANGELOG 0.52.0 (2025-05-22)"),
    ),
    ModelSpec(
        id="claude-3-opus-20240229",
        aliases=("claude-3-opus-latest",),
        display_name="Claude Opus 3",
        context_window=200 * _K,
        max_output_tokens=4096,
        thinking="none",
        effort=False,
        released=None,
        deprecated=date(2025, 6, 30),
        retired=date(2026, 1, 5),
        source=_src(_DEPRECATIONS, f"{_NOTES} (2026-01-05)", _FACTS),
    ),
    # -- Sonnet --------------------------------------------------------------------------------
    ModelSpec(
        id="claude-sonnet-5-5",
        display_name="Claude Sonnet 5.5",
        context_window=1 * _M,
        max_output_tokens=128 * _K,
        batch_max_output_tokens_beta=_batch_300k(),
        thinking="adaptive-always",
        effort=True,
        released=date(2026, 9, 28),
        source=_src(_PAGE.format("sonnet-5-5"), f"{_NOTES} (2026-09-28)"),
        notes='"disabled" is replaced by {"type": "between_tools"} (effort high or below); '
        "tool_choice any/tool returns 400.",
    ),
    ModelSpec(
        id="claude-sonnet-5",
        display_name="Claude Sonnet 5",
        context_window=1 * _M,
        max_output_tokens=128 * _K,
        batch_max_output_tokens_beta=_batch_300k(),
        thinking="adaptive",
        effort=True,
        released=date(2026, 6, 30),
        source=_src(_PAGE.format("sonnet-5"), f"{_NOTES} (2026-06-30)", _DEPRECATIONS),
        notes="Adaptive thinking on by default; budget mode returns 400.",
    ),
    ModelSpec(
        id="claude-sonnet-4-6",
        display_name="Claude Sonnet 4.6",
        context_window=1 * _M,
        max_output_tokens=128 * _K,
        batch_max_output_tokens_beta=_batch_300k(),
        thinking="adaptive+extended",
        effort=True,
        released=date(2026, 2, 17),
        source=_src(_PAGE.format("sonnet-4-6"), f"{_NOTES} (2026-02-17, 2026-03-13)",
                    _DEPRECATIONS),
        notes="1M was beta at launch, standard since 2026-03-13. A third-party catalogue "
        "(perstack-ai/perstack#801) lists 64K max output; the model page says 128K.",
    ),
    ModelSpec(
        id="claude-sonnet-4-5-20250929",
        aliases=("claude-sonnet-4-5",),
        display_name="Claude Sonnet 4.5",
        context_window=200 * _K,
        max_output_tokens=64 * _K,
        thinking="extended",
        effort=False,
        released=date(2025, 9, 29),
        deprecated=date(2026, 9, 30),
        retired=date(2026, 11, 30),
        source=_src(_PAGE.format("sonnet-4-5"), f"{_NOTES} (2026-09-30, 2026-04-30)", _FACTS),
        notes="1M beta (context-1m-2025-08-07) ended 2026-04-30: the header has no effect and "
        "requests over 200K fail. Earlier docs said retirement not sooner than 2026-09-29.",
    ),
    ModelSpec(
        id="claude-sonnet-4-20250514",
        aliases=("claude-sonnet-4-0", "claude-4-sonnet-20250514"),
        display_name="Claude Sonnet 4",
        context_window=200 * _K,
        max_output_tokens=64 * _K,
        thinking="extended",
        effort=False,
        released=date(2025, 5, 22),
        deprecated=date(2026, 4, 14),
        retired=date(2026, 6, 15),
        source=_src(_DEPRECATIONS, f"{_NOTES} (2026-04-14, 2026-04-30, 2026-06-15)", _FACTS,
                    "anthropic-sdk-python CHANGELOG 0.52.0 (2025-05-22)"),
        notes="1M beta (context-1m-2025-08-07) ended 2026-04-30, before retirement.",
    ),
    ModelSpec(
        id="claude-3-7-sonnet-20250219",
        aliases=("claude-3-7-sonnet-latest",),
        display_name="Claude Sonnet 3.7",
        context_window=200 * _K,
        max_output_tokens=64 * _K,
        max_output_tokens_beta={"output-128k-2025-02-19": 128 * _K},
        thinking="extended",
        effort=False,
        released=None,
        deprecated=date(2025, 10, 28),
        retired=date(2026, 2, 19),
        source=_src(_DEPRECATIONS, f"{_NOTES} (2025-10-28, 2026-02-19)", _FACTS),
    ),
    ModelSpec(
        id="claude-3-5-sonnet-20241022",
        aliases=("claude-3-5-sonnet-latest",),
        display_name="Claude Sonnet 3.5 (2024-10-22)",
        context_window=200 * _K,
        max_output_tokens=8192,
        thinking="none",
        effort=False,
        released=None,
        deprecated=date(2025, 8, 13),
        retired=date(2025, 10, 28),
        source=_src(_DEPRECATIONS, f"{_NOTES} (2025-10-28)", _FACTS),
        notes="api-facts lists -latest for both 3.5 Sonnet snapshots; it is attached to the "
        "newer one here.",
    ),
    ModelSpec(
        id="claude-3-5-sonnet-20240620",
        display_name="Claude Sonnet 3.5 (2024-06-20)",
        context_window=200 * _K,
        max_output_tokens=8192,
        thinking="none",
        effort=False,
        released=None,
        deprecated=date(2025, 8, 13),
        retired=date(2025, 10, 28),
        source=_src(_DEPRECATIONS, f"{_NOTES} (2025-10-28)", _FACTS),
    ),
    ModelSpec(
        id="claude-3-sonnet-20240229",
        display_name="Claude Sonnet 3",
        context_window=200 * _K,
        max_output_tokens=None,
        thinking="none",
        effort=False,
        released=None,
        deprecated=date(2025, 1, 21),
        retired=date(2025, 7, 21),
        source=_src(_DEPRECATIONS, "LlamaIndex ALL_AVAILABLE_ANTHROPIC_MODELS (context)"),
    ),
    # -- Haiku ---------------------------------------------------------------------------------
    ModelSpec(
        id="claude-haiku-5-5",
        display_name="Claude Haiku 5.5",
        context_window=1 * _M,
        max_output_tokens=128 * _K,
        thinking="adaptive",
        effort=True,
        released=date(2026, 10, 7),
        source=_src(_PAGE.format("haiku-5-5")),
        notes="Default effort medium. Whether thinking can be disabled is not stated.",
    ),
    ModelSpec(
        id="claude-haiku-4-5-20251001",
        aliases=("claude-haiku-4-5",),
        display_name="Claude Haiku 4.5",
        context_window=200 * _K,
        max_output_tokens=64 * _K,
        thinking="extended",
        effort=False,
        released=date(2025, 10, 15),
        source=_src(_PAGE.format("haiku-4-5"), _DEPRECATIONS, f"{_NOTES} (2025-10-15)", _FACTS),
        notes="Retirement not sooner than 2026-10-15; legacy, no deprecation announced.",
    ),
    ModelSpec(
        id="claude-3-5-haiku-20241022",
        aliases=("claude-3-5-haiku-latest",),
        display_name="Claude Haiku 3.5",
        context_window=200 * _K,
        max_output_tokens=8192,
        thinking="none",
        effort=False,
        released=None,
        deprecated=date(2025, 12, 19),
        retired=date(2026, 2, 19),
        source=_src(_DEPRECATIONS, f"{_NOTES} (2025-12-19, 2026-02-19)", _FACTS),
        notes="Still served on Amazon Bedrock and Google Cloud after the Claude API retirement.",
    ),
    ModelSpec(
        id="claude-3-haiku-20240307",
        display_name="Claude Haiku 3",
        context_window=200 * _K,
        max_output_tokens=4096,
        thinking="none",
        effort=False,
        released=date(2024, 3, 13),
        deprecated=date(2026, 2, 19),
        retired=date(2026, 4, 20),
        source=_src(_DEPRECATIONS, f"{_NOTES} (2026-02-19, 2026-04-20)", _FACTS,
                    "AWS Bedrock model card (launch date)"),
        notes="api-facts (late 2025) lists it as active; it was deprecated in Feb 2026.",
    ),
    # -- Claude 2 and Instant -------------------------------------------------------------------
    ModelSpec(
        id="claude-2.1",
        display_name="Claude 2.1",
        context_window=200 * _K,
        max_output_tokens=None,
        thinking="none",
        effort=False,
        released=None,
        deprecated=date(2025, 1, 21),
        retired=date(2025, 7, 21),
        source=_src(_DEPRECATIONS, "LlamaIndex ALL_AVAILABLE_ANTHROPIC_LEGACY_MODELS (context)"),
    ),
    ModelSpec(
        id="claude-2.0",
        display_name="Claude 2.0",
        context_window=100 * _K,
        max_output_tokens=None,
        thinking="none",
        effort=False,
        released=None,
        deprecated=date(2025, 1, 21),
        retired=date(2025, 7, 21),
        source=_src(_DEPRECATIONS, "LlamaIndex ALL_AVAILABLE_ANTHROPIC_LEGACY_MODELS (context)"),
    ),
    ModelSpec(
        id="claude-instant-1.2",
        display_name="Claude Instant 1.2",
        context_window=100 * _K,
        max_output_tokens=None,
        thinking="none",
        effort=False,
        released=None,
        deprecated=date(2024, 9, 4),
        retired=date(2024, 11, 6),
        source=_src(_DEPRECATIONS, "LlamaIndex ALL_AVAILABLE_ANTHROPIC_LEGACY_MODELS (context)"),
    ),
)


def _index(models: tuple[ModelSpec, ...]) -> dict[str, ModelSpec]:
    table: dict[str, ModelSpec] = {}
    for spec in models:
        for name in (spec.id, *spec.aliases):
            if name in table:
                raise ValueError(f"model name {name!r} is listed twice")
            table[name] = spec
    return table


_BY_NAME = _index(MODELS)


def lookup(model: str) -> ModelSpec | None:
    """The spec whose id or alias is exactly ``model``, or None for an unknown name."""
    return _BY_NAME.get(model)


def status(spec: ModelSpec, today: date | None = None) -> Status:
    """Lifecycle state on ``today`` (default: the local date); the named dates are inclusive."""
    day = date.today() if today is None else today
    if spec.retired is not None and day >= spec.retired:
        return "retired"
    if spec.deprecated is not None and day >= spec.deprecated:
        return "deprecated"
    return "active"
