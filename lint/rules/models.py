"""Rules about the model: known, not retired, and what it supports (max_tokens, thinking...)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

import msgtypes as m

from ..engine import Context, semantic_rule
from . import register
from ._helpers import is_set
from .versions import removed_fields

_NO_TEMPERATURE_AND_TOP_P = (
    "claude-opus-4-1",
    "claude-sonnet-4-5",
    "claude-haiku-4-5",
    "claude-opus-4-5",
)


@register("W270", "unknown-model", severity="warning")
def _unknown() -> None:
    """## What it does
    Warns when `model` is not an id or alias msglint knows.

    ## Why is this bad?
    An unknown model id fails with `404 not_found_error` (`model: <id>`). It may also be a model
    newer than this version of msglint, hence a warning.

    ## Example
    ```json
    {"model": "claude-sonet-4-5"}
    ```

    ## Use instead
    ```json
    {"model": "claude-sonnet-4-5"}
    ```
    """


@register("E271", "retired-model")
def _retired() -> None:
    """## What it does
    Checks that `model` has not been retired.

    ## Why is this bad?
    Requests to a retired model fail with `404 not_found_error`.

    ## Example
    ```json
    {"model": "claude-3-5-sonnet-20241022"}
    ```

    ## Use instead
    Move to a current model (the hint names the usual successor family).
    """


@register("W272", "deprecated-model", severity="warning")
def _deprecated() -> None:
    """## What it does
    Warns when `model` is deprecated, with its retirement date.

    ## Why is this bad?
    The model still works but will stop working on the retirement date.

    ## Example
    ```json
    {"model": "claude-3-7-sonnet-20250219"}
    ```

    ## Use instead
    Plan the move to a current model before the date.
    """


@register("E273", "max-tokens-over-model-limit")
def _max_tokens() -> None:
    """## What it does
    Checks `max_tokens` against the model's maximum output tokens (taking beta headers that
    raise it, such as `output-128k-2025-02-19`, into account).

    ## Why is this bad?
    The API rejects it: `max_tokens: 64001 > 64000, which is the maximum allowed number of output
    tokens for claude-opus-4-5-20251101`.

    ## Example
    ```json
    {"model": "claude-haiku-4-5", "max_tokens": 100000}
    ```

    ## Use instead
    ```json
    {"model": "claude-haiku-4-5", "max_tokens": 64000}
    ```
    """


@register("E274", "temperature-and-top-p")
def _temperature_and_top_p() -> None:
    """## What it does
    Checks that `temperature` and `top_p` are not both set for models that reject it (Claude
    Opus 4.1, Sonnet 4.5, Haiku 4.5, Opus 4.5 and later).

    ## Why is this bad?
    The API rejects it: `temperature and top_p cannot both be specified for this model. Please
    use only one.`

    ## Example
    ```json
    {"model": "claude-sonnet-4-5", "temperature": 0.5, "top_p": 0.9}
    ```

    ## Use instead
    Set one of them.
    """


@register("E275", "model-without-thinking")
def _no_thinking() -> None:
    """## What it does
    Checks that extended thinking is enabled only on models that support it.

    ## Why is this bad?
    Models without extended thinking (Claude Haiku 3.5, Haiku 3, Opus 3) reject the request.

    ## Example
    ```json
    {"model": "claude-3-5-haiku-latest", "thinking": {"type": "enabled", "budget_tokens": 2048}}
    ```

    ## Use instead
    Use a model with extended thinking, or drop `thinking`.
    """


@register("E277", "thinking-mode-not-supported")
def _thinking_mode() -> None:
    """## What it does
    Checks the thinking mode against the model: budget-based thinking (`"type": "enabled"`) is
    rejected by Claude 4.7 and later and deprecated on the 4.6 models (a warning there);
    adaptive thinking (`"type": "adaptive"`) exists only from Claude 4.6 on.

    ## Why is this bad?
    The API rejects the request: `"thinking.type.enabled" is not supported for this model`.

    ## Example
    ```json
    {"model": "claude-opus-4-7", "thinking": {"type": "enabled", "budget_tokens": 4096}}
    ```

    ## Use instead
    ```json
    {"model": "claude-opus-4-7", "thinking": {"type": "adaptive"},
     "output_config": {"effort": "medium"}}
    ```
    """


@register("W276", "model-without-effort", severity="warning")
def _no_effort() -> None:
    """## What it does
    Warns when `output_config.effort` is set for a model not known to support it.

    ## Why is this bad?
    Other models answer `This model does not support the effort parameter.`

    ## Example
    ```json
    {"model": "claude-sonnet-4-5", "output_config": {"effort": "low"}}
    ```

    ## Use instead
    Use effort only with models that support it (Claude Opus 4.5 and later).
    """


@lru_cache(maxsize=1)
def _registry() -> Any:
    from msgtypes import _model_registry

    return _model_registry


@lru_cache(maxsize=256)
def _spec_status(model: str, today: date) -> tuple[Any, str]:
    """The registry entry of ``model`` and its status on ``today`` (cached: a batch of 100,000
    requests usually names a handful of models)."""
    registry = _registry()
    spec = registry.lookup(model)
    return spec, (registry.status(spec, today) if spec is not None else "unknown")


@lru_cache(maxsize=256)
def _closest_model(model: str) -> list[str]:
    """Known ids and aliases close to ``model`` (cached: a batch repeats its model)."""
    import difflib

    registry = _registry()
    known = [s.id for s in registry.MODELS] + [a for s in registry.MODELS for a in s.aliases]
    return difflib.get_close_matches(model, known, n=1, cutoff=0.8)


@semantic_rule("messages", "complete")
def check_model(ctx: Context, params: Any, base: str) -> None:
    """Known, live model; max_tokens within its limit; features it supports."""
    model = getattr(params, "model", None)
    if not isinstance(model, str) or not model:
        return
    spec, status = _spec_status(model, ctx.today)
    where = f"{base}/model"
    if spec is None:
        close = _closest_model(model)
        ctx.report(
            "W270",
            where,
            f"unknown model {model!r}",
            hint=f"did you mean {close[0]!r}?" if close else None,
        )
        return
    if status == "retired":
        ctx.report(
            "E271",
            where,
            f"{model} was retired on {_day(spec.retired)}",
            hint="requests to it fail with 404; use a current model",
        )
    elif status == "deprecated":
        retires = f"; it retires on {_day(spec.retired)}" if spec.retired else ""
        ctx.report("W272", where, f"{model} is deprecated{retires}")
    limit = spec.max_output_tokens
    for beta, raised in (spec.max_output_tokens_beta or {}).items():
        if beta in ctx.betas and (limit is None or raised > limit):
            limit = raised
    max_tokens = getattr(params, "max_tokens", getattr(params, "max_tokens_to_sample", None))
    if isinstance(limit, int) and isinstance(max_tokens, int) and max_tokens > limit:
        field = (
            "max_tokens" if isinstance(params, m.MessageCreateParams) else "max_tokens_to_sample"
        )
        ctx.report(
            "E273",
            f"{base}/{field}",
            f"{max_tokens} > {limit}, the most output tokens {spec.id} allows",
            hint=f"use at most {limit}",
        )
    if isinstance(params, m.CompletionCreateParams):
        return
    sampling = "top_p" not in removed_fields(ctx.api_version)  # else E300 says it once
    if (
        sampling
        and is_set(getattr(params, "temperature", None))
        and is_set(getattr(params, "top_p", None))
    ):
        family = spec.id
        newer = spec.released is not None and spec.released >= date(2025, 8, 5)
        if newer or any(family.startswith(prefix) for prefix in _NO_TEMPERATURE_AND_TOP_P):
            ctx.report(
                "E274",
                f"{base}/top_p",
                f"{spec.id} does not accept temperature and top_p together",
                hint="remove one of them",
            )
    thinking = getattr(params, "thinking", None)
    if isinstance(thinking, (m.ThinkingConfigEnabled, m.ThinkingConfigAdaptive)):
        if spec.thinking == "none":
            ctx.report("E275", f"{base}/thinking", f"{spec.id} does not support extended thinking")
        else:
            mode = "enabled" if isinstance(thinking, m.ThinkingConfigEnabled) else "adaptive"
            problem = _THINKING_MODE_PROBLEMS.get((mode, spec.thinking))
            if problem is not None:
                message, hint, severity = problem
                ctx.report(
                    "E277",
                    f"{base}/thinking/type",
                    message.format(model=spec.id),
                    hint=hint,
                    severity=severity,
                )
    output_config = getattr(params, "output_config", None)
    if isinstance(output_config, m.OutputConfig) and is_set(output_config.effort):
        if not spec.effort:
            ctx.report(
                "W276", f"{base}/output_config/effort", f"{spec.id} is not known to support effort"
            )


_TO_ADAPTIVE = 'use {"type": "adaptive"} with output_config.effort'
#: (thinking mode sent, the model's support) -> (message, hint, severity) for E277.
_THINKING_MODE_PROBLEMS: dict[tuple[str, str], tuple[str, str, Any]] = {
    ("enabled", "adaptive"): ("{model} does not accept budget-based thinking", _TO_ADAPTIVE, None),
    ("enabled", "adaptive-always"): (
        "{model} does not accept budget-based thinking",
        _TO_ADAPTIVE,
        None,
    ),
    ("enabled", "adaptive+extended"): (
        "budget-based thinking is deprecated on {model}",
        _TO_ADAPTIVE,
        "warning",
    ),
    ("adaptive", "extended"): (
        "{model} does not support adaptive thinking",
        'use {"type": "enabled", "budget_tokens": N}',
        None,
    ),
}


def _day(value: date | None) -> str:
    return value.isoformat() if value else "an unknown date"
