"""What the named model accepts beyond its limits (``msgtypes._capabilities``): effort levels,
thinking types, forced tool use, prefill, default-only sampling, fast mode, compaction, tools and
advisor pairings. Each fallback model is held to the same checks, with its own overrides: the
API rejects a request up front when it is not valid for every model named.

Where the data says nothing about a model the rules stay silent, so a model newer than this
table gets no error from it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import msgtypes as m
from msgtypes._capabilities import ALL_EFFORTS, ModelFeatures, features
from msgtypes.betas import FAST_MODE_BETAS

from ..engine import Context, semantic_rule
from . import register
from ._helpers import is_set
from .versions import removed_fields


@register("E320", "effort-level-not-supported")
def _effort_level() -> None:
    """## What it does
    Checks `output_config.effort` against the levels the model accepts: `xhigh` exists on
    Claude Opus 4.7 and later Opus models, Sonnet 5 and later, Fable and Mythos; Claude Opus 4.6
    and Sonnet 4.6 stop at `max` without `xhigh`; Claude Opus 4.5 takes `low` to `high`.

    ## Why is this bad?
    The API rejects a level the model does not have with a 400 error.

    ## Example
    ```json
    {"model": "claude-sonnet-4-6", "output_config": {"effort": "xhigh"}}
    ```

    ## Use instead
    Use a level the model lists (the hint names them), or a model with that level.
    """


@register("E321", "thinking-type-not-supported")
def _thinking_type() -> None:
    """## What it does
    Checks `thinking: {"type": "disabled"}` and `{"type": "between_tools"}` against the model:
    models with always-on thinking (Fable, Mythos 5, Opus 5.5, Sonnet 5.5) reject `disabled`;
    Claude Sonnet 5.5 turns up-front thinking off with `between_tools` (at effort `high` or
    below), which other models do not list; Claude Opus 5 accepts `disabled` only at effort
    `high` or below. A type the docs do not list for a model is a warning.

    ## Why is this bad?
    The API answers 400, e.g. `"thinking.type.disabled" is not supported for this model.`

    ## Example
    ```json
    {"model": "claude-sonnet-5-5", "thinking": {"type": "disabled"}}
    ```

    ## Use instead
    ```json
    {"model": "claude-sonnet-5-5", "thinking": {"type": "between_tools"},
     "output_config": {"effort": "medium"}}
    ```
    """


@register("E322", "forced-tool-choice-not-supported")
def _forced_tool_choice() -> None:
    """## What it does
    Checks that `tool_choice` does not force a tool (`any`, `tool`) on models that do not
    support forced tool use (Claude Sonnet 5.5, Opus 5.5, Fable 5.1).

    ## Why is this bad?
    The API answers 400: `tool_choice: type "tool" and "any" are not supported for this model.`

    ## Example
    ```json
    {"model": "claude-sonnet-5-5", "tool_choice": {"type": "any"}, "tools": [...]}
    ```

    ## Use instead
    Keep `{"type": "auto"}`, set `strict: true` on the tool, and say in the prompt when to call
    it (or use structured outputs).
    """


@register("E323", "sampling-value-not-supported")
def _sampling() -> None:
    """## What it does
    On API version 2023-06-01, checks sampling parameters on models that accept only their
    defaults (Claude Opus 4.7 and later, Sonnet 5 and later, Fable, Mythos 5): a `temperature`
    other than 1 is an error; `top_p` and `top_k` are warnings (their defaults are not
    documented, so a set value may or may not be the default).

    ## Why is this bad?
    These models answer 400 to a non-default sampling value.

    ## Example
    ```json
    {"model": "claude-opus-4-8", "temperature": 0}
    ```

    ## Use instead
    Omit the sampling parameters and steer the output with prompting and `effort`.
    """


@register("W324", "fast-mode-not-supported", severity="warning")
def _fast_mode() -> None:
    """## What it does
    Warns when `speed: "fast"` names a model without fast mode (it exists on Claude Opus 5.5,
    Fable 5.2 and Mythos 5.2, and as a research preview behind `fast-mode-2026-02-01` on
    Opus 5 and Opus 4.8).

    ## Why is this bad?
    The request does not get fast output; after a model's fast mode is removed the API may
    reject it.

    ## Example
    ```json
    {"model": "claude-sonnet-5-5", "speed": "fast"}
    ```

    ## Use instead
    Drop `speed` or use a model with fast mode.
    """


@register("E325", "tool-not-supported-by-model")
def _tool_type() -> None:
    """## What it does
    Checks tool versions a model rejects, such as `computer_20251124` on Claude Sonnet 5.5
    (which takes the `computer_toolset_20260801` toolset instead on the Claude API).

    ## Why is this bad?
    The API answers 400: `'claude-sonnet-5-5' does not support tool types: computer_20251124.`

    ## Example
    ```json
    {"model": "claude-sonnet-5-5", "tools": [{"type": "computer_20251124", ...}]}
    ```

    ## Use instead
    ```json
    {"model": "claude-sonnet-5-5", "tools": [{"type": "computer_toolset_20260801"}]}
    ```
    """


@register("E326", "advisor-not-supported")
def _advisor() -> None:
    """## What it does
    Checks the advisor tool's `model` against the executor: a Claude Sonnet 5.5 executor rejects
    Claude Opus 4.8, Opus 4.7 and Sonnet 5 as advisors.

    ## Why is this bad?
    The API answers 400 `invalid_request_error`.

    ## Example
    ```json
    {"model": "claude-sonnet-5-5",
     "tools": [{"type": "advisor_20260301", "name": "advisor", "model": "claude-opus-4-8"}]}
    ```

    ## Use instead
    Pick an advisor the executor accepts (Claude Opus 5.5, Opus 5, Fable, Mythos 5, or the
    executor itself).
    """


@register("E327", "compaction-not-supported")
def _compaction() -> None:
    """## What it does
    Checks that the `compact_20260112` context edit names a model with server-side compaction
    (Claude Opus 4.6 and later, Sonnet 4.6 and later, Fable, Mythos 5).

    ## Why is this bad?
    Older models do not compact; the API rejects the edit.

    ## Example
    ```json
    {"model": "claude-opus-4-5", "context_management": {"edits": [{"type": "compact_20260112"}]}}
    ```

    ## Use instead
    Use a model with compaction, or context editing (`clear_tool_uses_20250919`).
    """


@register("E314", "prefill-not-supported")
def _prefill() -> None:
    """## What it does
    Checks for a prefill (a final assistant turn whose text the model should continue) on
    models that removed it: Claude Opus 4.6 and later, Sonnet 4.6 and later, Fable, Mythos.
    A final assistant turn that ends in a server tool result or a compaction block (a paused
    turn sent back to continue) is not a prefill.

    ## Why is this bad?
    The API answers 400 on these models.

    ## Example
    ```json
    {"model": "claude-opus-4-8", "messages": [{"role": "user", "content": "List three"},
     {"role": "assistant", "content": "1."}]}
    ```

    ## Use instead
    Use structured outputs (`output_config.format`) or system prompt instructions.
    """


_RANK: dict[str, int] = {level: i for i, level in enumerate(ALL_EFFORTS)}


@lru_cache(maxsize=256)
def model_facts(model: str) -> tuple[Any, ModelFeatures | None]:
    """The registry entry of ``model`` (id or alias) and its feature data (cached)."""
    from msgtypes import _model_registry

    spec = _model_registry.lookup(model)
    return spec, (features(spec.id) if spec is not None else None)


def _effort(config: Any) -> str | None:
    effort = getattr(config, "effort", None)
    return effort if isinstance(effort, str) else None


def _kind_of(thinking: Any) -> str | None:
    value = getattr(thinking, "type", None)
    return value if isinstance(value, str) else None


@semantic_rule("messages")
def check_model_basics(ctx: Context, params: Any, base: str) -> None:
    """What every request can get wrong for its model: a prefill, sampling values."""
    model = getattr(params, "model", None)
    if not isinstance(model, str) or not model:
        return
    spec, feats = model_facts(model)
    if feats is None:
        return
    if feats.prefill is False:
        _check_prefill(ctx, params, spec.id, _Where(base, base, ""))
    _check_sampling(ctx, params, feats, spec.id, base)


# effort, thinking, speed, tool choice, tools, compaction, fallbacks: all request features
@semantic_rule("messages", needs=("extras", "thinking", "tools"))
def check_capabilities(ctx: Context, params: Any, base: str) -> None:
    """The request's options against its model, then the request against each fallback."""
    model = getattr(params, "model", None)
    if not isinstance(model, str) or not model:
        return
    spec, feats = model_facts(model)
    effort = _effort(getattr(params, "output_config", None))
    thinking = getattr(params, "thinking", None)
    speed = getattr(params, "speed", None)
    where = _Where(base, base, "")
    _check_model(ctx, params, spec, feats, effort, thinking, speed, where)
    fallbacks = getattr(params, "fallbacks", None)
    for i, entry in enumerate(fallbacks if isinstance(fallbacks, list) else ()):
        name = getattr(entry, "model", None)
        if not isinstance(name, str):
            continue
        f_spec, f_feats = model_facts(name)
        entry_config = getattr(entry, "output_config", None)
        f_effort = _effort(entry_config) if is_set(entry_config) else effort
        f_thinking = getattr(entry, "thinking", None)
        f_speed = getattr(entry, "speed", None)
        here = f"{base}/fallbacks/{i}"
        f_where = _Where(
            base,
            here,
            f" (fallback {name})",
            effort=f"{here}/output_config/effort" if is_set(entry_config) else None,
            thinking=f"{here}/thinking" if is_set(f_thinking) else None,
            speed=f"{here}/speed" if is_set(f_speed) else None,
        )
        _check_model(
            ctx,
            params,
            f_spec,
            f_feats,
            f_effort,
            f_thinking if is_set(f_thinking) else thinking,
            f_speed if is_set(f_speed) else speed,
            f_where,
        )


