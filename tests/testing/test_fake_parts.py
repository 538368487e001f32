"""The fake's parts on their own: stream writer, locations, pagination, tokens, echo, batches."""

from __future__ import annotations

import json
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msgtypes import (
    BatchCreateParams,
    Message,
    MessageBatchSucceededResult,
    MessageCreateParams,
    RawMessageStreamEvent,
    convert,
    decode,
)
from msgtypes.testing import ManualClock, echo_reply, sample_from_schema
from msgtypes.testing._batches import BatchStore
from msgtypes.testing._errors import api_location, describe_validation_error
from msgtypes.testing._events import frame, message_events, split_text
from msgtypes.testing._ids import IdFactory
from msgtypes.testing._models import paginate
from msgtypes.testing._tokens import request_tokens
from msgtypes.testing._wire import dump

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from strategies import from_type

# --------------------------------------------------------------------------- stream writer


def _replay(events: list[tuple[str, bytes]]) -> dict[str, Any]:
    """Rebuild the Message JSON from stream events, the way a client accumulates them."""
    message: dict[str, Any] = {}
    partial: dict[int, str] = {}
    for name, data in events:
        decode(data, type=RawMessageStreamEvent)  # every event is a valid typed event
        event = json.loads(data)
        assert event["type"] == name
        if name == "message_start":
            message = event["message"]
        elif name == "content_block_start":
            assert event["index"] == len(message["content"])
            message["content"].append(event["content_block"])
        elif name == "content_block_delta":
            block, delta = message["content"][event["index"]], event["delta"]
            kind = delta["type"]
            if kind == "text_delta":
                block["text"] += delta["text"]
            elif kind == "thinking_delta":
                block["thinking"] += delta["thinking"]
            elif kind == "signature_delta":
                block["signature"] = delta["signature"]
            elif kind == "citations_delta":
                block["citations"].append(delta["citation"])
            elif kind == "input_json_delta":
                partial[event["index"]] = partial.get(event["index"], "") + delta["partial_json"]
            elif kind == "compaction_delta":
                block["content"] = delta["content"]
                block["encrypted_content"] = delta["encrypted_content"]
        elif name == "content_block_stop":
            if event["index"] in partial:
                message["content"][event["index"]]["input"] = json.loads(partial[event["index"]])
        elif name == "message_delta":
            message.update(event["delta"])
            message["usage"].update(event["usage"])
            for key in ("context_management", "input_transformations"):
                if key in event:
                    message[key] = event[key]
    return message


@settings(max_examples=150, deadline=None)
@given(from_type(Message))
def test_streamed_message_replays_to_the_same_message(message: Message) -> None:
    events = message_events(message)
    names = [name for name, _ in events]
    assert names[0] == "message_start" and names[-2:] == ["message_delta", "message_stop"]
    assert names.count("ping") == 1
    assert convert(_replay(events), type=Message) == message


def test_stream_pieces_and_wire_format() -> None:
    text = "The quick brown fox jumps over the lazy dog, twice over."
    assert "".join(split_text(text)) == text and len(split_text(text)) >= 4
    assert split_text("") == [""]
    assert frame(("ping", b'{"type": "ping"}')) == b'event: ping\ndata: {"type": "ping"}\n\n'


@given(st.text(max_size=200))
def test_split_text_loses_nothing(text: str) -> None:
    pieces = split_text(text)
    assert "".join(pieces) == text
    assert all(pieces) or pieces == [""]


# --------------------------------------------------------------------------- wire dump


def test_dump_writes_every_field() -> None:
    message = convert(
        {
            "type": "message",
            "id": "msg_1",
            "content": [],
            "model": "m",
            "role": "assistant",
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 1, "output_tokens": 2},
        },
        type=Message,
    )
    out = dump(message)
    assert out["type"] == "message" and out["stop_reason"] is None and out["container"] is None
    assert out["usage"]["cache_read_input_tokens"] is None
    assert "stop_sequence" in out


# --------------------------------------------------------------------------- locations


def _describe(body: dict[str, Any], tp: Any = MessageCreateParams) -> str:
    raw = msgspec.json.encode(body)
    with pytest.raises(msgspec.ValidationError) as caught:
        decode(raw, type=tp)
    return describe_validation_error(caught.value, body, tp)


BASE: dict[str, Any] = {
    "model": "m",
    "max_tokens": 1,
    "messages": [{"role": "user", "content": "hi"}],
}


