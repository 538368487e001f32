"""MessageAccumulator / accumulate: the final Message out of stream events (issue: fast decoding).

The recorded streams are accumulated by us and by the official SDK's own MessageStream (over an
httpx MockTransport, same bytes) and compared field by field.
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import msgtypes
from msgtypes.streaming import (
    AccumulatorError,
    MessageAccumulator,
    ToolInputError,
    accumulate,
    iter_events,
)

FIXTURES = Path(__file__).parent / "fixtures" / "sdk-streams"
STREAMS = {
    p.name: p.read_bytes().rstrip(b"\n") + b"\n\n"
    for p in sorted([*FIXTURES.glob("*.txt"), *FIXTURES.glob("*.sse")])
}


def sdk_final_message(stream: bytes) -> Any:
    """The official SDK's accumulated message for the same bytes."""
    import anthropic

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=stream)

    client = anthropic.Anthropic(
        api_key="test",
        base_url="http://sdk.invalid",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        max_retries=0,
    )
    with client.messages.stream(
        model="m", max_tokens=1, messages=[{"role": "user", "content": "x"}]
    ) as stream_:
        return stream_.get_final_message()


def compare(ours: Any, theirs: Any, path: str = "$") -> None:
    """Every field our Structs define equals the SDK's value (missing there means default)."""
    if isinstance(ours, msgtypes.Unknown):
        dumped = theirs.model_dump()
        for key, value in ours.items():
            assert dumped.get(key) == value, f"{path}.{key}"
        # The SDK builds unknown blocks as TextBlocks: its extra keys are its own empty fields.
        assert all(dumped[k] is None for k in dumped.keys() - ours.keys()), path
    elif isinstance(ours, msgspec.Struct):
        for field in ours.__struct_fields__:
            mine = getattr(ours, field)
            if not hasattr(theirs, field):
                # fields newer than anthropic 0.75.0 (which drops them) must be set from the
                # stream; the others the SDK lacks must stay unset
                newer = f"{path}.{field}".startswith(NEWER_THAN_0_75)
                assert mine is None or newer, f"{path}.{field}"
                continue
            compare(mine, getattr(theirs, field), f"{path}.{field}")
    elif isinstance(ours, list):
        assert isinstance(theirs, list) and len(ours) == len(theirs), path
        for i, (a, b) in enumerate(zip(ours, theirs, strict=True)):
            compare(a, b, f"{path}[{i}]")
    else:
        assert ours == theirs, path


# -- the recorded streams against the SDK ------------------------------------------------------

#: What anthropic 2.x accumulates from ``message_delta`` and 0.75.0 does not know (or knows
#: only in part): the fields at and under these paths.
NEWER_THAN_0_75 = (
    "$.stop_details",
    "$.input_transformations",
    "$.usage.fallback_credit",
    "$.usage.iterations",
    "$.usage.output_tokens_details",
)

SAME_AS_SDK = [
    "basic_response.txt",
    "fallback_credit_response.txt",
    "refusal_response.txt",
    "stream-a-refusal.sse",
    "stream-a-toolrefusal.sse",
    "stream-b-fallback.sse",
    "tool_use_response.txt",
]


@pytest.mark.parametrize("name", SAME_AS_SDK)
def test_fixture_matches_sdk_field_by_field(name: str) -> None:
    stream = STREAMS[name]
    ours = accumulate(iter_events([stream]))
    compare(ours, sdk_final_message(stream))


def test_all_fixtures_are_covered() -> None:
    assert set(SAME_AS_SDK) | {
        "compaction_response.txt",
        "fallback_response.txt",
        "incomplete_partial_json_response.txt",
    } == (set(STREAMS))


