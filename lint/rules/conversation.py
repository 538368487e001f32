"""Rules about the turns of the 2026 surface: mid-conversation ``system`` turns (where they may
stand, which models take them, turn-scoped ones), per-message effort, tool changes, and
assistant turns sent back exactly as the API returned them.

Source: platform.claude.com/docs/en/build-with-claude/mid-conversation-system-messages (its
"Limitations" and "Turn-scoped system messages" sections, quoted error texts), the effort page
(per-message effort) and docs/api-facts-2026.md.
"""

from __future__ import annotations

import re
from typing import Any

import msgspec

import msgtypes as m

from .._relaxed import TURN_TYPES
from .._view import TOOL_CHANGES
from ..engine import Context, semantic_rule
from . import register
from ._helpers import block_pointer, is_set
from .betas import check_turn_fields
from .capabilities import model_facts


@register("E310", "system-turn-placement")
def _placement() -> None:
    """## What it does
    Checks where a `role: "system"` turn that carries content stands in `messages`: never
    first; right after a `user` turn (one with `tool_result` blocks counts) or an `assistant`
    turn ending in a server tool result; and last, or followed by an `assistant` turn.
    Consecutive system turns count as one. A system turn with empty content that only sets
    `output_config.effort` may stand anywhere.

    ## Why is this bad?
    Any other position returns a 400 error, including between an assistant `tool_use` and the
    `tool_result` that answers it.

    ## Example
    ```json
    [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]
    ```

    ## Use instead
    Put instructions that apply from the start in the top-level `system` field; append a
    system turn after a user turn (or after the tool results) for later ones.
    """


@register("E311", "system-turn-not-supported")
def _model() -> None:
    """## What it does
    Checks that mid-conversation system turns are sent to a model that takes them (Claude
    Opus 4.8 and later Opus models, Sonnet 5.5, Fable, Mythos 5); Claude Opus 4.7 and earlier
    models and Sonnet 5 reject them.

    ## Why is this bad?
    These models answer 400 to `role: "system"` in `messages`.

    ## Example
    ```json
    {"model": "claude-sonnet-5", "messages": [..., {"role": "system", "content": "..."}]}
    ```

    ## Use instead
    Use the top-level `system` field on those models.
    """


@register("E312", "turn-field-not-allowed")
def _turn_fields() -> None:
    """## What it does
    Checks the fields only system turns take: `clear_at` is only permitted on `role: "system"`
    turns (and `output_config` belongs to them: a warning elsewhere); a turn-scoped system turn
    (`clear_at: "next_user_message"`) holds text blocks only, sets no `output_config` and puts
    no `cache_control` on its blocks.

    ## Why is this bad?
    The API rejects them: `messages.3.clear_at: clear_at is only permitted on role 'system'
    messages`, `messages.3: a turn-scoped system message supports text blocks only`.

    ## Example
    ```json
    {"role": "user", "clear_at": "next_user_message", "content": "..."}
    ```

    ## Use instead
    Set `clear_at` on a `role: "system"` turn that holds only text.
    """


@register("E313", "tool-change-misplaced")
def _tool_change() -> None:
    """## What it does
    Checks that `tool_addition` and `tool_removal` blocks stand in `role: "system"` turns, and
    not in the system turn right after a paused assistant turn (one ending in a server tool
    result).

    ## Why is this bad?
    Tool changes are system-turn content; after a paused turn the API takes text only and
    answers 400.

    ## Example
    ```json
    {"role": "user", "content": [{"type": "tool_removal", "tool": {...}}]}
    ```

    ## Use instead
    Put the change in a system turn after a user turn; resume a paused turn first.
    """


@register("E315", "per-message-effort-not-supported")
def _per_message_effort() -> None:
    """## What it does
    Checks `output_config.effort` on a system turn (per-message effort): only Claude Fable 5.1,
    Mythos 5.1, Opus 5.5, Opus 5 and Sonnet 5.5 take it, and with `between_tools` thinking the
    level cannot change mid-conversation.

    ## Why is this bad?
    Other models answer 400: `output_config.effort requires a model that supports per-turn
    effort; this model does not`.

    ## Example
    ```json
    {"model": "claude-fable-5", "messages": [..., {"role": "system", "content": [],
     "output_config": {"effort": "low"}}]}
    ```

    ## Use instead
    Change the top-level `output_config.effort` on the next request.
    """


