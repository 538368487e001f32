"""Rules about the ``anthropic-beta`` header: features that need one, and unknown values."""

from __future__ import annotations

from typing import Any, get_args

import msgtypes as m
from msgtypes.betas import (
    BLOCK_TYPE_BETAS,
    FIELD_BETAS,
    INLINE_TOOL_DEFINITION_BETAS,
    KNOWN_BETAS,
    MESSAGE_FIELD_BETAS,
    SOURCE_TYPE_BETAS,
    TOOL_OPTION_BETAS,
    TOOL_TYPE_BETAS,
    VALUE_BETAS,
)

from ..engine import Context, semantic_rule
from . import register
from ._helpers import block_pointer, is_set


@register("E280", "missing-beta-header")
def _missing() -> None:
    """## What it does
    Checks that a beta feature (a beta tool version, `mcp_servers`, `context_management`,
    container skills, `output_format`, `output_config.effort`, file sources, beta blocks...) is
    sent with the `anthropic-beta` header value that enables it.

    ## Why is this bad?
    Without the header the API does not know the field or type and rejects the request, e.g.
    `tools.0.custom.defer_loading: Extra inputs are not permitted`.

    ## Example
    `"mcp_servers": [...]` sent without `anthropic-beta: mcp-client-2025-11-20`.

    ## Use instead
    Add the header value the hint names (`msglint --beta VALUE`, `betas=[...]` in the client).
    """


@register("W281", "unknown-beta", severity="warning")
def _unknown() -> None:
    """## What it does
    Warns about `anthropic-beta` values msglint does not know.

    ## Why is this bad?
    The API rejects unknown values: `Unexpected value(s) ... for the anthropic-beta header`. It
    may also be a beta newer than this version of msglint, hence a warning.

    ## Example
    `--beta prompt-cacheing-2024-07-31`

    ## Use instead
    Use the exact value from the documentation.
    """


#: FIELD_BETAS split once: (field, top-level name, nested name or "", headers).
_FIELDS = [(field, *field.partition(".")[::2], headers) for field, headers in FIELD_BETAS.items()]

#: VALUE_BETAS with the top-level field each one starts at (looked up first).
_VALUES = [(field.split(".")[0].removesuffix("[]"), field, values)
           for field, values in VALUE_BETAS.items()]

#: The block classes whose ``type`` needs a beta header.
_BETA_BLOCKS: tuple[type, ...] = tuple(
    cls for cls in get_args(m.ContentBlockParam) if getattr(cls, "type", None) in BLOCK_TYPE_BETAS
)


@semantic_rule("batch")
def check_unknown_betas(ctx: Context, params: Any, base: str) -> None:
    """Header values msglint does not know (reported once per document)."""
    for value in sorted(ctx.betas):
        if value not in KNOWN_BETAS:
            ctx.report("W281", base, f"unknown anthropic-beta value {value!r}")


def _tool_needs(tool: Any) -> list[tuple[str, str, tuple[str, ...]]]:
    """(pointer suffix, what, header values) of each beta feature one tool definition uses."""
    needs = []
    tool_type = getattr(tool, "type", None)
    if isinstance(tool_type, str) and tool_type in TOOL_TYPE_BETAS:
        needs.append(("/type", f"tool type `{tool_type}`", TOOL_TYPE_BETAS[tool_type]))
    for option, headers in TOOL_OPTION_BETAS.items():
        if is_set(getattr(tool, option, None)):
            needs.append((f"/{option}", f"tool option `{option}`", headers))
    return needs


def _need(
    ctx: Context, path: str, what: str, headers: tuple[str, ...], *, echoed: bool = False
) -> None:
    """E280 unless one of ``headers`` is sent. ``echoed``: the feature sits in an assistant
    turn, where the API itself put it; sending it back is reported as a warning only."""
    if not any(h in ctx.betas for h in headers):
        ctx.report(
            "E280",
            path,
            f"{what} needs the anthropic-beta header {headers[0]}"
            + (" (in an assistant turn: if the API returned it, send it back as it is)"
               if echoed else ""),
            hint=f"send anthropic-beta: {headers[0]} (msglint --beta {headers[0]})",
            severity="warning" if echoed else None,
        )


@semantic_rule("messages")
def check_header_values(ctx: Context, params: Any, base: str) -> None:
    """Unknown header values, once per request document (not per request of a batch file)."""
    if base == "" and ctx.betas:
        check_unknown_betas(ctx, params, base)