def test_compaction_delta_fills_the_compaction_block() -> None:
    stream = STREAMS["compaction_response.txt"]
    acc = MessageAccumulator()
    for event in iter_events([stream]):
        acc.add(event)
    ours = acc.message
    block = ours.content[0]
    assert block == msgtypes.CompactionBlock(
        content="Earlier conversation summarized.",
        encrypted_content="EpwBCioIDxgCEAEYASJALd_opaque_compaction_payload",
    )
    assert acc.unapplied == []
    # Everything else is what the SDK (0.75.0, which predates compaction) gives.
    theirs = sdk_final_message(stream)
    assert theirs.content[0].model_dump()["content"] is None
    compare(msgspec.structs.replace(ours, content=ours.content[1:]), _without_first(theirs))
    # The block goes back to the API unchanged in the next turn.
    param = ours.to_param().content[0]
    assert isinstance(param, msgtypes.CompactionBlockParam)
    assert msgtypes.encode(param) == msgtypes.encode(block)


def test_fallback_block_is_kept_typed() -> None:
    stream = STREAMS["fallback_response.txt"]
    ours = accumulate(iter_events([stream]))
    block = ours.content[0]
    assert isinstance(block, msgtypes.FallbackBlock)
    assert block.from_.model == "claude-opus-4-7"
    # The rest is what the SDK (0.75.0, which predates fallback blocks) gives.
    compare(
        msgspec.structs.replace(ours, content=ours.content[1:]),
        _without_first(sdk_final_message(stream)),
    )
    param = ours.to_param().content[0]
    assert isinstance(param, msgtypes.FallbackBlockParam)
    assert msgspec.json.decode(msgtypes.encode(param))["from"] == {"model": "claude-opus-4-7"}


def _without_first(message: Any) -> Any:
    return message.model_copy(update={"content": message.content[1:]})


def test_tool_input_cut_by_max_tokens_is_not_invented() -> None:
    """The SDK parses the half-streamed JSON into an input; we keep what the API sent."""
    stream = STREAMS["incomplete_partial_json_response.txt"]
    acc = MessageAccumulator()
    for event in iter_events([stream]):
        acc.add(event)
    ours = acc.message
    assert ours.stop_reason == "max_tokens"
    tool = ours.content[1]
    assert isinstance(tool, msgtypes.ToolUseBlock)
    assert tool.input == {}
    assert acc.open_blocks == [1]
    partial = acc.partial_json(1)
    assert partial is not None and partial.startswith('{"filename": "taxes.txt"')
    with pytest.raises(msgspec.DecodeError):
        msgspec.json.decode(partial)
    theirs = sdk_final_message(stream)
    assert theirs.content[1].input["filename"] == "taxes.txt"  # a guess built from a fragment
    compare(msgspec.structs.replace(ours, content=ours.content[:1]), _first_only(theirs))


def _first_only(message: Any) -> Any:
    return message.model_copy(update={"content": message.content[:1]})


# -- building streams from messages -------------------------------------------------------------


def _pieces(text: str, cuts: list[int]) -> list[str]:
    points = sorted({0, len(text), *(c % (len(text) + 1) for c in cuts)})
    return [text[a:b] for a, b in itertools.pairwise(points)]