class _Where:
    """Where to report for one model: the request's own fields, or a fallback entry's
    overrides; ``label`` names the fallback in messages. Paths are built when reported."""

    __slots__ = ("_effort", "_speed", "_thinking", "base", "entry", "fallback", "label")

    def __init__(
        self,
        base: str,
        entry: str,
        label: str,
        *,
        effort: str | None = None,
        thinking: str | None = None,
        speed: str | None = None,
    ) -> None:
        self.base = base
        self.entry = entry
        self.label = label
        self.fallback = entry != base
        self._effort = effort
        self._thinking = thinking
        self._speed = speed

    @property
    def effort(self) -> str:
        return self._effort or f"{self.base}/output_config/effort"

    @property
    def thinking(self) -> str:
        return self._thinking or f"{self.base}/thinking"

    @property
    def speed(self) -> str:
        return self._speed or f"{self.base}/speed"


def _check_model(
    ctx: Context,
    params: Any,
    spec: Any,
    feats: ModelFeatures | None,
    effort: str | None,
    thinking: Any,
    speed: Any,
    where: _Where,
) -> None:
    if spec is None:
        return
    name = spec.id + where.label
    if feats is not None and effort is not None and feats.effort_levels:
        if effort not in feats.effort_levels:
            ctx.report(
                "E320",
                where.effort,
                f"{name} does not accept effort {effort!r}",
                hint=f"accepted: {', '.join(feats.effort_levels)}",
            )
    _check_thinking(ctx, spec, feats, effort, thinking, name, where)
    if speed == "fast":
        _check_fast(ctx, feats, name, where)
    if feats is None:
        return
    choice = getattr(params, "tool_choice", None)
    forced = isinstance(choice, (m.ToolChoiceAny, m.ToolChoiceTool))
    if feats.forced_tool_choice is False and forced:
        ctx.report(
            "E322",
            f"{where.base}/tool_choice" if not where.fallback else f"{where.entry}/model",
            f"{name} does not support forced tool use",
            hint='use {"type": "auto"} with strict tools, and say in the prompt when to call one',
        )
    if where.fallback and feats.prefill is False:  # the requested model: check_model_basics
        _check_prefill(ctx, params, name, where)
    _check_tools(ctx, params, feats, name, where)


