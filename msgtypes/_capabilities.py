"""What each model accepts beyond its limits: effort levels, thinking types, mid-conversation
system messages, forced tool use, prefill, sampling values, fast mode, compaction, tools.

Plain data keyed by model id (``msgtypes._model_registry`` holds limits and lifecycle; aliases
resolve through it). ``None`` means the docs say nothing for that model: rules stay silent (or
warn) rather than guess. Every entry names its sources; the letters in ``source`` are the
pages below, read through dated mirrors of platform.claude.com (see docs/api-facts-2026.md).

- MG: models/migration-guide (snapshot 2026-07-13)
- TT: build-with-claude/thinking-troubleshooting, per-model table (2026-09-26)
- EF: build-with-claude/effort, levels and compatibility (2026-09-25)
- MC: build-with-claude/mid-conversation-system-messages (2026-09-26)
- S55: models/sonnet-5-5/whats-new-sonnet-5-5 and its migration guide (2026-10)
- FM: build-with-claude/fast-mode (featureMetadata, 2026-11)
- CP: build-with-claude/compaction, supported models (2026-08-02)
- RF: build-with-claude/refusals-and-fallback (2026-09)
"""

from __future__ import annotations

from typing import Literal

import msgspec

__all__ = ["ALL_EFFORTS", "FEATURES", "ModelFeatures", "features"]

EffortLevel = Literal["low", "medium", "high", "xhigh", "max"]
ThinkingType = Literal["enabled", "adaptive", "disabled", "between_tools"]

#: Every effort level, lowest first.
ALL_EFFORTS: tuple[EffortLevel, ...] = ("low", "medium", "high", "xhigh", "max")


class ModelFeatures(msgspec.Struct, frozen=True, kw_only=True):
    """What one model accepts; ``None`` = not documented for this model."""

    #: The ``output_config.effort`` values accepted (empty: no effort parameter).
    effort_levels: tuple[EffortLevel, ...] | None = None
    #: The ``thinking.type`` values accepted.
    thinking_types: tuple[ThinkingType, ...] | None = None
    #: The highest effort at which ``thinking: {"type": "disabled"}`` is accepted.
    disabled_up_to: EffortLevel | None = None
    #: ``role: "system"`` turns inside ``messages``.
    system_messages: bool | None = None
    #: ``output_config.effort`` on a system turn (beta mid-conversation-output-config-2026-07-01).
    per_message_effort: bool | None = None
    #: ``tool_choice`` ``any`` / ``tool``.
    forced_tool_choice: bool | None = None
    #: A final assistant turn that continues as text (a prefill).
    prefill: bool | None = None
    #: Only default sampling values (temperature 1; top_p / top_k unset) on 2023-06-01.
    default_sampling_only: bool | None = None
    #: ``speed: "fast"``: "ga" without a header, "beta" with fast-mode-2026-02-01.
    fast_mode: Literal["ga", "beta", "no"] | None = None
    #: The ``compact_20260112`` context edit.
    compaction: bool | None = None
    #: Tool types the model rejects.
    rejected_tools: tuple[str, ...] = ()
    #: Advisor models (advisor_20260301) the model rejects as its advisor.
    rejected_advisors: tuple[str, ...] = ()
    source: str


_FIVE = ALL_EFFORTS
_NO_XHIGH: tuple[EffortLevel, ...] = ("low", "medium", "high", "max")
_THREE: tuple[EffortLevel, ...] = ("low", "medium", "high")
_ADAPTIVE_ONLY: tuple[ThinkingType, ...] = ("adaptive",)
_ADAPTIVE_OFF: tuple[ThinkingType, ...] = ("adaptive", "disabled")
_BOTH: tuple[ThinkingType, ...] = ("adaptive", "disabled", "enabled")
_EXTENDED: tuple[ThinkingType, ...] = ("disabled", "enabled")

#: The usual profile from Claude Opus 4.7 on: adaptive thinking, all five effort levels, system
#: turns with per-message effort, no prefill, default sampling values only, no fast mode. Each
#: entry below states how its model differs.
_ADAPTIVE_ERA = ModelFeatures(
    effort_levels=_FIVE,
    thinking_types=_ADAPTIVE_ONLY,
    system_messages=True,
    per_message_effort=True,
    prefill=False,
    default_sampling_only=True,
    fast_mode="no",
    source="",
)
#: What the Claude 4.5 models share: budget thinking only, no system turns, prefill, any
#: sampling value, no fast mode, no compaction, no effort (Opus 4.5 has three levels).
_CLAUDE_4_5 = ModelFeatures(
    effort_levels=(),
    thinking_types=_EXTENDED,
    system_messages=False,
    prefill=True,
    default_sampling_only=False,
    fast_mode="no",
    compaction=False,
    source="",
)
_like = msgspec.structs.replace
#: What Claude Opus 4.6 and Sonnet 4.6 share: both thinking types, four effort levels (no
#: xhigh), no system turns, any sampling value, compaction.
_CLAUDE_4_6 = _like(
    _ADAPTIVE_ERA,
    effort_levels=_NO_XHIGH,
    thinking_types=_BOTH,
    system_messages=False,
    per_message_effort=False,
    default_sampling_only=False,
    compaction=True,
)