def events_for(message: dict[str, Any], cuts: list[int]) -> Iterator[dict[str, Any]]:
    """The events the API would stream for ``message`` (a JSON dict), deltas cut at ``cuts``."""
    usage = message["usage"]
    shell = dict(message, content=[], stop_reason=None, stop_sequence=None)
    shell["usage"] = {"input_tokens": usage["input_tokens"], "output_tokens": 1}
    yield {"type": "message_start", "message": shell}
    for index, block in enumerate(message["content"]):
        kind = block["type"]
        start = dict(block)
        if kind == "text":
            start.update(text="")
            start.pop("citations", None)
        elif kind == "thinking":
            start.update(thinking="", signature="")
        elif kind in ("tool_use", "server_tool_use", "mcp_tool_use"):
            start["input"] = {}
        yield {"type": "content_block_start", "index": index, "content_block": start}

        def delta(body: dict[str, Any], index: int = index) -> dict[str, Any]:
            return {"type": "content_block_delta", "index": index, "delta": body}

        if kind == "text":
            for piece in _pieces(block["text"], cuts):
                yield delta({"type": "text_delta", "text": piece})
            for citation in block.get("citations") or []:
                yield delta({"type": "citations_delta", "citation": citation})
        elif kind == "thinking":
            for piece in _pieces(block["thinking"], cuts):
                yield delta({"type": "thinking_delta", "thinking": piece})
            yield delta({"type": "signature_delta", "signature": block["signature"]})
        elif kind in ("tool_use", "server_tool_use", "mcp_tool_use"):
            yield delta({"type": "input_json_delta", "partial_json": ""})
            for piece in _pieces(json.dumps(block["input"]), cuts):
                yield delta({"type": "input_json_delta", "partial_json": piece})
        yield {"type": "content_block_stop", "index": index}
    yield {
        "type": "message_delta",
        "delta": {"stop_reason": message["stop_reason"], "stop_sequence": None},
        "usage": {"output_tokens": usage["output_tokens"]},
    }
    yield {"type": "message_stop"}


def typed(events: Iterator[dict[str, Any]]) -> list[Any]:
    return [msgtypes.convert(e, type=msgtypes.MessageStreamEvent) for e in events]


def sse_bytes(events: Iterator[dict[str, Any]]) -> bytes:
    return b"".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n".encode() for e in events)


_text = st.text(min_size=0, max_size=40)
_json = st.recursive(
    st.none() | st.booleans() | st.integers(-1000, 1000) | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=10,
)
_citation = st.builds(
    lambda cited, idx: {
        "type": "char_location",
        "cited_text": cited,
        "document_index": idx,
        "document_title": None,
        "start_char_index": 0,
        "end_char_index": len(cited),
    },
    _text,
    st.integers(0, 5),
)
_blocks = st.one_of(
    st.builds(
        lambda t, c: {"type": "text", "text": t, **({"citations": c} if c else {})},
        _text,
        st.lists(_citation, max_size=2),
    ),
    st.builds(
        lambda t, s: {"type": "thinking", "thinking": t, "signature": s},
        _text,
        st.text(min_size=1, max_size=20),
    ),
    st.builds(
        lambda i, n, inp: {"type": "tool_use", "id": f"toolu_{i}", "name": n, "input": inp},
        st.integers(0, 99),
        st.sampled_from(["get_weather", "search"]),
        st.dictionaries(st.text(max_size=6), _json, max_size=4),
    ),
    st.builds(
        lambda q: {
            "type": "server_tool_use",
            "id": "srvtoolu_1",
            "name": "web_search",
            "input": {"query": q},
        },
        _text,
    ),
    st.builds(lambda d: {"type": "redacted_thinking", "data": d}, st.text(min_size=1, max_size=10)),
    st.just(
        {
            "type": "web_search_tool_result",
            "tool_use_id": "srvtoolu_1",
            "content": {"type": "web_search_tool_result_error", "error_code": "unavailable"},
        }
    ),
    st.builds(lambda v: {"type": "hologram", "payload": v}, _json),
)
_messages = st.builds(
    lambda blocks, stop, tokens: {
        "id": "msg_h",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-5",
        "content": blocks,
        "stop_reason": stop,
        "stop_sequence": None,
        "usage": {"input_tokens": tokens, "output_tokens": tokens + 1},
    },
    st.lists(_blocks, max_size=6),
    st.sampled_from(["end_turn", "tool_use", "max_tokens"]),
    st.integers(0, 10_000),
)


@settings(max_examples=200, deadline=None)
@given(_messages, st.lists(st.integers(0, 200), max_size=8))
def test_accumulate_rebuilds_any_message(message: dict[str, Any], cuts: list[int]) -> None:
    expected = msgtypes.decode(json.dumps(message).encode(), type=msgtypes.Message)
    assert accumulate(typed(events_for(message, cuts))) == expected