def test_locations_add_union_tags_like_the_api() -> None:
    doc = {
        **BASE,
        "messages": [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "x"},
                    {"type": "image", "source": {"type": "base64", "data": "", "media_type": ""}},
                ],
            }
        ],
        "tools": [{"name": "a", "input_schema": {}}, {"type": "bash_20250124", "name": "bash"}],
        "thinking": {"type": "enabled", "budget_tokens": 1},
    }
    assert (
        api_location("/messages/0/content/1/source/data", doc, MessageCreateParams)
        == "messages.0.content.1.image.source.base64.data"
    )
    assert api_location("/tools/0/name", doc, MessageCreateParams) == "tools.0.custom.name"
    assert api_location("/tools/1/name", doc, MessageCreateParams) == "tools.1.bash_20250124.name"
    assert (
        api_location("/thinking/budget_tokens", doc, MessageCreateParams)
        == "thinking.enabled.budget_tokens"
    )
    assert api_location("/messages/0/content/1", doc, MessageCreateParams) == "messages.0.content.1"
    assert api_location("/no/such/place", doc, MessageCreateParams) == "no.such.place"
    assert api_location("", doc, MessageCreateParams) == ""


def test_messages_from_msgspec_errors() -> None:
    assert _describe({"model": "m", "messages": BASE["messages"]}) == "max_tokens: Field required"
    assert (
        _describe({**BASE, "stop_sequences": ["ok", 5]})
        == "stop_sequences.1: Input should be a valid string"
    )
    assert (
        _describe({**BASE, "messages": [{"role": "user", "content": "x", "name": "n"}]})
        == "messages.0.name: Extra inputs are not permitted"
    )
    source = {"type": "base64", "media_type": "image/png"}
    assert (
        _describe(
            {
                **BASE,
                "messages": [{"role": "user", "content": [{"type": "image", "source": source}]}],
            }
        )
        == "messages.0.content.0.image.source.base64.data: Field required"
    )
    assert (
        _describe({"requests": [{"custom_id": "x" * 65, "params": BASE}]}, BatchCreateParams)
        == "requests.0.custom_id: String should match pattern '^[a-zA-Z0-9_-]{1,64}$'"
    )
    assert _describe({**BASE, "service_tier": "fast"}) == (
        "service_tier: Input should be 'auto' or 'standard_only'"
    )


# --------------------------------------------------------------------------- pagination


@given(st.integers(min_value=0, max_value=30), st.integers(min_value=1, max_value=7))
def test_paging_forward_and_back_visits_every_item_once(count: int, limit: int) -> None:
    ids = [f"id{n}" for n in range(count)]
    forward: list[str] = []
    after: str | None = None
    while True:
        page, more = paginate(ids, ids, limit=limit, after_id=after, before_id=None)
        forward += page
        if not more:
            break
        after = page[-1]
    assert forward == ids
    if not ids:
        return
    backward: list[str] = []
    before: str | None = ids[-1]
    backward.append(ids[-1])
    while True:
        page, more = paginate(ids, ids, limit=limit, after_id=None, before_id=before)
        backward = page + backward
        if not more:
            break
        before = page[0]
    assert backward == ids


def test_unknown_cursor_is_an_empty_page() -> None:
    assert paginate(["a"], ["a"], limit=5, after_id="zz", before_id=None) == ([], False)


# --------------------------------------------------------------------------- tokens