def _check_thinking(
    ctx: Context,
    spec: Any,
    feats: ModelFeatures | None,
    effort: str | None,
    thinking: Any,
    name: str,
    where: _Where,
) -> None:
    kind = _kind_of(thinking)
    if kind not in ("disabled", "between_tools"):
        return
    path = f"{where.thinking}/type"
    accepted = feats.thinking_types if feats is not None else None
    if accepted is None and spec.thinking == "adaptive-always":
        accepted = ("adaptive",)
    if accepted is None:
        if kind == "between_tools":
            ctx.report(
                "E321",
                path,
                f"between_tools is not documented for {name} (only for Claude Sonnet 5.5)",
                severity="warning",
            )
        return
    if kind not in accepted:
        hint = (
            'send {"type": "between_tools"} (at effort high or below)'
            if "between_tools" in accepted
            else "omit thinking (it is always on) and steer it with output_config.effort; "
            'use "display": "omitted" to keep thinking text out of responses'
            if kind == "disabled"
            else 'use {"type": "disabled"} or adaptive thinking'
        )
        ctx.report("E321", path, f"{name} does not accept thinking type {kind!r}", hint=hint)
        return
    limit = (feats.disabled_up_to if feats is not None else None) if kind == "disabled" else None
    if kind == "between_tools":
        limit = "high"
    if limit is not None and effort is not None and _RANK.get(effort, 0) > _RANK[limit]:
        ctx.report(
            "E321",
            path,
            f"{name} accepts thinking type {kind!r} only at effort {limit} or below "
            f"(effort is {effort!r})",
            hint="lower the effort, or use adaptive thinking at that effort",
        )


