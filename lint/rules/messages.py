"""Rules about the conversation: text blocks, turn content, roles, tool_use/tool_result pairs."""

from __future__ import annotations

from typing import Any

import msgtypes as m

from .._relaxed import ID_PATTERN
from .._view import ASSISTANT_ONLY, CALLS
from ..engine import Context, semantic_rule
from . import register
from ._helpers import block_pointer, is_set
from .structure import pattern_mismatch


@register("E200", "empty-text-block")
def _empty_text_block() -> None:
    """## What it does
    Checks that text blocks (in `messages` and `system`) contain non-whitespace text.

    ## Why is this bad?
    The API rejects the request: `text content blocks must be non-empty` or
    `text content blocks must contain non-whitespace text`.

    ## Example
    ```json
    {"role": "user", "content": [{"type": "text", "text": ""}]}
    ```

    ## Use instead
    Drop the empty block, or put text in it.
    """


@register("E201", "final-assistant-trailing-whitespace")
def _final_trailing_whitespace() -> None:
    """## What it does
    Checks that a final `assistant` turn (a prefill) does not end with whitespace.

    ## Why is this bad?
    The API rejects it: `final assistant content cannot end with trailing whitespace`.

    ## Example
    ```json
    {"role": "assistant", "content": "The answer is "}
    ```

    ## Use instead
    ```json
    {"role": "assistant", "content": "The answer is"}
    ```
    """


@register("E202", "empty-message-content")
def _empty_message_content() -> None:
    """## What it does
    Checks that every turn has content, except an optional final `assistant` turn.

    ## Why is this bad?
    The API rejects the request: `all messages must have non-empty content except for the
    optional final assistant message`.

    ## Example
    ```json
    [{"role": "user", "content": []}, {"role": "assistant", "content": "Hi"}]
    ```

    ## Use instead
    Remove the empty turn or give it content.
    """


@register("W203", "block-in-wrong-role", severity="warning")
def _block_in_wrong_role() -> None:
    """## What it does
    Checks that blocks the model produces (`tool_use`, `thinking`, server-tool calls and their
    results) sit in `assistant` turns and `tool_result` blocks in `user` turns.

    ## Why is this bad?
    The API expects tool calls in the assistant turn and their results in the next user turn; a
    block in the wrong role breaks the pairing and is usually rejected.

    ## Example
    ```json
    {"role": "user", "content": [{"type": "tool_use", "id": "toolu_1", "name": "f", "input": {}}]}
    ```

    ## Use instead
    Put `tool_use` in the assistant turn and answer it with `tool_result` in the next user turn.
    """


@register("E210", "orphan-tool-result")
def _orphan_tool_result() -> None:
    """## What it does
    Checks that every `tool_result` answers a `tool_use` of the immediately preceding assistant
    turn.

    ## Why is this bad?
    The API rejects it: `unexpected tool_use_id found in tool_result blocks: ... Each tool_result
    block must have a corresponding tool_use block in the previous message.`

    ## Example
    A `tool_result` with `tool_use_id: "toolu_9"` when the previous assistant turn called
    `toolu_1`.

    ## Use instead
    Use the id of the `tool_use` block you are answering.
    """


@register("E211", "unanswered-tool-use")
def _unanswered_tool_use() -> None:
    """## What it does
    Checks that every `tool_use` of an assistant turn is answered by a `tool_result` in the next
    (user) turn.

    ## Why is this bad?
    The API rejects it: `tool_use ids were found without tool_result blocks immediately after`.

    ## Example
    An assistant turn calling `toolu_1` followed by a user turn with only text.

    ## Use instead
    Start the next user turn with `{"type": "tool_result", "tool_use_id": "toolu_1", ...}`.
    """


@register("E212", "duplicate-tool-use-id")
def _duplicate_tool_use_id() -> None:
    """## What it does
    Checks that `tool_use` ids are unique across the conversation.

    ## Why is this bad?
    The API rejects the request: `tool_use ids must be unique`.

    ## Example
    Two assistant turns both containing `{"type": "tool_use", "id": "toolu_1", ...}`.

    ## Use instead
    Keep the ids the API generated; never reuse one.
    """