#: Blocks that end a paused assistant turn (a server tool's result).
_SERVER_RESULTS = (
    m.WebSearchToolResultBlockParam,
    m.WebFetchToolResultBlockParam,
    m.CodeExecutionToolResultBlockParam,
    m.BashCodeExecutionToolResultBlockParam,
    m.TextEditorCodeExecutionToolResultBlockParam,
    m.ToolSearchToolResultBlockParam,
    m.AdvisorToolResultBlockParam,
    m.RequestMCPToolResultBlockParam,
)


def _blocks(turn: Any) -> list[Any]:
    content = getattr(turn, "content", None)
    return content if isinstance(content, list) else []


def _has_content(turn: Any) -> bool:
    content = getattr(turn, "content", None)
    return bool(content)


def _paused(turn: Any) -> bool:
    blocks = _blocks(turn)
    return (
        getattr(turn, "role", None) == "assistant"
        and bool(blocks)
        and isinstance(blocks[-1], _SERVER_RESULTS)
    )


@semantic_rule("messages", needs=("turns",))
def check_turns(ctx: Context, params: Any, base: str) -> None:
    """System turns, their fields, tool changes and per-message effort."""
    turns = getattr(params, "messages", None)
    if not isinstance(turns, list):
        return
    system: list[int] = []
    unset = m.UNSET
    typed = TURN_TYPES
    for i, turn in enumerate(turns):
        if type(turn) in typed:  # the usual case: plain attribute reads
            role = turn.role
            special = turn.clear_at is not unset or turn.output_config is not unset
        else:
            role = getattr(turn, "role", None)
            special = (
                getattr(turn, "clear_at", unset) is not unset
                or getattr(turn, "output_config", unset) is not unset
            )
        if role == "system":
            system.append(i)
        if special:
            check_turn_fields(ctx, base, i, turn)
            if role != "system":
                _outside_system(ctx, base, i, turn)
    for i, turn, j, block in ctx.view.blocks(*TOOL_CHANGES):
        if turn.role != "system":
            ctx.report(
                "E313",
                block_pointer(base, i, j),
                f"`{block.type}` blocks belong in role 'system' messages",
                hint='move the block into a {"role": "system"} turn after a user turn',
            )
    if not system:
        return
    _placement_of(ctx, base, turns, system)
    for i in system:
        _turn_scoped(ctx, base, i, turns[i])
    _model_support(ctx, params, base, turns, system)


def _outside_system(ctx: Context, base: str, i: int, turn: Any) -> None:
    if is_set(getattr(turn, "clear_at", None)):
        ctx.report(
            "E312",
            f"{base}/messages/{i}/clear_at",
            "clear_at is only permitted on role 'system' messages",
        )
    if is_set(getattr(turn, "output_config", None)):
        ctx.report(
            "E312",
            f"{base}/messages/{i}/output_config",
            "output_config on a turn belongs to role 'system' messages (per-message effort)",
            severity="warning",
        )


def _placement_of(ctx: Context, base: str, turns: list[Any], system: list[int]) -> None:
    groups: list[list[int]] = []
    for i in system:
        if groups and groups[-1][-1] == i - 1:
            groups[-1].append(i)
        else:
            groups.append([i])
    for group in groups:
        first, last = group[0], group[-1]
        if not any(_has_content(turns[i]) for i in group):
            continue  # effort-only system turns may stand anywhere
        where = f"{base}/messages/{first}"
        before = turns[first - 1] if first else None
        after = turns[last + 1] if last + 1 < len(turns) else None
        problems = []
        if before is None:
            problems.append("a system message with content cannot be the first entry")
        elif getattr(before, "role", None) != "user" and not _paused(before):
            problems.append(
                "a system message must immediately follow a user turn (or an assistant turn "
                "ending in a server tool result)"
            )
        if after is not None and getattr(after, "role", None) != "assistant":
            problems.append(
                "a system message must be the last entry or be followed by an assistant turn"
            )
        if problems:
            ctx.report(
                "E310",
                where,
                "; ".join(problems),
                hint="put instructions that apply from the start in the top-level system "
                "field; append a system message after a user turn (after the tool results in "
                "a tool loop)",
            )
        if before is not None and _paused(before):
            for i in group:
                for j, block in enumerate(_blocks(turns[i])):
                    if isinstance(block, TOOL_CHANGES):
                        ctx.report(
                            "E313",
                            block_pointer(base, i, j),
                            f"`{block.type}` is not accepted right after a paused assistant turn",
                            hint="resume the paused turn first, then send the tool change",
                        )


