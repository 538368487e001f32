"""The official SDK (anthropic 0.75.0) against the fake over a real loopback socket."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import anthropic
import pytest
from anthropic.types import Message as SDKMessage

from msgtypes import Message, TextBlock, Usage
from msgtypes.testing import BUILTIN_MODELS, FakeAPI, ManualClock, Reply, Server

MODEL = "claude-sonnet-4-5-20250929"
HELLO = [{"role": "user", "content": "Hello there, how are you doing today?"}]


def _create(client: anthropic.Anthropic, **kwargs: Any) -> SDKMessage:
    args: dict[str, Any] = {"model": MODEL, "max_tokens": 256, "messages": HELLO, **kwargs}
    return client.messages.create(**args)


# --------------------------------------------------------------------------- messages


def test_create_echoes_the_last_user_turn(sdk: anthropic.Anthropic, fake: FakeAPI) -> None:
    message = _create(sdk)
    assert message.content[0].type == "text"
    assert message.content[0].text == HELLO[0]["content"]
    assert message.stop_reason == "end_turn"
    assert message.id.startswith("msg_01") and len(message.id) == 28
    assert message.usage.input_tokens > 0 and message.usage.output_tokens > 0
    recorded = fake.requests[-1]
    assert (recorded.method, recorded.path) == ("POST", "/v1/messages")
    assert recorded.headers["x-api-key"] == "[redacted]"  # the log keeps no credentials
    assert recorded.json()["messages"] == HELLO


def test_alias_resolves_to_the_dated_model_id(sdk: anthropic.Anthropic) -> None:
    assert _create(sdk, model="claude-sonnet-4-5").model == MODEL


def test_scripted_replies_are_used_in_order(sdk: anthropic.Anthropic, fake: FakeAPI) -> None:
    scripted = Message(
        id="msg_scripted",
        content=[TextBlock(text="from a Message")],
        model=MODEL,
        role="assistant",
        stop_reason="end_turn",
        stop_sequence=None,
        usage=Usage(input_tokens=3, output_tokens=4),
    )
    fake.replies.push(
        "first",
        Reply.tool_use("get_weather", {"city": "Paris"}, text="Checking."),
        scripted,
        lambda params: f"callable saw {params.messages[-1].content}",
    )
    assert _create(sdk).content[0].text == "first"
    tool = _create(sdk)
    assert tool.stop_reason == "tool_use"
    assert [b.type for b in tool.content] == ["text", "tool_use"]
    call = tool.content[1]
    assert (
        call.type == "tool_use" and call.name == "get_weather" and call.input == {"city": "Paris"}
    )
    assert call.id.startswith("toolu_")
    whole = _create(sdk)
    assert (whole.id, whole.content[0].text, whole.usage.output_tokens) == (
        "msg_scripted",
        "from a Message",
        4,
    )
    assert _create(sdk).content[0].text == f"callable saw {HELLO[0]['content']}"
    assert len(fake.replies) == 0
    assert _create(sdk).content[0].text == HELLO[0]["content"]  # back to the echo


def test_stream_text_arrives_in_several_deltas_with_a_ping(sdk: anthropic.Anthropic) -> None:
    events = list(_create(sdk, stream=True))
    kinds = [e.type for e in events]
    assert kinds[0] == "message_start" and kinds[-2:] == ["message_delta", "message_stop"]
    deltas = [e.delta.text for e in events if e.type == "content_block_delta"]
    assert len(deltas) >= 3
    assert "".join(deltas) == HELLO[0]["content"]
    # the SDK drops pings, so look at the raw stream for them
    with sdk.messages.with_streaming_response.create(
        model=MODEL, max_tokens=256, messages=HELLO, stream=True
    ) as response:
        raw = response.read().decode()
    assert raw.count("event: ping\n") == 1
    assert raw.index("event: ping") > raw.index("event: content_block_start")


def test_stream_helper_builds_the_final_message(sdk: anthropic.Anthropic, fake: FakeAPI) -> None:
    fake.replies.push(Reply.tool_use("lookup", {"query": "a longer query string", "n": [1, 2, 3]}))
    with sdk.messages.stream(model=MODEL, max_tokens=256, messages=HELLO) as stream:
        fragments = [
            e.delta.partial_json
            for e in stream
            if e.type == "content_block_delta" and e.delta.type == "input_json_delta"
        ]
        final = stream.get_final_message()
    assert len(fragments) > 2 and fragments[0] == ""
    assert json.loads("".join(fragments)) == {"query": "a longer query string", "n": [1, 2, 3]}
    block = final.content[0]
    assert block.type == "tool_use" and block.input == {
        "query": "a longer query string",
        "n": [1, 2, 3],
    }
    assert final.stop_reason == "tool_use"


def test_stream_text_helper(sdk: anthropic.Anthropic) -> None:
    with sdk.messages.stream(model=MODEL, max_tokens=256, messages=HELLO) as stream:
        text = "".join(stream.text_stream)
    assert text == HELLO[0]["content"]


def test_count_tokens_is_deterministic_and_grows(sdk: anthropic.Anthropic) -> None:
    def count(text: str) -> int:
        messages = [{"role": "user", "content": text}]
        return sdk.messages.count_tokens(model=MODEL, messages=messages).input_tokens

    # 4 characters a token over "user" + the text, plus 3 per message
    assert count("a" * 40) == (4 + 40) // 4 + 3
    assert count("a" * 40) == count("b" * 40)
    assert count("a" * 400) > count("a" * 40)


def test_bad_request_is_a_bad_request_error_in_the_api_style(sdk: anthropic.Anthropic) -> None:
    bad_image = {
        "type": "image",
        "source": {"type": "base64", "media_type": "image/bmp", "data": "AAAA"},
    }
    with pytest.raises(anthropic.BadRequestError) as caught:
        _create(
            sdk, messages=[{"role": "user", "content": [{"type": "text", "text": "hi"}, bad_image]}]
        )
    error = caught.value
    assert error.status_code == 400
    assert error.request_id is not None and error.request_id.startswith("req_")
    assert error.response.headers["request-id"] == error.request_id
    assert error.body == {
        "type": "error",
        "error": {
            "type": "invalid_request_error",
            "message": "messages.0.content.1.image.source.base64.media_type: Input should be "
            "'image/gif', 'image/jpeg', 'image/png' or 'image/webp'",
        },
        "request_id": error.request_id,
    }


def test_unknown_model_is_not_found(sdk: anthropic.Anthropic) -> None:
    with pytest.raises(anthropic.NotFoundError) as caught:
        _create(sdk, model="claude-3-5-sonnet-20240620")
    assert "model: claude-3-5-sonnet-20240620" in str(caught.value)


def test_beta_route_sends_query_and_header(sdk: anthropic.Anthropic, fake: FakeAPI) -> None:
    message = sdk.beta.messages.create(
        model=MODEL, max_tokens=64, messages=HELLO, betas=["context-management-2025-06-27"]
    )
    assert message.content[0].type == "text"
    recorded = fake.requests[-1]
    assert recorded.query == "beta=true"
    assert recorded.headers["anthropic-beta"] == "context-management-2025-06-27"
    with pytest.raises(anthropic.BadRequestError, match="anthropic-beta"):
        sdk.beta.messages.create(
            model=MODEL, max_tokens=64, messages=HELLO, betas=["no-such-beta-2020-01-01"]
        )


def test_completions(sdk: anthropic.Anthropic) -> None:
    completion = sdk.completions.create(
        model="claude-sonnet-4-5",
        max_tokens_to_sample=64,
        prompt="\n\nHuman: say something\n\nAssistant:",
    )
    assert completion.completion == " say something"
    assert completion.stop_reason == "stop_sequence"
    pieces = list(
        sdk.completions.create(
            model="claude-sonnet-4-5",
            max_tokens_to_sample=64,
            prompt="\n\nHuman: a few more words to stream\n\nAssistant:",
            stream=True,
        )
    )
    assert "".join(p.completion for p in pieces) == " a few more words to stream"
    assert pieces[-1].stop_reason == "stop_sequence"


# --------------------------------------------------------------------------- models


def test_models_list_paginates_through_every_model(sdk: anthropic.Anthropic, fake: FakeAPI) -> None:
    today = fake.clock.now().date()
    expected = [m.id for m in BUILTIN_MODELS if m.lifecycle(today) != "retired"]
    assert [m.id for m in sdk.models.list(limit=3)] == expected  # auto-pagination
    first = sdk.models.list(limit=4)
    assert [m.id for m in first.data] == expected[:4]
    assert (first.has_more, first.first_id, first.last_id) == (True, expected[0], expected[3])
    before = sdk.models.list(limit=2, before_id=expected[4])
    assert [m.id for m in before.data] == expected[2:4] and before.has_more
    last = sdk.models.list(limit=1000, after_id=expected[-2])
    assert [m.id for m in last.data] == expected[-1:] and not last.has_more


def test_models_retrieve(sdk: anthropic.Anthropic) -> None:
    model = sdk.models.retrieve("claude-opus-4-5")
    assert (model.id, model.display_name) == ("claude-opus-4-5-20251101", "Claude Opus 4.5")
    with pytest.raises(anthropic.NotFoundError):
        sdk.models.retrieve("claude-nonexistent")
    with pytest.raises(anthropic.BadRequestError, match="limit"):
        sdk.models.list(limit=1001)


# --------------------------------------------------------------------------- batches


def _batch_request(custom_id: str, **params: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"model": MODEL, "max_tokens": 64, "messages": HELLO, **params}
    return {"custom_id": custom_id, "params": body}


def test_batch_lifecycle(
    sdk: anthropic.Anthropic, fake: FakeAPI, clock: ManualClock, server: Server
) -> None:
    requests = [
        _batch_request("first"),
        _batch_request("second", max_tokens=-1),  # invalid: errors asynchronously
        _batch_request("third", messages=[{"role": "user", "content": "third one"}]),
        _batch_request("fourth"),
    ]
    batch = sdk.messages.batches.create(requests=requests)
    assert batch.processing_status == "in_progress"
    assert batch.request_counts.processing == 4 and batch.results_url is None
    assert batch.expires_at - batch.created_at == timedelta(hours=24)

    clock.advance(30)  # half of the 60 s processing time: two requests are done
    half = sdk.messages.batches.retrieve(batch.id)
    assert half.processing_status == "in_progress"
    assert (half.request_counts.processing, half.request_counts.succeeded) == (2, 1)
    assert half.request_counts.errored == 1

    clock.advance(30)
    done = sdk.messages.batches.retrieve(batch.id)
    assert done.processing_status == "ended" and done.ended_at is not None
    assert done.request_counts.succeeded == 3 and done.request_counts.errored == 1
    assert done.results_url == f"{server.base_url}/v1/messages/batches/{batch.id}/results"

    results = {r.custom_id: r.result for r in sdk.messages.batches.results(batch.id)}
    assert list(results) == ["first", "second", "third", "fourth"]
    third = results["third"]
    assert third.type == "succeeded" and third.message.content[0].text == "third one"
    assert third.message.usage.service_tier == "batch"
    second = results["second"]
    assert second.type == "errored"
    assert second.error.error.type == "invalid_request_error"
    assert second.error.error.message.startswith("max_tokens: ")

    deleted = sdk.messages.batches.delete(batch.id)
    assert deleted.id == batch.id and deleted.type == "message_batch_deleted"
    with pytest.raises(anthropic.NotFoundError):
        sdk.messages.batches.retrieve(batch.id)


def test_batch_cancel(sdk: anthropic.Anthropic, clock: ManualClock) -> None:
    batch = sdk.messages.batches.create(requests=[_batch_request(f"r{i}") for i in range(3)])
    clock.advance(20)  # the first of three is due
    canceling = sdk.messages.batches.cancel(batch.id)
    assert canceling.processing_status == "canceling"
    assert canceling.cancel_initiated_at is not None
    with pytest.raises(anthropic.BadRequestError, match="cannot be deleted"):
        sdk.messages.batches.delete(batch.id)
    assert sdk.messages.batches.retrieve(batch.id).processing_status == "canceling"
    clock.advance(1)  # canceling ends once time has moved on
    ended = sdk.messages.batches.retrieve(batch.id)
    assert ended.processing_status == "ended"
    assert (ended.request_counts.succeeded, ended.request_counts.canceled) == (1, 2)
    kinds = [r.result.type for r in sdk.messages.batches.results(batch.id)]
    assert kinds == ["succeeded", "canceled", "canceled"]


def test_batch_list_pagination_and_not_found(sdk: anthropic.Anthropic, clock: ManualClock) -> None:
    ids = []
    for number in range(5):
        ids.append(sdk.messages.batches.create(requests=[_batch_request(f"n{number}")]).id)
        clock.advance(1)
    newest_first = ids[::-1]
    assert [b.id for b in sdk.messages.batches.list(limit=2)] == newest_first
    page = sdk.messages.batches.list(limit=2, after_id=newest_first[1])
    assert [b.id for b in page.data] == newest_first[2:4] and page.has_more
    with pytest.raises(anthropic.NotFoundError):
        sdk.messages.batches.retrieve("msgbatch_unknown")
    with pytest.raises(anthropic.NotFoundError):
        sdk.messages.batches.cancel("msgbatch_unknown")


def test_batch_create_rejects_a_bad_outer_body(sdk: anthropic.Anthropic) -> None:
    with pytest.raises(anthropic.BadRequestError, match=r"requests\.0\.custom_id: String should"):
        sdk.messages.batches.create(requests=[_batch_request("has spaces")])
    with pytest.raises(anthropic.BadRequestError, match="Duplicate custom_id"):
        sdk.messages.batches.create(requests=[_batch_request("a"), _batch_request("a")])


def test_beta_batches_share_the_store(sdk: anthropic.Anthropic, fake: FakeAPI) -> None:
    batch = sdk.beta.messages.batches.create(requests=[_batch_request("beta")])
    fake.process_batches()
    assert sdk.messages.batches.retrieve(batch.id).processing_status == "ended"
    results = list(sdk.beta.messages.batches.results(batch.id))
    assert [r.result.type for r in results] == ["succeeded"]


# --------------------------------------------------------------------------- async


async def test_async_sdk_create_stream_and_batch(
    async_sdk: anthropic.AsyncAnthropic, fake: FakeAPI
) -> None:
    message = await async_sdk.messages.create(model=MODEL, max_tokens=64, messages=HELLO)
    assert message.content[0].type == "text"
    async with async_sdk.messages.stream(model=MODEL, max_tokens=64, messages=HELLO) as stream:
        text = "".join([piece async for piece in stream.text_stream])
    assert text == HELLO[0]["content"]
    batch = await async_sdk.messages.batches.create(requests=[_batch_request("x")])
    fake.process_batches()
    results = [r async for r in await async_sdk.messages.batches.results(batch.id)]
    assert [r.custom_id for r in results] == ["x"]
    with pytest.raises(anthropic.NotFoundError):
        await async_sdk.models.retrieve("nope")


def test_server_listens_on_loopback_only(server: Server) -> None:
    assert server.base_url.startswith("http://127.0.0.1:")
