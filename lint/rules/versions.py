"""Rules that exist because of the API version: what ``anthropic-version`` removes or rejects.

The rules read the versions table (:data:`msgtypes.versions.VERSION_CHANGES`): each change
names its place in a small path notation (``temperature``,
``messages[role=user].content[type=text].citations``), and :func:`places` finds every value
of a request at such a place. A change added to the table is linted with no code here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, get_args

import msgtypes as m
from msgtypes import UNSET, versions
from msgtypes.versions import API_VERSIONS, VersionChange

from ..engine import Context, semantic_rule
from . import register
from ._helpers import block_pointer, is_set

__all__ = ["places", "removed_fields", "version_flag"]


@register("E300", "removed-in-api-version")
def _removed() -> None:
    """## What it does
    Checks for request fields the API version no longer accepts: `temperature`, `top_p` and
    `top_k` are gone on `2026-10-21`, even at their default values.

    ## Why is this bad?
    The API answers 400 `invalid_request_error`. Upgrading an SDK across a major version
    switches every request to the new version at once, so code that worked yesterday breaks.

    ## Example
    ```json
    {"model": "claude-sonnet-5-5", "max_tokens": 1024, "temperature": 0.2, "messages": [...]}
    ```
    sent with `anthropic-version: 2026-10-21`.

    ## Use instead
    Remove the field and steer the output with the system prompt and `output_config.effort`,
    or keep the request on the older version (`msglint --api-version 2023-06-01`).
    """


@register("E301", "rejected-in-api-version")
def _rejected() -> None:
    """## What it does
    Checks for shapes the API version rejects although older versions took them: on
    `2026-10-21`, a `document` block directly in an assistant turn, and non-empty `citations`
    on a text block of a user turn (directly, or inside a `search_result` block).

    ## Why is this bad?
    The API answers 400 `invalid_request_error` on that version.

    ## Example
    ```json
    {"role": "assistant", "content": [{"type": "document", "source": {...}}]}
    ```

    ## Use instead
    Move documents into user turns; drop `citations` from user text blocks (citations on
    assistant text, and `"citations": {"enabled": true}` on documents, are still accepted).
    """


@register("W302", "deprecated-in-api-version", severity="warning")
def _deprecated() -> None:
    """## What it does
    Warns about fields the API still accepts on the version but the SDKs that send it no
    longer offer, such as `output_format` (replaced by `output_config.format`).

    ## Why is this bad?
    The field is on its way out: the current SDKs cannot send it and a later version or
    model may reject it.

    ## Example
    ```json
    {"output_format": {"type": "json_schema", "schema": {...}}}
    ```

    ## Use instead
    ```json
    {"output_config": {"format": {"type": "json_schema", "schema": {...}}}}
    ```
    """


_CODES = {"removed": "E300", "rejected": "E301", "deprecated": "W302"}
_SEGMENT = re.compile(r"([a-z_]+)(?:\[([a-z_]+)=([a-z_]+)\])?")


@lru_cache(maxsize=64)
def _segments(where: str) -> tuple[tuple[str, str | None, str | None], ...]:
    found = []
    for part in where.split("."):
        match = _SEGMENT.fullmatch(part)
        if match is None:
            raise ValueError(f"bad place {where!r} in the versions table")
        found.append((match.group(1), match.group(2), match.group(3)))
    return tuple(found)


def places(node: Any, where: str, pointer: str = "") -> list[tuple[str, Any]]:
    """(JSON Pointer, value) of every value of ``node`` at place ``where`` (the versions
    table's notation); a list-valued last field counts only when it is not empty."""
    found: list[tuple[str, Any]] = []
    _walk(node, _segments(where), pointer, found)
    return found


def _walk(node: Any, segments: tuple[Any, ...], pointer: str, found: list[Any]) -> None:
    (name, key, wanted), rest = segments[0], segments[1:]
    value = getattr(node, name, None)
    if not is_set(value):
        return
    here = f"{pointer}/{name}"
    if key is None:
        if rest:
            _walk(value, rest, here, found)
        elif value != []:
            found.append((here, value))
        return
    if not isinstance(value, list):
        return
    for i, item in enumerate(value):
        if getattr(item, key, None) == wanted:
            if rest:
                _walk(item, rest, f"{here}/{i}", found)
            else:
                found.append((f"{here}/{i}", item))


def version_flag(version: str) -> str:
    """The command-line option that lints for the version before ``version`` (or after it)."""
    index = API_VERSIONS.index(version)
    other = API_VERSIONS[index - 1] if index else API_VERSIONS[-1]
    return f"--api-version {other}"


@lru_cache(maxsize=32)
def removed_fields(version: str, body: versions.Body = "messages") -> frozenset[str]:
    """Top-level fields that ``version`` no longer accepts (for rules that would otherwise
    report a second problem with the same field)."""
    return frozenset(c.where for c in versions.changes(version, body) if c.kind == "removed")


def _what(change: VersionChange, place: str) -> str:
    if change.kind == "removed":
        return f"{place} is not accepted on API version {change.version}"
    if change.kind == "deprecated":
        return f"{place} is deprecated on API version {change.version}"
    return f"{change.what} on API version {change.version}"


#: A change under a block: (the rest of its place after the block, that rest's first field,
#: the (key, value) that field's items must have when it is a filtered list, the change).
_Under = tuple[str, str, "tuple[str, str] | None", VersionChange]


class _Plan:
    """The changes in force for one (version, body), sorted for one cheap pass: top-level
    fields are single lookups; changes under ``messages[role=R].content[type=T]`` are looked
    for in the blocks the conversation pass files by class; any other place takes
    :func:`places`."""

    def __init__(self, changes: tuple[VersionChange, ...]) -> None:
        self.fields: list[tuple[str, VersionChange]] = []
        #: (block class, role, the changes under blocks of that class in turns of that role)
        self.blocks: list[tuple[type, str, list[_Under]]] = []
        self.other: list[VersionChange] = []
        under: dict[tuple[type, str], list[_Under]] = {}
        for change in changes:
            segments = _segments(change.where)
            if len(segments) == 1 and segments[0][1] is None:
                self.fields.append((segments[0][0], change))
            elif (
                len(segments) >= 2
                and segments[0][:2] == ("messages", "role")
                and segments[1][:2] == ("content", "type")
            ):
                role, kind = str(segments[0][2]), str(segments[1][2])
                cls = _CLASS_OF.get(kind)
                if cls is None:
                    raise ValueError(f"unknown block type in the versions table: {change.where}")
                rest = change.where.split(".", 2)[2] if len(segments) > 2 else ""
                first = segments[2][0] if len(segments) > 2 else ""
                step = None
                if len(segments) > 2 and segments[2][1]:
                    step = (str(segments[2][1]), str(segments[2][2]))
                under.setdefault((cls, role), []).append((rest, first, step, change))
            else:
                self.other.append(change)
        self.blocks = [(cls, role, wanted) for (cls, role), wanted in under.items()]
        self._blocks_for: dict[
            tuple[frozenset[type], bool], list[tuple[type, str, list[_Under]]]
        ] = {}

    def blocks_for(
        self, nested: frozenset[type], cited: bool
    ) -> list[tuple[type, str, list[_Under]]]:
        """:attr:`blocks` for a conversation whose tool_results' lists hold blocks of the
        classes ``nested`` and whose text blocks have citations (``cited``): a change under a
        kind of block that is absent has nothing to look at (and the text and tool_result
        blocks, which the conversation pass files only when a rule asks, are not filed for
        nothing)."""
        found = self._blocks_for.get((nested, cited))
        if found is None:
            found = [
                (cls, role, left)
                for cls, role, wanted in self.blocks
                if (left := [c for c in wanted if _may_hold(cls, c, nested, cited)])
            ]
            if len(self._blocks_for) < _MAX_PLANS:  # (a hostile batch could vary the kinds)
                self._blocks_for[(nested, cited)] = found
        return found


#: Most (nested kinds, cited) variants of a plan remembered.
_MAX_PLANS = 256


def _may_hold(cls: type, change: _Under, nested: frozenset[type], cited: bool) -> bool:
    """Whether blocks of class ``cls`` may hold what ``change`` is about (see blocks_for)."""
    _, first, step, _ = change
    if cls is m.TextBlockParam and first == "citations":
        return cited
    if cls is m.ToolResultBlockParam and first == "content":
        if step is None or step[0] != "type":
            return bool(nested)
        inner = _CLASS_OF.get(step[1])
        return inner is None or inner in nested
    return True


@lru_cache(maxsize=32)
def _plan(version: str, endpoint: str) -> tuple[_Plan, str]:
    body: versions.Body = (
        "batch"
        if endpoint in ("batch", "batch-jsonl")
        else "count_tokens"
        if endpoint == "count_tokens"
        else "messages"
    )
    return _Plan(versions.changes(version, body)), version_flag(version)


@semantic_rule("messages")
def check_version_changes(ctx: Context, params: Any, base: str) -> None:
    """Every change of the versions table in force on the request's version."""
    plan, flag = _plan(ctx.api_version, ctx.endpoint)
    unset = UNSET
    for name, change in plan.fields:
        value = getattr(params, name, unset)
        if value is not unset and value is not None:
            _report(ctx, change, f"{base}/{name}", name, flag)
    for change in plan.other:
        for pointer, _ in places(params, change.where, base):
            _report(ctx, change, pointer, pointer.rsplit("/", 1)[-1], flag)
    if plan.blocks:
        _check_blocks(ctx, base, plan, flag)


#: Block type -> request block class (to find blocks the conversation pass has filed).
_CLASS_OF: dict[str, type] = {
    getattr(cls, "type", ""): cls for cls in get_args(m.ContentBlockParam)
}


def _check_blocks(ctx: Context, base: str, plan: _Plan, flag: str) -> None:
    """The changes under ``messages[role=R].content[type=T]``, in the blocks of class T that
    the conversation pass files (text and tool_result blocks only when one may hold
    something: see :meth:`_Plan.blocks_for`)."""
    seen = ctx.view
    for cls, role, wanted in plan.blocks_for(seen.nested_kinds, seen.cited):
        for i, turn, j, block in seen.entries(cls):
            if getattr(turn, "role", None) == role:
                _at(ctx, block, (base, i, j), wanted, flag)


def _at(
    ctx: Context,
    block: Any,
    where: tuple[str, int, int],
    wanted: list[_Under],
    flag: str,
) -> None:
    """The changes ``wanted`` under one block (``where``: the request's pointer, the turn's and
    the block's index). A filtered list is first looked over for an item of the wanted kind:
    the usual tool_result holds none, and is then done without building a pointer."""
    for rest, first, step, change in wanted:
        if not rest:
            here = block_pointer(*where)
            _report(ctx, change, here, here.rsplit("/", 1)[-1], flag)
            continue
        value = getattr(block, first, None)
        if not is_set(value) or value == [] or type(value) is str:
            continue
        if step is not None:
            key, kind = step
            if type(value) is not list or not any(
                getattr(item, key, None) == kind for item in value
            ):
                continue
        here = block_pointer(*where)
        if rest == first:
            _report(ctx, change, f"{here}/{rest}", rest, flag)
        else:
            for pointer, _ in places(block, rest, here):
                _report(ctx, change, pointer, pointer.rsplit("/", 1)[-1], flag)


def _report(ctx: Context, change: VersionChange, pointer: str, label: str, flag: str) -> None:
    ctx.report(
        _CODES[change.kind],
        pointer,
        f"{_what(change, label)} ({flag} to lint for the older version)",
        hint=change.fix,
    )
