"""Limits of request options of the 2026 surface: server-side fallbacks, the compaction trigger,
task budgets and thinking block binding.

Sources: platform.claude.com/docs/en/build-with-claude/refusals-and-fallback (fallbacks: up to
three models, each distinct from the others and from the requested model; not in Message
Batches), .../compaction (trigger at least 50,000 input tokens), the models migration guide
(task budget at least 20k tokens), .../models/sonnet-5-5/whats-new (block_binding works only
with adaptive thinking). See docs/api-facts-2026.md.
"""

from __future__ import annotations

from typing import Any

import msgtypes as m

from ..engine import Context, semantic_rule
from . import register
from ._helpers import is_set
from .capabilities import model_facts

#: Most fallback models a request may name.
MAX_FALLBACKS = 3
#: The smallest compaction trigger (input tokens).
MIN_COMPACTION_TRIGGER = 50_000
#: The smallest task budget (tokens).
MIN_TASK_BUDGET = 20_000


@register("E330", "invalid-fallbacks")
def _fallbacks() -> None:
    """## What it does
    Checks the `fallbacks` list: at most three models, each different from the others and from
    the requested model.

    ## Why is this bad?
    The API rejects the request with a 400 error.

    ## Example
    ```json
    {"model": "claude-fable-5", "fallbacks": [{"model": "claude-fable-5"}]}
    ```

    ## Use instead
    ```json
    {"model": "claude-fable-5", "fallbacks": [{"model": "claude-opus-4-8"}]}
    ```
    """


@register("E331", "fallbacks-in-batch")
def _fallbacks_in_batch() -> None:
    """## What it does
    Checks that requests of a Message Batch do not set `fallbacks`.

    ## Why is this bad?
    Server-side fallback is not available for batches: the request comes back as an `errored`
    result.

    ## Example
    ```json
    {"custom_id": "a", "params": {"model": "claude-fable-5", "fallbacks": "default", ...}}
    ```

    ## Use instead
    Collect refused items from the results and resubmit them on a fallback model.
    """


@register("E332", "compaction-trigger-too-low")
def _trigger() -> None:
    """## What it does
    Checks that the `compact_20260112` edit's trigger is at least 50,000 input tokens.

    ## Why is this bad?
    The API rejects a smaller `trigger.value`.

    ## Example
    ```json
    {"type": "compact_20260112", "trigger": {"type": "input_tokens", "value": 10000}}
    ```

    ## Use instead
    ```json
    {"type": "compact_20260112", "trigger": {"type": "input_tokens", "value": 100000}}
    ```
    """


@register("E333", "task-budget-too-low")
def _task_budget() -> None:
    """## What it does
    Checks that `output_config.task_budget.total` is at least 20,000 tokens.

    ## Why is this bad?
    The minimum task budget is 20k tokens; a smaller one is rejected.

    ## Example
    ```json
    {"output_config": {"task_budget": {"type": "tokens", "total": 5000}}}
    ```

    ## Use instead
    Set at least 20,000, or leave the budget out and cap output with `max_tokens`.
    """


@register("W334", "block-binding-without-adaptive", severity="warning")
def _block_binding() -> None:
    """## What it does
    Warns when `thinking.block_binding` is set with budget-based thinking: it works only with
    `{"type": "adaptive"}`.

    ## Why is this bad?
    The setting has no effect (or is rejected) outside adaptive thinking.

    ## Example
    ```json
    {"thinking": {"type": "enabled", "budget_tokens": 4096,
                  "block_binding": {"prefix_mismatch_behavior": "drop_block"}}}
    ```

    ## Use instead
    Use adaptive thinking, or drop `block_binding`.
    """


@semantic_rule("messages", needs=("extras", "thinking"))
def check_options(ctx: Context, params: Any, base: str) -> None:
    """Fallbacks, compaction trigger, task budget, block binding."""
    fallbacks = getattr(params, "fallbacks", None)
    if is_set(fallbacks):
        _check_fallbacks(ctx, params, base, fallbacks)
    config = getattr(params, "context_management", None)
    edits = getattr(config, "edits", None)
    for i, edit in enumerate(edits if isinstance(edits, list) else ()):
        trigger = getattr(edit, "trigger", None)
        value = getattr(trigger, "value", None)
        if isinstance(edit, m.Compact20260112Edit) and isinstance(value, int):
            if value < MIN_COMPACTION_TRIGGER:
                ctx.report(
                    "E332",
                    f"{base}/context_management/edits/{i}/trigger/value",
                    f"the compaction trigger must be at least {MIN_COMPACTION_TRIGGER:,} input "
                    f"tokens (got {value:,})",
                    hint="the default is 150,000",
                )
    budget = getattr(getattr(params, "output_config", None), "task_budget", None)
    total = getattr(budget, "total", None)
    if isinstance(total, int) and total < MIN_TASK_BUDGET:
        ctx.report(
            "E333",
            f"{base}/output_config/task_budget/total",
            f"a task budget must be at least {MIN_TASK_BUDGET:,} tokens (got {total:,})",
        )
    thinking = getattr(params, "thinking", None)
    if isinstance(thinking, m.ThinkingConfigEnabled) and is_set(thinking.block_binding):
        ctx.report(
            "W334",
            f"{base}/thinking/block_binding",
            "block_binding works only with adaptive thinking",
            hint='use {"type": "adaptive"}',
        )


def _check_fallbacks(ctx: Context, params: Any, base: str, fallbacks: Any) -> None:
    if ctx.endpoint in ("batch", "batch-jsonl"):
        ctx.report(
            "E331",
            f"{base}/fallbacks",
            "server-side fallbacks are not available in Message Batches (the request would "
            "come back errored)",
            hint="resubmit refused items on a fallback model instead",
        )
    if not isinstance(fallbacks, list):
        return
    if len(fallbacks) > MAX_FALLBACKS:
        ctx.report(
            "E330",
            f"{base}/fallbacks",
            f"at most {MAX_FALLBACKS} fallback models ({len(fallbacks)} given)",
        )
    model = getattr(params, "model", None)
    seen = {_model_id(model): "the requested model"} if isinstance(model, str) else {}
    for i, entry in enumerate(fallbacks):
        name = getattr(entry, "model", None)
        if not isinstance(name, str):
            continue
        key = _model_id(name)
        if key in seen:
            ctx.report(
                "E330",
                f"{base}/fallbacks/{i}/model",
                f"fallback {name!r} repeats {seen[key]}",
                hint="each fallback must differ from the others and from the requested model",
            )
        else:
            seen[key] = f"fallback {i}"


def _model_id(name: str) -> str:
    spec, _ = model_facts(name)
    return spec.id if spec is not None else name
