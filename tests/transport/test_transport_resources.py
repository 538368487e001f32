"""What the resources return: Structs, streams, pages, raw responses, batch results."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from transport_server import (
    MESSAGE,
    MODEL_IDS,
    LoopbackServer,
    Reply,
    Script,
    api_reply,
    serve,
    track,
)

import msgtypes
from msgtypes import (
    AsyncClient,
    Client,
    Completion,
    DeletedMessageBatch,
    Message,
    MessageBatch,
    MessageBatchErroredResult,
    MessageBatchSucceededResult,
    MessageTokensCount,
    ModelInfo,
    RawMessageStopEvent,
    TextDelta,
)
from msgtypes.transport import (
    APIResponse,
    AsyncMessageStream,
    AsyncPage,
    AsyncStream,
    MessageStream,
    Stream,
    SyncPage,
)

KEY = "sk-ant-resources"
BASE: dict[str, Any] = {
    "model": "claude-opus-4-5",
    "max_tokens": 64,
    "messages": [{"role": "user", "content": "Hi"}],
}


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with serve(api_reply) as srv:
        yield srv


@pytest.fixture
def client(server: LoopbackServer) -> Client:
    return track(Client(api_key=KEY, base_url=server.url))


@pytest.fixture
def aclient(server: LoopbackServer) -> AsyncClient:
    return track(AsyncClient(api_key=KEY, base_url=server.url))


# ----------------------------------------------------------------------------- plain results


def test_results_are_structs(client: Client) -> None:
    assert isinstance(client.messages.create(**BASE), Message)
    assert isinstance(
        client.messages.count_tokens(model="m", messages=BASE["messages"]), MessageTokensCount
    )
    batch = client.messages.batches.create(requests=[{"custom_id": "a", "params": BASE}])  # type: ignore[list-item]
    assert isinstance(batch, MessageBatch) and batch.processing_status == "in_progress"
    assert isinstance(client.messages.batches.cancel("msgbatch_01"), MessageBatch)
    deleted = client.messages.batches.delete("msgbatch_01")
    assert isinstance(deleted, DeletedMessageBatch) and deleted.id == "msgbatch_01"
    assert isinstance(client.models.retrieve("claude-test-1"), ModelInfo)
    completion = client.completions.create(model="claude-2.1", max_tokens_to_sample=5, prompt="x")
    assert isinstance(completion, Completion)
    assert client.beta.messages.create(**BASE, betas=["b"]).id == "msg_01"


async def test_async_results_are_structs(aclient: AsyncClient) -> None:
    assert (await aclient.messages.create(**BASE)).id == "msg_01"
    assert (
        await aclient.messages.count_tokens(model="m", messages=BASE["messages"])
    ).input_tokens == 12
    assert (await aclient.messages.batches.retrieve("msgbatch_03")).id == "msgbatch_03"
    assert (await aclient.beta.models.retrieve("m2")).id == "m2"
    completion = await aclient.completions.create(model="c", max_tokens_to_sample=5, prompt="x")
    assert completion.stop_reason == "stop_sequence"
    await aclient.close()


def test_an_undecodable_success_body_is_an_api_error(
    client: Client, server: LoopbackServer
) -> None:
    server.handler = Script(Reply(body=b"not json", headers={"request-id": "req_bad"}))
    with pytest.raises(msgtypes.APIError) as info:
        client.messages.create(**BASE)
    assert "Message" in str(info.value) and info.value.request_id == "req_bad"


# ----------------------------------------------------------------------------- streams


def test_create_stream_true_yields_typed_events(client: Client) -> None:
    stream = client.messages.create(**BASE, stream=True)
    assert isinstance(stream, Stream)
    with stream:
        events = list(stream)
    assert isinstance(events[-1], RawMessageStopEvent)
    assert stream.request_id == "req_stream"
    assert stream.response.is_closed


def test_stream_helper(client: Client) -> None:
    with client.messages.stream(**BASE) as stream:
        assert isinstance(stream, MessageStream)
        first = next(iter(stream))
        assert type(first).__name__ == "RawMessageStartEvent"
        assert stream.current_message_snapshot.content == []
        texts = list(stream.text_stream)
        assert texts == ["Hello", " there", "!"]
        assert stream.get_final_text() == "Hello there!"
        final = stream.get_final_message()
    assert final.stop_reason == "end_turn"
    assert final.usage.output_tokens == 6
    assert stream.response.is_closed


def test_leaving_the_stream_block_early_closes_the_connection(client: Client) -> None:
    with client.messages.stream(**BASE) as stream:
        next(iter(stream))
    assert stream.response.is_closed


async def test_async_stream_helper(aclient: AsyncClient) -> None:
    async with aclient.messages.stream(**BASE) as stream:
        assert isinstance(stream, AsyncMessageStream)
        texts = [t async for t in stream.text_stream]
        assert texts == ["Hello", " there", "!"]
        assert (await stream.get_final_text()) == "Hello there!"
        assert stream.current_message_snapshot.stop_reason == "end_turn"
    assert stream.response.is_closed
    events = await aclient.beta.messages.create(**BASE, stream=True, betas=["x"])
    assert isinstance(events, AsyncStream)
    async with events:
        deltas = [e.delta for e in [e async for e in events] if hasattr(e, "delta")]
    assert any(isinstance(d, TextDelta) for d in deltas)


def test_completion_stream(client: Client) -> None:
    chunks = list(
        client.completions.create(model="c", max_tokens_to_sample=5, prompt="x", stream=True)
    )
    assert "".join(c.completion for c in chunks) == " Hello there"


def test_completion_stream_cut_short_is_incomplete(client: Client, server: LoopbackServer) -> None:
    server.handler = Script(
        Reply.sse(
            b'event: completion\ndata: {"type":"completion","id":"c","completion":"Hi",'
            b'"stop_reason":null,"model":"m"}\n\n'
        )
    )
    with pytest.raises(msgtypes.IncompleteStreamError):
        list(client.completions.create(model="c", max_tokens_to_sample=5, prompt="x", stream=True))


def test_completion_stream_error_event(client: Client, server: LoopbackServer) -> None:
    server.handler = Script(
        Reply.sse(
            b'event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"o"}}\n\n'
        )
    )
    with pytest.raises(msgtypes.OverloadedError):
        list(client.completions.create(model="c", max_tokens_to_sample=5, prompt="x", stream=True))


# ----------------------------------------------------------------------------- raw responses


def test_with_raw_response(client: Client) -> None:
    raw = client.messages.with_raw_response.create(**BASE)
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200 and raw.http_response.status_code == 200
    assert raw.headers["request-id"] == raw.request_id == "req_create"
    assert raw.retries_taken == 0
    message = raw.parse()
    assert isinstance(message, Message) and raw.parse() is message
    counted = client.messages.with_raw_response.count_tokens(model="m", messages=BASE["messages"])
    assert counted.request_id == "req_count" and counted.parse().input_tokens == 12


def test_raw_response_of_streams_pages_and_results(client: Client) -> None:
    raw_stream = client.messages.with_raw_response.create(**BASE, stream=True)
    assert raw_stream.headers["content-type"] == "text/event-stream"
    assert isinstance(list(raw_stream.parse())[-1], RawMessageStopEvent)
    raw_page = client.models.with_raw_response.list(limit=2)
    page = raw_page.parse()
    assert isinstance(page, SyncPage) and [m.id for m in page] == MODEL_IDS
    raw_results = client.messages.batches.with_raw_response.results("msgbatch_01")
    assert raw_results.http_response.request.url.path.endswith("/results")
    assert [r.custom_id for r in raw_results.parse()] == ["a", "b", "c"]
    beta_raw = client.beta.messages.with_raw_response.create(**BASE, betas=["b1"])
    assert beta_raw.http_response.request.headers["anthropic-beta"] == "b1"
    assert client.messages.create(**BASE).id == "msg_01"  # raw mode does not leak out


def test_raw_response_retries_taken(client: Client, server: LoopbackServer) -> None:
    server.handler = Script(
        Reply.json({"type": "error", "error": {"type": "api_error", "message": "x"}}, 500),
        Reply.json(MESSAGE),
    )
    fast = client.with_options(sleep=lambda _: None)
    assert fast.messages.with_raw_response.create(**BASE).retries_taken == 1


async def test_async_raw_response(aclient: AsyncClient) -> None:
    raw = await aclient.messages.with_raw_response.create(**BASE)
    assert raw.request_id == "req_create" and raw.parse().id == "msg_01"
    page = (await aclient.beta.models.with_raw_response.list(limit=4)).parse()
    assert isinstance(page, AsyncPage) and len(page.data) == 4
    results = await aclient.messages.batches.with_raw_response.results("msgbatch_01")
    assert [r.custom_id async for r in results.parse()] == ["a", "b", "c"]
    assert isinstance(await aclient.messages.create(**BASE), Message)


# ----------------------------------------------------------------------------- pagination


def test_page_fields_and_auto_pagination(client: Client, server: LoopbackServer) -> None:
    page = client.models.list(limit=2)
    assert [m.id for m in page.data] == MODEL_IDS[:2]
    assert page.has_more and page.first_id == MODEL_IDS[0] and page.last_id == MODEL_IDS[1]
    assert page.has_next_page()
    second = page.get_next_page()
    assert [m.id for m in second.data] == MODEL_IDS[2:4]
    assert [len(p.data) for p in page.iter_pages()] == [2, 2, 1]
    before = len(server.requests)
    assert [m.id for m in page] == MODEL_IDS
    queries = [dict(r.query) for r in server.requests[before:]]
    assert queries == [
        {"limit": "2", "after_id": MODEL_IDS[1]},
        {"limit": "2", "after_id": MODEL_IDS[3]},
    ]
    last = list(page.iter_pages())[-1]
    assert not last.has_more and not last.has_next_page()
    with pytest.raises(RuntimeError):
        last.get_next_page()


def test_pagination_backwards_with_before_id(client: Client) -> None:
    batches = list(client.messages.batches.list(before_id="msgbatch_04", limit=2))
    assert [b.id for b in batches] == ["msgbatch_02", "msgbatch_03", "msgbatch_00", "msgbatch_01"]


async def test_async_pagination(aclient: AsyncClient, server: LoopbackServer) -> None:
    first = await aclient.models.list(limit=3)
    assert isinstance(first, AsyncPage) and len(first.data) == 3
    assert [m.id async for m in first] == MODEL_IDS
    assert [m.id async for m in aclient.models.list(limit=1)] == MODEL_IDS
    pages = [p async for p in first.iter_pages()]
    assert [len(p.data) for p in pages] == [3, 2]
    with pytest.raises(RuntimeError):
        await pages[-1].get_next_page()
    ids = [b.id async for b in aclient.beta.messages.batches.list(limit=2, betas=["b"])]
    assert len(ids) == 5
    assert server.requests[-1].headers["anthropic-beta"] == "b"  # 2.x sends no batches beta
    legacy = aclient.with_options(api_version="2023-06-01")
    assert len([b.id async for b in legacy.beta.messages.batches.list(limit=2, betas=["b"])]) == 5
    assert server.requests[-1].headers["anthropic-beta"] == "b,message-batches-2024-09-24"


def test_nothing_is_sent_until_an_async_paginator_is_used(
    aclient: AsyncClient, server: LoopbackServer
) -> None:
    aclient.models.list(limit=2)
    assert server.requests == []


# ----------------------------------------------------------------------------- batch results


def test_batch_results_are_typed(client: Client, server: LoopbackServer) -> None:
    results = client.messages.batches.results("msgbatch_02")
    lines = list(results)
    assert [r.custom_id for r in lines] == ["a", "b", "c"]
    assert isinstance(lines[0].result, MessageBatchSucceededResult)
    assert isinstance(lines[2].result, MessageBatchErroredResult)
    retrieve, read = server.requests[-2:]
    assert retrieve.path == "/v1/messages/batches/msgbatch_02"
    assert read.path == "/v1/messages/batches/msgbatch_02/results"
    assert read.headers["accept"] == "application/binary"


def test_batch_results_stream_in_chunks(client: Client, server: LoopbackServer) -> None:
    """Lines arrive as the server sends them, not after the whole file."""
    line = b'{"custom_id":"x","result":{"type":"canceled"}}\n'
    slow = Reply(chunks=[line] * 3, chunk_pause=0.3)

    def route(request: Any, base_url: str) -> Reply:
        return slow if request.path.endswith("/results") else api_reply(request, base_url)

    server.handler = route
    import time

    results = client.messages.batches.results("msgbatch_01")
    started = time.monotonic()
    first = next(iter(results))
    assert time.monotonic() - started < 0.3
    assert first.custom_id == "x"
    results.close()


def test_results_of_a_batch_still_running(client: Client, server: LoopbackServer) -> None:
    from transport_server import batch

    server.handler = Script(Reply.json(batch("msgbatch_09", server.url, "in_progress")))
    with pytest.raises(ValueError, match="in_progress"):
        client.messages.batches.results("msgbatch_09")
    assert len(server.requests) == 1


async def test_async_batch_results(aclient: AsyncClient) -> None:
    results = await aclient.beta.messages.batches.results("msgbatch_01", betas=["b"])
    assert [r.custom_id async for r in results] == ["a", "b", "c"]