def _check_fast(ctx: Context, feats: ModelFeatures | None, name: str, where: _Where) -> None:
    mode = feats.fast_mode if feats is not None else None
    if mode in ("ga", "beta"):
        if mode == "beta" and not any(h in ctx.betas for h in FAST_MODE_BETAS):
            header = FAST_MODE_BETAS[0]
            ctx.report(
                "E280",
                where.speed,
                f'`speed: "fast"` on {name} needs the anthropic-beta header {header}',
                hint=f"send anthropic-beta: {header} (msglint --beta {header})",
            )
        return
    ctx.report(
        "W324",
        where.speed,
        f"{name} has no fast mode",
        hint="fast mode runs on Claude Opus 5.5, Fable 5.2, Mythos 5.2 (and Opus 5, Opus 4.8 "
        "in preview)",
    )


def _check_sampling(
    ctx: Context, params: Any, feats: ModelFeatures, name: str, base: str
) -> None:
    if not feats.default_sampling_only or "temperature" in removed_fields(ctx.api_version):
        return  # on versions without sampling parameters, E300 reports them
    temperature = getattr(params, "temperature", None)
    if isinstance(temperature, (int, float)) and temperature != 1:
        ctx.report(
            "E323",
            f"{base}/temperature",
            f"{name} accepts only the default temperature (1)",
            hint="remove temperature and steer with prompting or output_config.effort",
        )
    for field in ("top_p", "top_k"):
        if is_set(getattr(params, field, None)):
            ctx.report(
                "E323",
                f"{base}/{field}",
                f"{name} rejects non-default {field} values",
                hint=f"remove {field}",
                severity="warning",
            )


def _check_prefill(ctx: Context, params: Any, name: str, where: _Where) -> None:
    turns = getattr(params, "messages", None)
    if not isinstance(turns, list) or not turns:
        return
    last = turns[-1]
    if getattr(last, "role", None) != "assistant":
        return
    content = last.content
    if isinstance(content, str):
        prefill = bool(content)
    elif isinstance(content, list) and content:
        prefill = isinstance(content[-1], m.TextBlockParam)  # not a paused turn's ending
    else:
        prefill = False
    if prefill:
        ctx.report(
            "E314",
            f"{where.base}/messages/{len(turns) - 1}"
            if not where.fallback
            else f"{where.entry}/model",
            f"{name} does not support prefilling the assistant turn",
            hint="end with a user turn; use output_config.format or system instructions instead",
        )


def _check_tools(
    ctx: Context, params: Any, feats: ModelFeatures, name: str, where: _Where
) -> None:
    if feats.rejected_tools or feats.rejected_advisors:
        for _, path, tool in ctx.view.tools:
            kind = getattr(tool, "type", None)
            if kind in feats.rejected_tools:
                ctx.report(
                    "E325",
                    f"{path}/type" if not where.fallback else f"{where.entry}/model",
                    f"{name} does not support tool type {kind!r}",
                    hint="use computer_toolset_20260801" if "computer" in str(kind) else None,
                )
            advisor = getattr(tool, "model", None)
            if isinstance(tool, m.AdvisorTool20260301) and isinstance(advisor, str):
                advisor_spec, _ = model_facts(advisor)
                advisor_id = advisor_spec.id if advisor_spec is not None else advisor
                if advisor_id in feats.rejected_advisors:
                    ctx.report(
                        "E326",
                        f"{path}/model",
                        f"{name} does not accept {advisor} as its advisor",
                        hint="use Claude Opus 5.5, Opus 5, Fable or Mythos 5 as the advisor",
                    )
    if feats.compaction is False:
        config = getattr(params, "context_management", None)
        edits = getattr(config, "edits", None)
        for i, edit in enumerate(edits if isinstance(edits, list) else ()):
            if isinstance(edit, m.Compact20260112Edit):
                ctx.report(
                    "E327",
                    f"{where.base}/context_management/edits/{i}/type"
                    if not where.fallback
                    else f"{where.entry}/model",
                    f"{name} does not support server-side compaction",
                    hint="use a model with compaction (Claude Opus 4.6 and later, Sonnet 4.6 "
                    "and later)",
                )