@settings(max_examples=60, deadline=None)
@given(_messages, st.lists(st.integers(0, 200), max_size=8), st.integers(1, 97))
def test_accumulate_from_bytes_in_any_chunks(
    message: dict[str, Any], cuts: list[int], size: int
) -> None:
    expected = msgtypes.decode(json.dumps(message).encode(), type=msgtypes.Message)
    stream = sse_bytes(events_for(message, cuts))
    chunks = [stream[i : i + size] for i in range(0, len(stream), size)]
    assert accumulate(iter_events(chunks)) == expected


@settings(max_examples=60, deadline=None)
@given(_messages, st.lists(st.integers(0, 200), max_size=8))
def test_snapshots_are_consistent_copies(message: dict[str, Any], cuts: list[int]) -> None:
    events = typed(events_for(message, cuts))
    acc = MessageAccumulator()
    taken = []
    for event in events:
        acc.add(event)
        snap = acc.snapshot()
        taken.append((snap, msgtypes.encode(snap)))
    for snap, frozen in taken:
        assert msgtypes.encode(snap) == frozen  # later events changed nothing
    assert taken[-1][0] == acc.message
    texts = [b.text for b in acc.message.content if isinstance(b, msgtypes.TextBlock)]
    assert acc.text == "".join(texts)


# -- rules, one by one ------------------------------------------------------------------------


def start_event(**message: Any) -> dict[str, Any]:
    shell = {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-5",
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {"input_tokens": 10, "output_tokens": 1, "cache_read_input_tokens": 4},
        **message,
    }
    return {"type": "message_start", "message": shell}


def block(index: int, content: dict[str, Any]) -> dict[str, Any]:
    return {"type": "content_block_start", "index": index, "content_block": content}


def delta(index: int, body: dict[str, Any]) -> dict[str, Any]:
    return {"type": "content_block_delta", "index": index, "delta": body}


def stop(index: int) -> dict[str, Any]:
    return {"type": "content_block_stop", "index": index}


def feed(*events: dict[str, Any]) -> MessageAccumulator:
    acc = MessageAccumulator()
    for event in typed(iter(events)):
        acc.add(event)
    return acc


TOOL = {"type": "tool_use", "id": "toolu_1", "name": "f", "input": {}}


@pytest.mark.parametrize("raw", ['{"a": 1', '{"a": 1}}', "[1, 2]", '"text"', "{'a': 1}"])
def test_bad_tool_json_at_stop_raises(raw: str) -> None:
    acc = feed(
        start_event(), block(0, TOOL), delta(0, {"type": "input_json_delta", "partial_json": raw})
    )
    with pytest.raises(ToolInputError) as info:
        acc.add(msgtypes.RawContentBlockStopEvent(index=0))
    err = info.value
    assert err.index == 0 and err.block_id == "toolu_1" and err.partial_json == raw
    assert "toolu_1" in str(err)
    assert acc.open_blocks == [0]  # the block is not passed off as finished
    assert acc.snapshot().content[0] == msgtypes.ToolUseBlock(id="toolu_1", name="f", input={})


@pytest.mark.parametrize("kind", ["tool_use", "server_tool_use", "mcp_tool_use"])
def test_tool_input_parsed_at_stop_for_every_tool_block(kind: str) -> None:
    content: dict[str, Any] = {"type": kind, "id": "t1", "name": "web_search", "input": {}}
    if kind == "mcp_tool_use":
        content["server_name"] = "srv"
    acc = feed(
        start_event(),
        block(0, content),
        delta(0, {"type": "input_json_delta", "partial_json": '{"query": "ec'}),
        delta(0, {"type": "input_json_delta", "partial_json": 'lipse", "n": [1, 2]}'}),
    )
    assert acc.partial_json(0) == '{"query": "eclipse", "n": [1, 2]}'
    assert getattr(acc.snapshot().content[0], "input") == {}  # noqa: B009
    acc.add(msgtypes.RawContentBlockStopEvent(index=0))
    assert getattr(acc.snapshot().content[0], "input") == {"query": "eclipse", "n": [1, 2]}  # noqa: B009
    assert acc.partial_json(0) is None