@register("E213", "tool-result-not-first")
def _tool_result_not_first() -> None:
    """## What it does
    Checks that `tool_result` blocks come first in their user turn, before any text.

    ## Why is this bad?
    The API requires tool results to immediately follow the tool calls; text placed before them
    makes the request fail.

    ## Example
    ```json
    {"role": "user", "content": [{"type": "text", "text": "Here:"},
      {"type": "tool_result", "tool_use_id": "toolu_1", "content": "42"}]}
    ```

    ## Use instead
    Put the `tool_result` blocks first and the text after them.
    """


def _blank(text: Any) -> bool:
    # ``isspace`` stops at the first non-space character; ``strip`` would copy the text.
    return isinstance(text, str) and (not text or text.isspace())


@semantic_rule("messages", needs=("bad_ids",))
def check_tool_ids(ctx: Context, params: Any, base: str) -> None:
    """The pattern of tool_use and tool_result ids (E107): the linter's decode leaves it to the
    conversation pass, which raises ``bad_ids`` when an id is off."""
    for cls, name in ((m.ToolUseBlockParam, "id"), (m.ToolResultBlockParam, "tool_use_id")):
        for i, _, j, block in ctx.view.blocks(cls):
            value = getattr(block, name)
            if isinstance(value, str) and not ID_PATTERN.search(value):
                where = f"{block_pointer(base, i, j)}/{name}"
                ctx.found.append(pattern_mismatch(where, value, ID_PATTERN.pattern))


@semantic_rule("messages")
def check_text_blocks(ctx: Context, params: Any, base: str) -> None:
    """Empty text blocks in system and messages; empty turns; the prefill's trailing space."""
    system = getattr(params, "system", None)
    if isinstance(system, list):
        for i, block in enumerate(system):
            if isinstance(block, m.TextBlockParam) and _blank(block.text):
                ctx.report("E200", f"{base}/system/{i}/text", "empty text block in system")
    seen = ctx.view
    for i, _, j, block in ctx.view.blocks(m.TextBlockParam) if seen.blank_text else ():
        text = block.text
        if _blank(text):
            what = "empty" if text == "" else "whitespace-only"
            ctx.report(
                "E200",
                f"{block_pointer(base, i, j)}/text",
                f"{what} text block",
                hint="remove the block or give it text",
            )
    turns = params.messages if isinstance(params.messages, list) else []
    last_index = len(turns) - 1
    for i, turn in enumerate(turns if seen.empty_turn else ()):
        content = getattr(turn, "content", None)
        if not content and (content == "" or content == []):
            # a system turn with empty content that sets output_config (per-message effort)
            effort_only = turn.role == "system" and is_set(getattr(turn, "output_config", None))
            if not (i == last_index and turn.role == "assistant") and not effort_only:
                ctx.report("E202", f"{base}/messages/{i}/content", "message content is empty")
    if not turns or not isinstance(turns[-1], m.MessageParam) or turns[-1].role != "assistant":
        return
    path = f"{base}/messages/{last_index}"
    content = turns[-1].content
    tail = content if isinstance(content, str) else None
    if isinstance(content, list) and content and isinstance(content[-1], m.TextBlockParam):
        tail = content[-1].text
    if isinstance(tail, str) and tail and tail != tail.rstrip():
        where = (
            f"{path}/content"
            if isinstance(content, str)
            else (f"{path}/content/{len(content) - 1}/text")
        )
        ctx.report(
            "E201",
            where,
            "final assistant content ends with whitespace",
            hint="strip the trailing whitespace from the prefill",
        )


@semantic_rule("messages", needs=("misplaced",))
def check_roles(ctx: Context, params: Any, base: str) -> None:
    """Model-produced blocks belong to assistant turns, tool results to user turns."""
    for i, turn, j, block in ctx.view.blocks(*ASSISTANT_ONLY):
        if turn.role == "user":
            ctx.report(
                "W203",
                block_pointer(base, i, j),
                f"`{block.type}` block in a user turn",
                hint="blocks the model produced go in the assistant turn",
            )
    for i, turn, j, _ in ctx.view.blocks(m.ToolResultBlockParam):
        if turn.role == "assistant":
            ctx.report(
                "W203",
                block_pointer(base, i, j),
                "`tool_result` block in an assistant turn",
                hint="tool results go in the next user turn",
            )


