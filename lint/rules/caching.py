"""Rules about prompt-caching breakpoints."""

from __future__ import annotations

from typing import Any

import msgtypes as m

from .._view import CHECKED_ON_THE_SPOT
from ..engine import Context, semantic_rule
from . import register
from ._helpers import block_pointer

MAX_BREAKPOINTS = 4


@register("E240", "too-many-cache-breakpoints")
def _too_many() -> None:
    """## What it does
    Checks that at most 4 blocks (across `tools`, `system` and `messages`) carry `cache_control`.

    ## Why is this bad?
    The API rejects it: `A maximum of 4 blocks with cache_control may be provided. Found 5.`

    ## Example
    Five text blocks each with `"cache_control": {"type": "ephemeral"}`.

    ## Use instead
    Keep the (up to four) breakpoints that end the longest reusable prefixes.
    """


@register("E241", "cache-ttl-order")
def _ttl_order() -> None:
    """## What it does
    Checks that no `ttl: "1h"` breakpoint comes after a `ttl: "5m"` (default) one, in the order
    the API processes blocks: `tools`, `system`, `messages`.

    ## Why is this bad?
    The API rejects it: `a ttl='1h' cache_control block must not come after a ttl='5m'
    cache_control block`.

    ## Example
    A 5-minute breakpoint on the system prompt and a 1-hour one in a later message.

    ## Use instead
    Put the longer-lived breakpoints first.
    """


@register("E242", "cache-control-on-empty-text")
def _empty() -> None:
    """## What it does
    Checks that `cache_control` is not set on an empty text block.

    ## Why is this bad?
    The API rejects it: `cache_control cannot be set for empty text blocks`.

    ## Example
    ```json
    {"type": "text", "text": "", "cache_control": {"type": "ephemeral"}}
    ```

    ## Use instead
    Put the breakpoint on a block with content.
    """


def _breakpoints(ctx: Context, params: Any, base: str) -> list[tuple[str, Any, Any]]:
    """(pointer, block, cache_control) of every block that has one, in processing order."""
    found: list[tuple[str, Any, Any]] = []
    for _, path, tool in ctx.view.tools:
        control = getattr(tool, "cache_control", None)
        if control is not None and control is not m.UNSET:
            found.append((path, tool, control))
    system = getattr(params, "system", None)
    if isinstance(system, list):
        for i, block in enumerate(system):
            control = getattr(block, "cache_control", None)
            if control is not None and control is not m.UNSET:
                found.append((f"{base}/system/{i}", block, control))
    in_messages: list[tuple[int, int, int, str, Any, Any]] = []
    unset = m.UNSET
    seen = ctx.view
    # The conversation pass checked text, tool_use and tool_result blocks (and the blocks
    # inside tool_results): unless it met a breakpoint on one, only the other kinds remain.
    spot_checked_clean = not seen.cache_marks
    filed = seen.by_class if spot_checked_clean else seen.all_entries()
    for cls, bucket in filed.items():
        if spot_checked_clean and cls in CHECKED_ON_THE_SPOT:
            continue
        if "cache_control" in getattr(cls, "__struct_fields__", ()):
            for i, _, j, block in bucket:
                control = block.cache_control
                if control is not unset and control is not None:
                    in_messages.append((i, j, -1, block_pointer(base, i, j), block, control))
        if cls is m.ToolResultBlockParam:
            for i, _, j, block in bucket:
                content = block.content
                if type(content) is not list:
                    continue
                for k, inner in enumerate(content):
                    control = getattr(inner, "cache_control", None)
                    if control is not None and control is not unset:
                        path = f"{block_pointer(base, i, j)}/content/{k}"
                        in_messages.append((i, j, k, path, inner, control))
    in_messages.sort(key=lambda item: item[:3])
    found.extend((path, block, control) for _, _, _, path, block, control in in_messages)
    return found


@semantic_rule("messages", needs=("tools", "system", "blocks"))
def check_cache_control(ctx: Context, params: Any, base: str) -> None:
    """Count, order and placement of cache breakpoints."""
    found: list[str] = []
    seen_5m: str | None = None
    for path, block, control in _breakpoints(ctx, params, base):
        if not isinstance(control, m.CacheControlEphemeral):
            continue
        found.append(path)
        ttl = control.ttl if isinstance(control.ttl, str) else "5m"
        if ttl == "1h" and seen_5m is not None:
            ctx.report(
                "E241",
                f"{path}/cache_control/ttl",
                "a 1h cache breakpoint comes after a 5m one",
                hint=f"the 5m breakpoint is at {seen_5m}",
            )
        if ttl == "5m" and seen_5m is None:
            seen_5m = f"{path}/cache_control"
        if isinstance(block, m.TextBlockParam) and block.text == "":
            ctx.report("E242", f"{path}/cache_control", "cache_control on an empty text block")
    if len(found) > MAX_BREAKPOINTS:
        ctx.report(
            "E240",
            f"{found[MAX_BREAKPOINTS]}/cache_control",
            f"{len(found)} blocks have cache_control; at most {MAX_BREAKPOINTS} are allowed",
            hint="remove the breakpoints that do not end a reusable prefix",
        )