# every field of FIELD_BETAS and VALUE_BETAS is an "extras" or "thinking" request feature
@semantic_rule("messages", needs=("extras", "thinking", "tools"))
def check_field_betas(ctx: Context, params: Any, base: str) -> None:
    """Every beta request field and value has its header (turn fields: ``check_turn_fields``)."""
    for field, name, sub, headers in _FIELDS:
        value: Any = getattr(params, name, None)
        if value is None or value is m.UNSET:
            continue
        if sub:
            value = None if isinstance(value, str) else getattr(value, sub, None)
        if is_set(value) and value != []:
            path = f"{base}/{name}" + (f"/{sub}" if sub else "")
            _need(ctx, path, f"`{field}`", headers)
    for top, field, values in _VALUES:
        if not is_set(getattr(params, top, None)):
            continue
        for path, value in _values(params, base, field):
            needed = values.get(value) if isinstance(value, str) else None
            if needed:
                _need(ctx, path, f"`{field.replace('[]', '')}: {value}`", needed)


def check_turn_fields(ctx: Context, base: str, i: int, turn: Any) -> None:
    """The header of each beta field set on turn ``i`` (``clear_at``, ``output_config``); the
    conversation rules call it for the turns that set one."""
    for name, headers in MESSAGE_FIELD_BETAS.items():
        if is_set(getattr(turn, name, None)):
            _need(ctx, f"{base}/messages/{i}/{name}", f"`{name}` on a turn", headers)


@semantic_rule("messages", needs=("tools", "blocks", "extras"))
def check_betas(ctx: Context, params: Any, base: str) -> None:
    """Every beta tool, tool option, block and source has its header."""
    for _, path, tool in ctx.view.tools:
        for suffix, what, headers in ctx.memo(tool, _tool_needs):
            _need(ctx, f"{path}{suffix}", what, headers)
    seen = ctx.view
    for cls in _BETA_BLOCKS if not seen.by_class.keys().isdisjoint(_BETA_BLOCKS) else ():
        for i, turn, j, block in seen.entries(cls):
            headers = BLOCK_TYPE_BETAS[block.type]
            where = block_pointer(base, i, j)
            echoed = getattr(turn, "role", None) == "assistant"
            _need(ctx, f"{where}/type", f"`{block.type}` blocks", headers, echoed=echoed)
            tool = getattr(block, "tool", None)
            if block.type == "tool_addition" and getattr(tool, "type", None) == "tool_definition":
                _need(ctx, f"{where}/tool/type", "a tool defined in a `tool_addition` block",
                      INLINE_TOOL_DEFINITION_BETAS)
    callers = (m.ToolUseBlockParam, m.ServerToolUseBlockParam)
    caller_headers = TOOL_OPTION_BETAS.get("allowed_callers")  # None: programmatic calls are GA
    for i, _, j, block in ctx.view.blocks(*callers[0 if seen.callers else 1 :]):
        if caller_headers and block.caller is not m.UNSET and block.caller is not None:
            _need(ctx, f"{block_pointer(base, i, j)}/caller", "`caller`", caller_headers)
    media = (m.ImageBlockParam, m.DocumentBlockParam)
    for i, _, j, block in ctx.view.blocks(*media) if seen.by_class.keys() & media else ():
        source_type = getattr(block.source, "type", None)
        if isinstance(source_type, str) and source_type in SOURCE_TYPE_BETAS:
            _need(
                ctx,
                f"{block_pointer(base, i, j)}/source/type",
                f"`{source_type}` sources",
                SOURCE_TYPE_BETAS[source_type],
            )


def _values(params: Any, base: str, field: str) -> list[tuple[str, Any]]:
    """(pointer, value) at a dotted ``field`` of VALUE_BETAS (``a.b``, ``a.b[].c``)."""
    found: list[tuple[str, Any]] = [(base, params)]
    for part in field.split("."):
        name, many = part.removesuffix("[]"), part.endswith("[]")
        step: list[tuple[str, Any]] = []
        for path, node in found:
            value = None if isinstance(node, (str, list)) else getattr(node, name, None)
            if not is_set(value):
                continue
            if many:
                if isinstance(value, list):
                    step.extend((f"{path}/{name}/{i}", item) for i, item in enumerate(value))
            else:
                step.append((f"{path}/{name}", value))
        found = step
    return found