@semantic_rule("messages", needs=("unpaired",))
def check_tool_pairing(ctx: Context, params: Any, base: str) -> None:
    """tool_use <-> tool_result pairing between consecutive turns, and unique tool_use ids."""
    turns = params.messages if isinstance(params.messages, list) else []
    seen: dict[str, tuple[int, int]] = {}
    #: turn index -> {tool_use id: block index} of the assistant turns' client tool calls
    calls_by_turn: dict[int, dict[str, int]] = {}
    tool_use = m.ToolUseBlockParam
    for i, turn, j, block in ctx.view.blocks(*CALLS):
        call_id = block.id
        if type(call_id) is not str:
            continue
        first = seen.get(call_id)
        if first is not None:
            ctx.report(
                "E212",
                f"{block_pointer(base, i, j)}/id",
                f"tool_use id {call_id!r} is used twice",
                hint=f"first used at {block_pointer(base, *first)}/id",
            )
        else:
            seen[call_id] = (i, j)
        if isinstance(block, tool_use) and turn.role == "assistant":
            calls = calls_by_turn.get(i)
            if calls is None:
                calls = calls_by_turn[i] = {}
            calls[call_id] = j
    answers_by_turn: dict[int, set[str]] = {}
    result_type = m.ToolResultBlockParam
    # A thread continuation sends only the new turns: the server holds the reply whose
    # tool_use blocks the first turn answers (beta message-threads-2026-08-12).
    held = isinstance(getattr(params, "thread", None), m.ThreadContinueParams)
    for i, turn, j, block in ctx.view.blocks(result_type):
        if turn.role != "user":
            continue
        tid = block.tool_use_id
        if type(tid) is str:
            answers = answers_by_turn.get(i)
            if answers is None:
                answers = answers_by_turn[i] = set()
            answers.add(tid)
        if j and any(not isinstance(other, result_type) for other in turn.content[:j]):
            ctx.report(
                "E213",
                block_pointer(base, i, j),
                "tool_result comes after other content",
                hint="put tool_result blocks first in the turn",
            )
        if type(tid) is str and tid not in calls_by_turn.get(i - 1, ()) and not (i == 0 and held):
            ctx.report(
                "E210",
                f"{block_pointer(base, i, j)}/tool_use_id",
                f"tool_result for {tid!r} answers no tool_use of the previous turn",
            )
    for i, calls in calls_by_turn.items():
        if i + 1 >= len(turns) or not isinstance(turns[i + 1], m.MessageParam):
            continue  # the final turn: nothing to pair with yet
        answered = answers_by_turn.get(i + 1, ())
        for call_id, j in calls.items():
            if call_id not in answered:
                ctx.report(
                    "E211",
                    block_pointer(base, i, j),
                    f"tool_use {call_id!r} has no tool_result in the next turn",
                    hint="answer every tool_use in the next user turn",
                )


@register("E290", "email-in-user-id")
def _email_in_user_id() -> None:
    """## What it does
    Checks that `metadata.user_id` does not look like an email address.

    ## Why is this bad?
    The API rejects it: `user_id appears to contain an email address. Please send a uuid or hash
    value`.

    ## Example
    ```json
    {"metadata": {"user_id": "jane@example.com"}}
    ```

    ## Use instead
    Send an opaque id, e.g. a UUID or a hash of the address.
    """


@semantic_rule("messages", needs=("metadata",))
def check_metadata(ctx: Context, params: Any, base: str) -> None:
    """metadata.user_id must be opaque."""
    metadata = getattr(params, "metadata", None)
    if isinstance(metadata, m.Metadata) and isinstance(metadata.user_id, str):
        user = metadata.user_id
        at = user.find("@")
        if 0 < at < len(user) - 3 and "." in user[at:]:
            ctx.report(
                "E290",
                f"{base}/metadata/user_id",
                "user_id looks like an email address",
                hint="send a UUID or a hash instead",
            )
