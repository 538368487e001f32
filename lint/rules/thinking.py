"""Rules about extended thinking and the sampling parameters it constrains."""

from __future__ import annotations

from typing import Any

import msgtypes as m

from .._view import THINKING_BLOCKS
from ..engine import Context, semantic_rule
from . import register
from ._helpers import block_pointer, is_set
from .versions import removed_fields

INTERLEAVED = "interleaved-thinking-2025-05-14"
_THINKING = THINKING_BLOCKS


@register("E230", "thinking-budget-exceeds-max-tokens")
def _budget() -> None:
    """## What it does
    Checks that `thinking.budget_tokens` is less than `max_tokens`.

    ## Why is this bad?
    The budget counts towards `max_tokens`; the API rejects the request:
    `max_tokens must be greater than thinking.budget_tokens`. (With the
    `interleaved-thinking-2025-05-14` beta the budget may exceed `max_tokens`.)

    ## Example
    ```json
    {"max_tokens": 4096, "thinking": {"type": "enabled", "budget_tokens": 8192}}
    ```

    ## Use instead
    ```json
    {"max_tokens": 16000, "thinking": {"type": "enabled", "budget_tokens": 8192}}
    ```
    """


@register("E231", "thinking-temperature")
def _temperature() -> None:
    """## What it does
    Checks that `temperature` is unset or 1 when thinking is enabled.

    ## Why is this bad?
    The API rejects it: `temperature may only be set to 1 when thinking is enabled`.

    ## Example
    ```json
    {"temperature": 0.2, "thinking": {"type": "enabled", "budget_tokens": 2048}}
    ```

    ## Use instead
    Remove `temperature` (or set it to 1).
    """


@register("E232", "thinking-top-k")
def _top_k() -> None:
    """## What it does
    Checks that `top_k` is unset when thinking is enabled.

    ## Why is this bad?
    The API rejects it: `top_k must be unset when thinking is enabled`.

    ## Example
    ```json
    {"top_k": 40, "thinking": {"type": "enabled", "budget_tokens": 2048}}
    ```

    ## Use instead
    Remove `top_k`.
    """


@register("W233", "thinking-top-p", severity="warning")
def _top_p() -> None:
    """## What it does
    Checks that `top_p`, when set with thinking enabled, is between 0.95 and 1.

    ## Why is this bad?
    With thinking, the API accepts only `top_p` values from 0.95 to 1 (documented; some
    platforms reject any `top_p`).

    ## Example
    ```json
    {"top_p": 0.5, "thinking": {"type": "enabled", "budget_tokens": 2048}}
    ```

    ## Use instead
    Remove `top_p` or use a value of at least 0.95.
    """


@register("E234", "thinking-forced-tool-choice")
def _forced() -> None:
    """## What it does
    Checks that `tool_choice` does not force tool use (`any` or `tool`) when thinking is enabled.

    ## Why is this bad?
    The API rejects it: `Thinking may not be enabled when tool_choice forces tool use.`

    ## Example
    ```json
    {"tool_choice": {"type": "any"}, "thinking": {"type": "enabled", "budget_tokens": 2048}}
    ```

    ## Use instead
    Use `{"type": "auto"}` (or disable thinking for this request).
    """


@register("E235", "thinking-final-assistant")
def _final_assistant() -> None:
    """## What it does
    With thinking enabled, checks that the assistant turn in progress starts with a `thinking`
    or `redacted_thinking` block: a final `assistant` message, and in a tool-use loop the
    assistant message that opened it (the one before the last `tool_result`s, back to the last
    user message that answers no tool). With thinking disabled, checks that a final assistant
    message holds no thinking.

    ## Why is this bad?
    A tool-use loop is one assistant turn, so the thinking that opened it must come back with
    the tool results. The API rejects it: `Expected thinking or redacted_thinking, but found
    tool_use. When thinking is enabled, a final assistant message must start with a thinking
    block (preceding the lastmost set of tool_use and tool_result blocks)`, or `When thinking is
    disabled, an assistant message in the final position cannot contain thinking`. Prefilling
    text is not supported with thinking. Assistant turns of earlier, finished loops are not
    checked: their thinking may be left out.

    ## Example
    Thinking enabled, and the conversation is `user` → `assistant` `[tool_use]` → `user`
    `[tool_result]`: the assistant message lost the thinking block it was returned with.

    ## Use instead
    Send the assistant message back exactly as the API returned it (thinking block first), or
    end with a user turn instead of an assistant prefill.
    """


@register("E236", "unsigned-thinking-block")
def _unsigned() -> None:
    """## What it does
    Checks that `thinking` blocks sent back carry their non-empty `signature`.

    ## Why is this bad?
    The signature is verified; a missing or altered one is rejected:
    `Invalid signature in thinking block`.

    ## Example
    ```json
    {"type": "thinking", "thinking": "...", "signature": ""}
    ```

    ## Use instead
    Send thinking blocks back exactly as the API returned them.
    """