FEATURES: dict[str, ModelFeatures] = {
    # releases after the per-model pages were read: only what the sources state
    "claude-fable-5-2": ModelFeatures(
        thinking_types=_ADAPTIVE_ONLY,
        fast_mode="ga",
        source="FM; release notes 2026-11-09 (capabilities of Fable 5.1; not all restated)",
    ),
    "claude-mythos-5-2": ModelFeatures(
        thinking_types=_ADAPTIVE_ONLY, fast_mode="ga", source="FM; release notes 2026-11-09"
    ),
    "claude-fable-5-1": _like(
        _ADAPTIVE_ERA,
        forced_tool_choice=False,
        source="TT; EF; MC; model page (tool_choice any/tool: 400); MG (Fable: prefill and "
        "sampling 400); FM (not listed)",
    ),
    "claude-mythos-5-1": _like(_ADAPTIVE_ERA, source="TT; EF; MC; MG"),
    "claude-fable-5": _like(
        _ADAPTIVE_ERA,
        per_message_effort=False,
        compaction=True,
        source="TT; EF (per-message effort: 400 on Fable 5); MC; MG; CP; FM",
    ),
    "claude-mythos-5": _like(
        _ADAPTIVE_ERA,
        per_message_effort=False,
        compaction=True,
        source="TT; EF; MC; MG (baseline settings for claude-mythos-5); CP",
    ),
    "claude-opus-5-5": _like(
        _ADAPTIVE_ERA,
        forced_tool_choice=False,
        fast_mode="ga",
        source="TT; EF (default medium); MC; model page (tool_choice any/tool: 400); FM",
    ),
    "claude-opus-5": _like(
        _ADAPTIVE_ERA,
        thinking_types=_ADAPTIVE_OFF,
        disabled_up_to="high",
        fast_mode="beta",
        compaction=True,
        source="TT (disabled only at effort high or below); EF; MC; FM; CP",
    ),
    "claude-opus-4-8": _like(
        _ADAPTIVE_ERA,
        thinking_types=_ADAPTIVE_OFF,
        per_message_effort=False,
        fast_mode="beta",
        compaction=True,
        source="TT; EF; MC; MG (sampling: non-default values 400; prefill 400); FM "
        "(deprecated, removed 2026-11-30); CP",
    ),
    "claude-opus-4-7": _like(
        _ADAPTIVE_ERA,
        thinking_types=_ADAPTIVE_OFF,
        system_messages=False,
        per_message_effort=False,
        compaction=True,
        source="TT; EF; MG (system role 400 on Opus 4.7 and earlier; sampling and prefill 400); "
        "Claude Code fast-mode page (fast mode removed 2026-07-24); CP",
    ),
    "claude-opus-4-6": _like(
        _CLAUDE_4_6,
        fast_mode=None,
        source="TT; EF (max, no xhigh); MG (prefill 400 from Opus 4.6; sampling removed from "
        "Opus 4.7); CP",
    ),
    "claude-sonnet-5-5": _like(
        _ADAPTIVE_ERA,
        thinking_types=("adaptive", "between_tools"),
        forced_tool_choice=False,
        rejected_tools=("computer_20251124",),
        rejected_advisors=("claude-opus-4-8", "claude-opus-4-7", "claude-sonnet-5"),
        source="S55 (between_tools replaces disabled, only at effort high or below; forced "
        "tool use 400; computer_20251124 400 on the Claude API; advisor pairings; system "
        "messages and per-message effort supported; prefill and sampling 400); FM",
    ),
    "claude-sonnet-5": _like(
        _ADAPTIVE_ERA,
        thinking_types=_ADAPTIVE_OFF,
        system_messages=False,
        per_message_effort=False,
        compaction=True,
        source="TT; S55 migration table (adaptive, disabled); EF; MC (not on Sonnet 5); MG; CP",
    ),
    "claude-sonnet-4-6": _like(
        _CLAUDE_4_6,
        source="TT; S55 migration table; EF (max, no xhigh); MG (prefill 400 on Sonnet 4.6 and "
        "later); CP",
    ),
    "claude-opus-4-5-20251101": _like(
        _CLAUDE_4_5,
        effort_levels=_THREE,
        source="TT (extended only); EF (no xhigh, no max); MG; CP (not listed)",
    ),
    "claude-sonnet-4-5-20250929": _like(
        _CLAUDE_4_5, source="TT; S55 migration table; EF (no effort); CP (not listed)"
    ),
    "claude-haiku-4-5-20251001": _like(
        _CLAUDE_4_5, source="TT; S55 migration table; EF (no effort); CP (not listed)"
    ),
}

def features(model_id: str) -> ModelFeatures | None:
    """The entry of a model id (resolve aliases with ``_model_registry.lookup`` first)."""
    return FEATURES.get(model_id)
