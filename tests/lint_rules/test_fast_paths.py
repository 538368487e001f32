"""The conversation pass's flags never hide a problem (``msglint._view``).

Each rule skips its detailed check when the pass's flag for it is down. For generated
conversations (valid and not), running every rule with the flags as computed must report
exactly what it reports with every flag forced up.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import msgspec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import msgtypes
from msglint._decode import _fast
from msglint._relaxed import ORIGINAL
from msglint._view import View
from msglint.engine import Context, run_rules

_PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 16).decode()
_IDS = st.sampled_from(["a", "b", "c"])
_MARK = {"cache_control": {"type": "ephemeral"}}
_CACHE = st.sampled_from([{}, _MARK])
_IMAGE = {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": _PNG}}
_MISLABELED = {"type": "image", "source": {"type": "base64", "media_type": "image/gif", "data": _PNG}}
_CITED = {
    "type": "char_location", "cited_text": "a", "document_index": 0, "document_title": None,
    "start_char_index": 0, "end_char_index": 1,
}
_CITATIONS = st.sampled_from([{}, {"citations": None}, {"citations": []}, {"citations": [_CITED]}])
_SEARCH = {"type": "search_result", "source": "s", "title": "t", "content": [{"type": "text", "text": "r", "citations": [_CITED]}]}
_BLOCK = st.one_of(
    st.builds(
        lambda t, c, cited: {"type": "text", "text": t, **c, **cited},
        st.sampled_from(["x", "", "  ", "y "]), _CACHE, _CITATIONS,
    ),
    st.builds(
        lambda i, c, caller: {"type": "tool_use", "id": i, "name": "f", "input": {"q": 1}, **c, **caller},
        _IDS, _CACHE, st.sampled_from([{}, {"caller": {"type": "direct"}}]),
    ),
    st.builds(
        lambda i, c, inner: {"type": "tool_result", "tool_use_id": i, **c, **inner},
        _IDS, _CACHE, st.sampled_from([{}, {"content": "ok"}, {"content": [_IMAGE]}, {"content": [_SEARCH]},
                                     {"content": [{"type": "text", "text": "t"}, _MISLABELED]},
                                     {"content": [{"type": "text", "text": "", **_MARK}]}]),
    ),
    st.builds(lambda i: {"type": "server_tool_use", "id": i, "name": "web_search", "input": {}}, _IDS),
    st.just({"type": "thinking", "thinking": "hm", "signature": "s"}),
    st.just(_IMAGE),
    st.just({"type": "tool_addition", "tool": {"type": "tool_reference", "name": "f"}}),
)
#: System turns and the turn options (the conversation pass's ``turn_options``).
_TURN_OPTIONS = st.sampled_from(
    [{}, {}, {"clear_at": "never"}, {"output_config": {"effort": "low"}}, {"clear_at": None}]
)
_TURN = st.builds(
    lambda role, content, options: {"role": role, "content": content, **options},
    st.sampled_from(["user", "assistant", "user", "assistant", "system"]),
    st.lists(_BLOCK, max_size=3) | st.sampled_from(["hi", ""]),
    _TURN_OPTIONS,
)
_TOOLS = [{"name": "f", "input_schema": {"type": "object", "properties": {"q": {"type": "string"}}}}]


def _diagnostics(params: Any, *, flags_up: bool) -> list[tuple[str, str, str]]:
    current = View(params, "")
    if flags_up:
        for name in (
            "blank_text", "empty_turn", "misplaced", "unpaired", "callers", "cited", "turn_options"
        ):
            setattr(current, name, True)
        current.nested_kinds = frozenset(
            {msgtypes.ImageBlockParam, msgtypes.DocumentBlockParam, msgtypes.SearchResultBlockParam}
        )
        current.bad_ids = type(params) in ORIGINAL  # the strict types check ids themselves
        current.cache_marks = 99
        current.features = frozenset(
            {"blocks", "tools", "system", "thinking", "metadata", "extras", "misplaced",
             "unpaired", "media", "bad_ids", "turns"}
        )
    ctx = Context("messages", frozenset())
    run_rules(ctx, params, "", current)
    return sorted((d.code, d.path, d.message) for d in ctx.found)


@settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))
@given(turns=st.lists(_TURN, min_size=1, max_size=5), with_tools=st.booleans())
def test_flags_never_hide_a_problem(turns: list[dict[str, Any]], with_tools: bool) -> None:
    body: dict[str, Any] = {"model": "claude-sonnet-4-5", "max_tokens": 5, "messages": turns}
    if with_tools:
        body["tools"] = _TOOLS
    params = _fast(json.dumps(body).encode(), "messages")
    if params is None:
        try:
            params = msgtypes.convert(body, type=msgtypes.MessageCreateParams)
        except msgspec.ValidationError:
            return
    assert _diagnostics(params, flags_up=False) == _diagnostics(params, flags_up=True)


_PLAIN_TURN = st.builds(
    lambda role, content, options: {"role": role, "content": content, **options},
    st.sampled_from(["user", "assistant", "system"]),
    st.sampled_from(["hi", "", " "]),
    _TURN_OPTIONS,
)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(turns=st.lists(_PLAIN_TURN, min_size=1, max_size=5), strict=st.booleans())
def test_the_plain_text_pass_agrees_with_the_full_pass(
    turns: list[dict[str, Any]], strict: bool
) -> None:
    """A conversation of plain-text turns takes a shorter pass; it sets what the full one does."""
    body = {"model": "m", "max_tokens": 5, "messages": turns}
    params: Any = (
        msgtypes.convert(body, type=msgtypes.MessageCreateParams)
        if strict
        else _fast(json.dumps(body).encode(), "messages")
    )
    assert params is not None
    fast = View(params, "")
    full = View(params, "")
    full._walk_typed(params.messages)
    full.features = full._features()
    for name in View.__slots__:
        if name != "_all":
            assert getattr(fast, name) == getattr(full, name), name


def test_flags_are_down_for_a_clean_tool_conversation() -> None:
    turns = [
        {"role": "user", "content": "weather?"},
        {"role": "assistant", "content": [{"type": "text", "text": "checking"},
                                          {"type": "tool_use", "id": "a", "name": "f", "input": {}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "a", "content": "sun"}]},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "b", "name": "f", "input": {}}]},
    ]
    body = {"model": "m", "max_tokens": 5, "messages": turns}
    params = _fast(json.dumps(body).encode(), "messages")
    current = View(params, "")
    assert not (current.blank_text or current.empty_turn or current.misplaced or current.unpaired)
    assert not (current.callers or current.nested_kinds or current.cache_marks)
    assert not (current.bad_ids or current.turn_options)
    assert "turns" not in current.features


def test_a_call_answered_twice_instead_of_two_calls_is_caught() -> None:
    turns = [
        {"role": "user", "content": "go"},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "a", "name": "f", "input": {}},
                                          {"type": "tool_use", "id": "b", "name": "f", "input": {}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "a"},
                                     {"type": "tool_result", "tool_use_id": "a"}]},
    ]
    params = _fast(json.dumps({"model": "m", "max_tokens": 5, "messages": turns}).encode(), "messages")
    assert ("E211", "/messages/1/content/1", "tool_use 'b' has no tool_result in the next turn") in (
        _diagnostics(params, flags_up=False)
    )