@register("E237", "thinking-block-last")
def _last() -> None:
    """## What it does
    Checks that an assistant turn does not end with a `thinking` block.

    ## Why is this bad?
    The API rejects it: `The final block in an assistant message cannot be thinking`.

    ## Example
    An assistant turn whose content is only a thinking block.

    ## Use instead
    Send the whole assistant turn back, with the blocks that followed the thinking.
    """


@semantic_rule("messages", needs=("thinking",))
def check_thinking(ctx: Context, params: Any, base: str) -> None:
    """Budget, sampling, tool_choice and history constraints of extended thinking (run when
    thinking is configured or thinking blocks are in the conversation)."""
    thinking = getattr(params, "thinking", None)
    enabled = isinstance(thinking, m.ThinkingConfigEnabled)
    if isinstance(thinking, m.ThinkingConfigEnabled):
        budget = thinking.budget_tokens
        max_tokens = getattr(params, "max_tokens", None)
        if (
            isinstance(budget, int)
            and isinstance(max_tokens, int)
            and budget >= max_tokens
            and INTERLEAVED not in ctx.betas
        ):
            ctx.report(
                "E230",
                f"{base}/thinking/budget_tokens",
                f"budget_tokens ({budget}) must be less than max_tokens ({max_tokens})",
                hint=f"raise max_tokens above {budget} or lower the budget",
            )
        gone = removed_fields(ctx.api_version)  # sampling removed: E300 says it once
        temperature = getattr(params, "temperature", None)
        if isinstance(temperature, (int, float)) and temperature != 1 and "temperature" not in gone:
            ctx.report(
                "E231", f"{base}/temperature", "temperature may only be 1 when thinking is enabled"
            )
        if is_set(getattr(params, "top_k", None)) and "top_k" not in gone:
            ctx.report("E232", f"{base}/top_k", "top_k must be unset when thinking is enabled")
        top_p = getattr(params, "top_p", None)
        if isinstance(top_p, (int, float)) and top_p < 0.95 and "top_p" not in gone:
            ctx.report("W233", f"{base}/top_p", "with thinking, top_p must be between 0.95 and 1")
        choice = getattr(params, "tool_choice", None)
        if isinstance(choice, (m.ToolChoiceAny, m.ToolChoiceTool)):
            ctx.report(
                "E234",
                f"{base}/tool_choice",
                "thinking may not be enabled when tool_choice forces tool use",
                hint='use {"type": "auto"}',
            )
    for i, _, j, block in ctx.view.blocks(m.ThinkingBlockParam):
        if block.signature == "":
            ctx.report(
                "E236",
                f"{block_pointer(base, i, j)}/signature",
                "thinking block has an empty signature",
                hint="send thinking blocks back exactly as received",
            )
    for i, turn, j, _ in ctx.view.blocks(*_THINKING):
        if turn.role == "assistant" and isinstance(turn.content, list):
            if j == len(turn.content) - 1:
                ctx.report(
                    "E237", block_pointer(base, i, j), "assistant turn ends with a thinking block"
                )
    turns = getattr(params, "messages", None)
    if not isinstance(turns, list) or not turns:
        return
    if enabled:
        opener = _turn_opener(turns)
        if opener is not None and opener != len(turns) - 1:
            _needs_thinking_first(
                ctx,
                base,
                opener,
                turns[opener],
                "the assistant message that opened the current tool-use loop",
                "send that assistant message back exactly as received (thinking block first)",
            )
    last = turns[-1]
    if not isinstance(last, m.MessageParam) or last.role != "assistant":
        return
    if enabled:
        _needs_thinking_first(
            ctx,
            base,
            len(turns) - 1,
            last,
            "a final assistant message",
            "end with a user turn, or send the assistant turn back unchanged",
        )
    elif any(isinstance(b, _THINKING) for b in last.content if isinstance(last.content, list)):
        ctx.report(
            "E235",
            f"{base}/messages/{len(turns) - 1}/content",
            "thinking is disabled but the final assistant turn contains thinking",
        )


def _turn_opener(turns: list[Any]) -> int | None:
    """Index of the first assistant message of the turn in progress: walking back from the end
    over assistant messages and user messages that answer tools (hold a tool_result), to the
    last user message that does not. None when the conversation ends with such a user message.
    """
    opener = None
    for i in range(len(turns) - 1, -1, -1):
        turn = turns[i]
        if not isinstance(turn, m.MessageParam):
            break
        if turn.role == "assistant":
            opener = i
        elif not (
            isinstance(turn.content, list)
            and any(isinstance(b, m.ToolResultBlockParam) for b in turn.content)
        ):
            break
    return opener


def _needs_thinking_first(ctx: Context, base: str, i: int, turn: Any, what: str, hint: str) -> None:
    """Report E235 unless assistant message ``turn`` (at index ``i``) starts with thinking."""
    content = turn.content
    items = content if isinstance(content, list) else []
    if items and isinstance(items[0], _THINKING):
        return
    if not items and not isinstance(content, str):
        return  # an empty turn: E202 says so
    ctx.report(
        "E235",
        f"{base}/messages/{i}/content" + ("/0" if items else ""),
        f"with thinking enabled, {what} must start with a thinking block",
        hint=hint,
    )