def test_stream_cut_mid_tool_input() -> None:
    events = typed(
        iter(
            [
                start_event(),
                block(0, TOOL),
                delta(0, {"type": "input_json_delta", "partial_json": '{"city": "Par'}),
            ]
        )
    )
    with pytest.raises(msgtypes.IncompleteStreamError):
        accumulate(events)
    acc = MessageAccumulator()
    for event in events:
        acc.add(event)
    assert not acc.complete
    with pytest.raises(msgtypes.IncompleteStreamError):
        acc.message  # noqa: B018
    assert acc.snapshot().content[0] == msgtypes.ToolUseBlock(id="toolu_1", name="f", input={})
    assert acc.partial_json(0) == '{"city": "Par'


def test_message_delta_merges_usage_and_sets_the_rest() -> None:
    acc = feed(
        start_event(),
        {
            "type": "message_delta",
            "delta": {
                "stop_reason": "pause_turn",
                "stop_sequence": None,
                "container": {"id": "cont_1", "expires_at": "2025-11-01T00:00:00Z"},
            },
            "usage": {
                "output_tokens": 77,
                "input_tokens": None,
                "cache_creation_input_tokens": 5,
                "server_tool_use": {"web_search_requests": 2},
            },
            "context_management": {
                "applied_edits": [
                    {
                        "type": "clear_tool_uses_20250919",
                        "cleared_input_tokens": 100,
                        "cleared_tool_uses": 2,
                    }
                ]
            },
        },
        {"type": "message_stop"},
    )
    message = acc.message
    assert message.stop_reason == "pause_turn"
    assert message.usage.output_tokens == 77
    assert message.usage.input_tokens == 10  # null in the delta: kept
    assert message.usage.cache_read_input_tokens == 4  # absent: kept
    assert message.usage.cache_creation_input_tokens == 5
    assert message.usage.server_tool_use == msgtypes.ServerToolUsage(web_search_requests=2)
    assert message.container is not None and message.container.id == "cont_1"
    assert message.context_management is not None
    assert message.context_management.applied_edits[0].cleared_tool_uses == 2  # type: ignore[union-attr]


def test_later_message_delta_keeps_container() -> None:
    container = {"id": "cont_1", "expires_at": "2025-11-01T00:00:00Z"}
    acc = feed(
        start_event(container=container),
        {
            "type": "message_delta",
            "delta": {"stop_reason": "end_turn", "stop_sequence": "###"},
            "usage": {"output_tokens": 3},
        },
    )
    message = acc.snapshot()
    assert message.container is not None and message.stop_sequence == "###"


def test_thinking_and_signature() -> None:
    acc = feed(
        start_event(),
        block(0, {"type": "thinking", "thinking": "", "signature": ""}),
        delta(0, {"type": "thinking_delta", "thinking": "Let me "}),
        delta(0, {"type": "thinking_delta", "thinking": "think."}),
        delta(0, {"type": "signature_delta", "signature": "sig-1"}),
        delta(0, {"type": "signature_delta", "signature": "sig-2"}),
        stop(0),
    )
    assert acc.snapshot().content == [
        msgtypes.ThinkingBlock(thinking="Let me think.", signature="sig-2")
    ]


def test_citations_delta_appends() -> None:
    citation = {
        "type": "web_search_result_location",
        "cited_text": "x",
        "encrypted_index": "e",
        "title": None,
        "url": "https://example.com",
    }
    acc = feed(
        start_event(),
        block(0, {"type": "text", "text": "", "citations": None}),
        delta(0, {"type": "citations_delta", "citation": citation}),
        delta(0, {"type": "text_delta", "text": "cited"}),
        delta(0, {"type": "citations_delta", "citation": dict(citation, cited_text="y")}),
        stop(0),
    )
    final = acc.snapshot().content[0]
    assert isinstance(final, msgtypes.TextBlock) and final.text == "cited"
    assert [c.cited_text for c in final.citations or []] == ["x", "y"]  # type: ignore[union-attr]