def test_token_estimate() -> None:
    body = {"messages": [{"role": "user", "content": "a" * 40}]}
    assert request_tokens(body) == 11 + 3
    image = {
        "type": "image",
        "source": {"type": "base64", "media_type": "image/png", "data": "A" * 9000},
    }
    with_image = {"messages": [{"role": "user", "content": [image]}]}
    assert request_tokens(with_image) == 1 + 1600 + 3  # "user", one image, one message
    pdf = b"%PDF-1.4 /Type /Pages /Type /Page x /Type /Page y /Type/Page"
    document = {
        "type": "document",
        "source": {
            "type": "base64",
            "media_type": "application/pdf",
            "data": __import__("base64").b64encode(pdf).decode(),
        },
    }
    with_pdf = {"messages": [{"role": "user", "content": [document]}]}
    assert request_tokens(with_pdf) == -(-len("user" + "document") // 4) + 3 * 1500 + 3
    tools = {"messages": [], "tools": [{"name": "abcd", "description": "efgh"}]}
    assert request_tokens(tools) == 2


# --------------------------------------------------------------------------- echo reply


def _params(**changes: Any) -> MessageCreateParams:
    return convert({**BASE, "max_tokens": 100, **changes}, type=MessageCreateParams)


def test_echo_takes_the_last_user_text() -> None:
    turns = [
        {"role": "user", "content": "first"},
        {"role": "assistant", "content": "reply"},
        {
            "role": "user",
            "content": [{"type": "text", "text": "second"}, {"type": "text", "text": "part"}],
        },
    ]
    reply = echo_reply(_params(messages=turns))
    assert reply.content[0].text == "second\npart"
    result = {"type": "tool_result", "tool_use_id": "t1", "content": "72F and sunny"}
    reply = echo_reply(_params(messages=[{"role": "user", "content": [result]}]))
    assert reply.content[0].text == "72F and sunny"


def test_echo_honours_stop_sequences_and_max_tokens() -> None:
    stopped = echo_reply(
        _params(messages=[{"role": "user", "content": "one END two"}], stop_sequences=["END"])
    )
    assert (stopped.content[0].text, stopped.stop_reason, stopped.stop_sequence) == (
        "one ",
        "stop_sequence",
        "END",
    )
    cut = echo_reply(_params(messages=[{"role": "user", "content": "x" * 50}], max_tokens=3))
    assert (cut.content[0].text, cut.stop_reason) == ("x" * 12, "max_tokens")


def test_echo_calls_a_forced_tool_with_schema_valid_input() -> None:
    schema = {
        "type": "object",
        "properties": {
            "city": {"type": "string"},
            "unit": {"enum": ["c", "f"]},
            "days": {"type": "integer", "minimum": 1},
            "tags": {"type": "array", "items": {"type": "string"}, "minItems": 2},
            "optional": {"type": "boolean"},
        },
        "required": ["city", "unit", "days", "tags"],
    }
    tools = [
        {"name": "other", "input_schema": {"type": "object"}},
        {"name": "weather", "input_schema": schema},
    ]
    reply = echo_reply(_params(tools=tools, tool_choice={"type": "tool", "name": "weather"}))
    call = reply.content[0]
    assert reply.stop_reason == "tool_use"
    assert call.name == "weather"
    assert call.input == {
        "city": "example",
        "unit": "c",
        "days": 1,
        "tags": ["example", "example"],
    }
    anyone = echo_reply(_params(tools=tools, tool_choice={"type": "any"}))
    assert anyone.content[0].name == "other"
    auto = echo_reply(_params(tools=tools, tool_choice={"type": "auto"}))
    assert auto.content[0].type == "text"


def test_echo_thinks_first_and_answers_json_for_output_format() -> None:
    thinking = echo_reply(
        _params(max_tokens=2048, thinking={"type": "enabled", "budget_tokens": 1024})
    )
    assert [b.type for b in thinking.content] == ["thinking", "text"]
    assert thinking.content[0].signature
    schema = {"type": "object", "properties": {"ok": {"type": "boolean"}}, "required": ["ok"]}
    structured = echo_reply(_params(output_format={"type": "json_schema", "schema": schema}))
    assert json.loads(structured.content[0].text) == {"ok": False}


def test_schema_sampler_tolerates_garbage() -> None:
    assert sample_from_schema(
        {"type": "object", "properties": {"a": "bar"}, "required": ["a"]}
    ) == {"a": {}}
    assert sample_from_schema("nonsense") == {}
    assert sample_from_schema({"const": 3}) == 3
    assert sample_from_schema({"anyOf": [{"type": "number", "minimum": 2.5}]}) == 2.5
    assert sample_from_schema({"type": ["null", "string"]}) is None


# --------------------------------------------------------------------------- batches store


def _store(clock: ManualClock, seconds: float | None = 10.0) -> BatchStore:
    def process(params: bytes, betas: tuple[str, ...], version: str) -> MessageBatchSucceededResult:
        message = convert(
            {
                "type": "message",
                "id": "msg",
                "content": [],
                "model": "m",
                "role": "assistant",
                "stop_reason": "end_turn",
                "stop_sequence": None,
                "usage": {"input_tokens": 1, "output_tokens": 1},
            },
            type=Message,
        )
        return MessageBatchSucceededResult(message=message)

    return BatchStore(clock=clock, processor=process, processing_seconds=seconds)


def test_batches_expire_after_24_hours() -> None:
    clock = ManualClock()
    store = _store(clock, seconds=None)  # never processed by time
    record = store.create("b1", [("a", b"{}"), ("b", b"{}")], ())
    clock.advance(timedelta(hours=23, minutes=59).total_seconds())
    store.tick()
    assert record.status == "in_progress"
    clock.advance(60)
    store.tick()
    assert record.status == "ended" and record.ended_at == record.expires_at
    assert [r.result.type for r in record.results()] == ["expired", "expired"]


def test_batch_progress_follows_the_clock_and_process_forces() -> None:
    clock = ManualClock()
    store = _store(clock)
    record = store.create("b1", [(f"r{i}", b"{}") for i in range(5)], ())
    store.tick()
    assert record.counts().processing == 5  # nothing is due at creation time
    clock.advance(4)
    store.tick()
    assert (record.counts().succeeded, record.status) == (2, "in_progress")
    store.process()
    assert (record.counts().succeeded, record.status) == (5, "ended")
    assert record.ended_at == clock.now()


def test_ids_are_repeatable_with_a_seed() -> None:
    a, b = IdFactory(3), IdFactory(3)
    assert [a.message(), a.batch(), a.request()] == [b.message(), b.batch(), b.request()]
    assert a.tool_use().startswith("toolu_01")


def test_manual_clock_only_moves_forward() -> None:
    clock = ManualClock()
    start = clock.now()
    assert clock.advance(1.5) - start == timedelta(seconds=1.5)
    with pytest.raises(ValueError):
        clock.advance(-1)
    with pytest.raises(ValueError):
        clock.set(start)