def _turn_scoped(ctx: Context, base: str, i: int, turn: Any) -> None:
    if getattr(turn, "clear_at", None) != "next_user_message":
        return
    where = f"{base}/messages/{i}"
    for j, block in enumerate(_blocks(turn)):
        if not isinstance(block, m.TextBlockParam):
            ctx.report(
                "E312",
                f"{where}/content/{j}",
                "a turn-scoped system message supports text blocks only "
                "(clear_at: 'next_user_message')",
            )
        elif is_set(getattr(block, "cache_control", None)):
            ctx.report(
                "E312",
                f"{where}/content/{j}/cache_control",
                "cache_control is not permitted on a turn-scoped system message",
                hint="put the breakpoint on the last block of the user turn before it",
            )
    if is_set(getattr(turn, "output_config", None)):
        ctx.report(
            "E312",
            f"{where}/output_config",
            "output_config is not permitted on a turn-scoped system message "
            "(clear_at: 'next_user_message')",
            hint="set it on a separate system message without clear_at",
        )


def _model_support(
    ctx: Context, params: Any, base: str, turns: list[Any], system: list[int]
) -> None:
    model = getattr(params, "model", None)
    if not isinstance(model, str):
        return
    spec, feats = model_facts(model)
    if spec is None or feats is None:
        return
    if feats.system_messages is False:
        ctx.report(
            "E311",
            f"{base}/messages/{system[0]}/role",
            f"{spec.id} does not accept role 'system' in messages",
            hint="use the top-level system field",
        )
    thinking = getattr(getattr(params, "thinking", None), "type", None)
    top = getattr(getattr(params, "output_config", None), "effort", None)
    for i in system:
        effort = getattr(getattr(turns[i], "output_config", None), "effort", None)
        if not isinstance(effort, str):
            continue
        path = f"{base}/messages/{i}/output_config/effort"
        if feats.per_message_effort is False:
            ctx.report(
                "E315",
                path,
                f"{spec.id} does not support per-message effort",
                hint="change the top-level output_config.effort on the next request",
            )
        elif thinking == "between_tools" and effort != (top or "high"):
            ctx.report(
                "E315",
                path,
                "with between_tools thinking, effort cannot change mid-conversation",
                hint="use adaptive thinking to vary effort per turn",
            )


# --------------------------------------------------------------------------- echoed turns

#: Structural findings that an assistant turn returned by a newer API can carry: a block type,
#: a field or an enum value msglint does not know yet.
_NEWER_THAN_MSGLINT = frozenset({"E100", "E103", "E104"})
_BLOCK = re.compile(r"/messages/(\d+)/content/\d+(?:/|$)")


@semantic_rule("messages", needs=("found",))
def relax_echoed_blocks(ctx: Context, params: Any, base: str) -> None:
    """An unknown block type, field or value inside an assistant turn is a warning: the API
    may have returned it (a block newer than this msglint), and a turn sent back exactly as
    returned must never be an error. Runs only when the structure pass found something."""
    turns = getattr(params, "messages", None)
    if not isinstance(turns, list):
        return
    prefix = f"{base}/messages/"
    for k, found in enumerate(ctx.found):
        if found.code not in _NEWER_THAN_MSGLINT or found.severity != "error":
            continue
        if not found.path.startswith(prefix):
            continue
        match = _BLOCK.match(found.path, len(base))
        if match is None:
            continue
        index = int(match.group(1))
        turn = turns[index] if index < len(turns) else None
        role = turn.get("role") if isinstance(turn, dict) else getattr(turn, "role", None)
        if role != "assistant":
            continue
        ctx.found[k] = msgspec.structs.replace(
            found,
            severity="warning",
            message=found.message + " (in an assistant turn: if the API returned it, it is "
            "newer than msglint and may be sent back as it is)",
        )