CITATION = {
    "type": "char_location",
    "cited_text": "q",
    "document_index": 0,
    "document_title": None,
    "start_char_index": 0,
    "end_char_index": 1,
}


def test_unknown_blocks_merge_deltas_by_field() -> None:
    acc = feed(
        start_event(),
        block(0, {"type": "widget", "text": "a", "parts": [1], "state": None, "keep": "k"}),
        delta(0, {"type": "widget_delta", "text": "b", "parts": [2], "state": {"on": True}}),
        delta(0, {"type": "widget_delta", "text": "c", "state": "done", "extra": 5}),
        delta(0, {"type": "text_delta", "text": "d"}),
        delta(0, {"type": "signature_delta", "signature": "s"}),
        delta(
            0,
            {
                "type": "citations_delta",
                "citation": CITATION,
            },
        ),
    )
    middle = acc.snapshot().content[0]
    acc.add(msgtypes.RawContentBlockStopEvent(index=0))
    final = acc.snapshot().content[0]
    assert middle == final
    assert final == {
        "type": "widget",
        "text": "abcd",
        "parts": [1, 2],
        "state": "done",
        "keep": "k",
        "extra": 5,
        "signature": "s",
        "citations": [
            {  # the typed citation's null document_title is its default: not written out
                "type": "char_location",
                "cited_text": "q",
                "document_index": 0,
                "start_char_index": 0,
                "end_char_index": 1,
            }
        ],
    }
    assert acc.unapplied == []


def test_unknown_tool_like_block_gets_its_input() -> None:
    acc = feed(
        start_event(),
        block(0, {"type": "robot_tool_use", "id": "r1", "input": {}}),
        delta(0, {"type": "input_json_delta", "partial_json": '{"arm": '}),
        delta(0, {"type": "input_json_delta", "partial_json": '"left"}'}),
        stop(0),
    )
    assert acc.snapshot().content[0] == {
        "type": "robot_tool_use",
        "id": "r1",
        "input": {"arm": "left"},
    }
    broken = feed(
        start_event(),
        block(0, {"type": "robot_tool_use", "id": "r2", "input": {}}),
        delta(0, {"type": "input_json_delta", "partial_json": '{"arm": '}),
    )
    with pytest.raises(ToolInputError, match="r2"):
        broken.add(msgtypes.RawContentBlockStopEvent(index=0))


def test_what_cannot_be_applied_is_kept_in_unapplied() -> None:
    events = [
        start_event(),
        block(0, {"type": "text", "text": ""}),
        block(1, TOOL),
        delta(0, {"type": "input_json_delta", "partial_json": "{}"}),  # JSON on text
        delta(1, {"type": "text_delta", "text": "x"}),  # text on a tool
        delta(0, {"type": "sparkle_delta", "glitter": 1}),  # unknown delta, known block
        delta(7, {"type": "text_delta", "text": "lost?"}),  # no such block
        stop(9),  # never started
        {"type": "telemetry", "tokens_per_second": 90},  # unknown event
        block(2, {"type": "redacted_thinking", "data": "abc"}),
        delta(2, {"type": "thinking_delta", "thinking": "no"}),
        stop(0),
        stop(0),  # stopped twice
    ]
    acc = feed(*events)
    kinds = [
        getattr(e, "type", None)
        if not isinstance(e, msgtypes.RawContentBlockDeltaEvent)
        else e.delta.type
        for e in acc.unapplied
    ]
    assert kinds == [
        "input_json_delta",
        "text_delta",
        "sparkle_delta",
        "text_delta",
        "content_block_stop",
        "telemetry",
        "thinking_delta",
        "content_block_stop",
    ]
    content = acc.snapshot().content
    assert content[0] == msgtypes.TextBlock(text="")
    assert content[2] == msgtypes.RedactedThinkingBlock(data="abc")


def test_order_errors() -> None:
    acc = MessageAccumulator()
    with pytest.raises(AccumulatorError, match="before message_start"):
        acc.add(msgtypes.RawContentBlockStopEvent(index=0))
    with pytest.raises(AccumulatorError):
        acc.snapshot()
    acc.add(msgtypes.PingEvent())  # harmless anywhere
    acc.add(typed(iter([start_event()]))[0])
    with pytest.raises(AccumulatorError, match="second message_start"):
        acc.add(typed(iter([start_event()]))[0])


def test_error_body_raises() -> None:
    acc = feed(start_event())
    body = msgtypes.decode(
        b'{"type":"error","error":{"type":"rate_limit_error","message":"slow down"}}',
        type=msgtypes.ErrorResponse,
    )
    with pytest.raises(msgtypes.RateLimitError, match="slow down"):
        acc.add(body)


def test_snapshot_does_not_share_mutable_parts() -> None:
    acc = feed(start_event(), block(0, {"type": "text", "text": "a"}))
    first = acc.snapshot()
    first.usage.output_tokens = 999
    first.content.append(msgtypes.TextBlock(text="mine"))
    acc.add(typed(iter([delta(0, {"type": "text_delta", "text": "b"})]))[0])
    second = acc.snapshot()
    assert second.usage.output_tokens == 1
    assert second.content == [msgtypes.TextBlock(text="ab")]
    assert first.content[0] == msgtypes.TextBlock(text="a")
    assert acc.text == "ab"


def test_message_start_with_content_keeps_it() -> None:
    acc = feed(
        start_event(content=[{"type": "text", "text": "prefilled "}]),
        block(1, {"type": "text", "text": ""}),
        delta(1, {"type": "text_delta", "text": "answer"}),
        stop(1),
        {"type": "message_stop"},
    )
    assert acc.text == "prefilled answer"
    assert len(acc.message.content) == 2


# -- bounds (issue 9) -------------------------------------------------------------------------


def test_snapshots_of_an_unknown_block_do_not_change_when_its_lists_grow() -> None:
    acc = feed(
        start_event(),
        block(0, {"type": "widget", "parts": [1]}),
        delta(0, {"type": "widget_delta", "parts": [2]}),
    )
    first = acc.snapshot().content[0]
    acc.add(typed(iter([delta(0, {"type": "widget_delta", "parts": [3]})]))[0])
    second = acc.snapshot().content[0]
    acc.add(typed(iter([delta(0, {"type": "widget_delta", "parts": [4]})]))[0])
    assert first == {"type": "widget", "parts": [1, 2]}
    assert second == {"type": "widget", "parts": [1, 2, 3]}
    assert acc.snapshot().content[0] == {"type": "widget", "parts": [1, 2, 3, 4]}


def test_merging_many_deltas_into_an_unknown_block_is_linear() -> None:
    # 60,000 list and citation deltas: about 0.3 s when merging is linear; copying the list
    # at every delta (the bug) took over 15 s. The bound leaves room for a loaded machine.
    n = 30_000
    events = typed(
        iter(
            [
                start_event(),
                block(0, {"type": "widget", "parts": []}),
                delta(0, {"type": "widget_delta", "parts": [1]}),
                delta(0, {"type": "citations_delta", "citation": CITATION}),
            ]
        )
    )
    events = events[:2] + events[2:] * n + typed(iter([stop(0), {"type": "message_stop"}]))
    started = time.perf_counter()
    final = accumulate(events)
    elapsed = time.perf_counter() - started
    widget = final.content[0]
    assert isinstance(widget, msgtypes.Unknown)
    assert len(widget["parts"]) == len(widget["citations"]) == n
    assert elapsed < 5.0, f"{2 * n} deltas took {elapsed:.1f} s"
