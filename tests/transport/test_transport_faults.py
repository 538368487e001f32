"""Every fault the API produces, over real sockets on 127.0.0.1, sync and async: survived by
retrying when it may be retried, surfaced as its typed error when not."""

from __future__ import annotations

import inspect
import socket
from collections.abc import Callable, Iterator
from email.utils import formatdate
from typing import Any

import pytest
from transport_server import (
    BASIC_STREAM,
    MESSAGE,
    LoopbackServer,
    Reply,
    Script,
    api_reply,
    error_body,
    results_jsonl,
    serve,
    track,
)

import msgtypes
from msgtypes import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    IncompleteStreamError,
    InternalServerError,
    OverloadedError,
    RateLimitError,
    RequestTooLargeError,
)

KEY = "sk-ant-fault-test"
BASE: dict[str, Any] = {
    "model": "claude-opus-4-5",
    "max_tokens": 64,
    "messages": [{"role": "user", "content": "Hi"}],
}
MODES = ["sync", "async"]


class Harness:
    """A sync or async client on a scripted server, with the sleeps it asked for recorded."""

    def __init__(self, mode: str, server: LoopbackServer, **options: Any) -> None:
        self.mode = mode
        self.server = server
        self.sleeps: list[float] = []
        options.setdefault("base_url", server.url)
        if mode == "sync":
            self.client: Any = msgtypes.Client(api_key=KEY, sleep=self.sleeps.append, **options)
            track(self.client)
        else:

            async def sleep(seconds: float) -> None:
                self.sleeps.append(seconds)

            self.client = track(msgtypes.AsyncClient(api_key=KEY, sleep=sleep, **options))

    async def run(self, call: Callable[[Any], Any]) -> Any:
        result = call(self.client)
        if inspect.isawaitable(result):
            result = await result
        return result

    async def drain(self, stream: Any) -> list[Any]:
        if self.mode == "sync":
            return list(stream)
        return [item async for item in stream]

    async def stream_final(self, **kwargs: Any) -> tuple[list[Any], Any]:
        """Use messages.stream(); return the events read and the final message (or error)."""
        events: list[Any] = []
        if self.mode == "sync":
            with self.client.messages.stream(**kwargs) as stream:
                try:
                    for event in stream:
                        events.append(event)
                except Exception as error:
                    return events, error
                return events, stream.get_final_message()
        async with self.client.messages.stream(**kwargs) as astream:
            try:
                async for event in astream:
                    events.append(event)
            except Exception as error:
                return events, error
            return events, await astream.get_final_message()


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with serve(api_reply) as srv:
        yield srv


def create(client: Any) -> Any:
    return client.messages.create(**BASE)


def _err(status: int, kind: str, message: str, **headers: str) -> Reply:
    return Reply.json(error_body(kind, message), status=status, **headers)


# ----------------------------------------------------------------------------- status codes


@pytest.mark.parametrize("mode", MODES)
async def test_429_with_retry_after_is_retried_after_that_long(
    mode: str, server: LoopbackServer
) -> None:
    server.handler = Script(
        _err(429, "rate_limit_error", "slow down", retry_after="3"), Reply.json(MESSAGE)
    )
    h = Harness(mode, server)
    message = await h.run(create)
    assert message.id == "msg_01"
    assert h.sleeps == [3.0]
    assert len(server.requests) == 2


@pytest.mark.parametrize("mode", MODES)
async def test_retry_after_ms_wins(mode: str, server: LoopbackServer) -> None:
    server.handler = Script(
        _err(429, "rate_limit_error", "slow", retry_after="3", retry_after_ms="250"),
        Reply.json(MESSAGE),
    )
    h = Harness(mode, server)
    await h.run(create)
    assert h.sleeps == [0.25]


@pytest.mark.parametrize("mode", MODES)
async def test_retry_after_as_http_date(mode: str, server: LoopbackServer) -> None:
    import time

    when = formatdate(time.time() + 20, usegmt=True)
    server.handler = Script(
        _err(429, "rate_limit_error", "later", retry_after=when), Reply.json(MESSAGE)
    )
    h = Harness(mode, server)
    await h.run(create)
    assert 17 <= h.sleeps[0] <= 21


@pytest.mark.parametrize("mode", MODES)
async def test_unreasonable_retry_after_falls_back_to_backoff(
    mode: str, server: LoopbackServer
) -> None:
    server.handler = Script(
        _err(429, "rate_limit_error", "much later", retry_after="600"), Reply.json(MESSAGE)
    )
    h = Harness(mode, server)
    await h.run(create)
    assert 0.375 <= h.sleeps[0] <= 0.5


@pytest.mark.parametrize("mode", MODES)
async def test_529_overloaded_until_retries_run_out(mode: str, server: LoopbackServer) -> None:
    server.handler = Script(_err(529, "overloaded_error", "Overloaded", request_id="req_529"))
    h = Harness(mode, server, max_retries=2)
    with pytest.raises(OverloadedError) as info:
        await h.run(create)
    error = info.value
    assert error.status_code == 529
    assert error.request_id == "req_529"
    assert error.error_type == "overloaded_error"
    assert error.body is not None and error.body.message == "Overloaded"
    assert error.headers["request-id"] == "req_529"
    assert len(server.requests) == 3
    assert len(h.sleeps) == 2
    assert 0.375 <= h.sleeps[0] <= 0.5 and 0.75 <= h.sleeps[1] <= 1.0


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [408, 409, 500, 502, 503, 529])
async def test_retryable_statuses_are_retried(
    mode: str, status: int, server: LoopbackServer
) -> None:
    server.handler = Script(_err(status, "api_error", "try again"), Reply.json(MESSAGE))
    h = Harness(mode, server)
    assert (await h.run(create)).id == "msg_01"
    assert len(server.requests) == 2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("status", "kind", "cls"),
    [
        (400, "invalid_request_error", BadRequestError),
        (401, "authentication_error", msgtypes.AuthenticationError),
        (403, "permission_error", msgtypes.PermissionDeniedError),
        (404, "not_found_error", msgtypes.NotFoundError),
        (413, "request_too_large", RequestTooLargeError),
        (422, "invalid_request_error", msgtypes.UnprocessableEntityError),
        (418, "invalid_request_error", APIStatusError),
    ],
)
async def test_client_errors_are_not_retried(
    mode: str, status: int, kind: str, cls: type[APIStatusError], server: LoopbackServer
) -> None:
    server.handler = Script(_err(status, kind, "nope", request_id="req_4xx"))
    h = Harness(mode, server)
    with pytest.raises(cls) as info:
        await h.run(create)
    assert type(info.value) is cls
    assert info.value.status_code == status
    assert info.value.request_id == "req_4xx"
    assert info.value.message == "nope"
    assert len(server.requests) == 1 and h.sleeps == []


@pytest.mark.parametrize("mode", MODES)
async def test_x_should_retry_overrides_the_status(mode: str, server: LoopbackServer) -> None:
    server.handler = Script(_err(503, "api_error", "no", x_should_retry="false"))
    h = Harness(mode, server)
    with pytest.raises(InternalServerError):
        await h.run(create)
    assert len(server.requests) == 1
    server.handler = Script(
        _err(400, "invalid_request_error", "yes", x_should_retry="true"), Reply.json(MESSAGE)
    )
    assert (await h.run(create)).id == "msg_01"
    assert len(server.requests) == 3


@pytest.mark.parametrize("mode", MODES)
async def test_rate_limit_error_after_zero_retries(mode: str, server: LoopbackServer) -> None:
    server.handler = Script(_err(429, "rate_limit_error", "limit", retry_after="1"))
    h = Harness(mode, server, max_retries=0)
    with pytest.raises(RateLimitError) as info:
        await h.run(create)
    assert info.value.headers["retry-after"] == "1"
    assert h.sleeps == []


@pytest.mark.parametrize("mode", MODES)
async def test_non_json_error_bodies(mode: str, server: LoopbackServer) -> None:
    html = Reply(
        status=502, body=b"<html>Bad gateway</html>", headers={"content-type": "text/html"}
    )
    server.handler = Script(html)
    h = Harness(mode, server, max_retries=0)
    with pytest.raises(InternalServerError) as info:
        await h.run(create)
    assert info.value.body is None
    assert "Bad gateway" in str(info.value)
    # A 413 from the edge has no top-level "type": it still decodes.
    edge = Reply.json({"error": {"type": "request_too_large", "message": "Request exceeds"}}, 413)
    server.handler = Script(edge)
    with pytest.raises(RequestTooLargeError) as too_large:
        await h.run(create)
    assert too_large.value.error_type == "request_too_large"


# ----------------------------------------------------------------------------- the network


def _dead_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("mode", MODES)
async def test_connection_refused_is_retried_then_raised(mode: str, server: LoopbackServer) -> None:
    h = Harness(mode, server, base_url=f"http://127.0.0.1:{_dead_port()}", max_retries=2)
    with pytest.raises(APIConnectionError) as info:
        await h.run(create)
    assert not isinstance(info.value, APITimeoutError)
    assert len(h.sleeps) == 2


@pytest.mark.parametrize("mode", MODES)
async def test_timeouts_are_retried_then_raised(mode: str, server: LoopbackServer) -> None:
    slow = Reply.json(MESSAGE)
    slow.delay = 0.6
    server.handler = Script(slow)
    h = Harness(mode, server, timeout=0.15, max_retries=1)
    with pytest.raises(APITimeoutError):
        await h.run(create)
    assert len(server.requests) == 2 and len(h.sleeps) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_slow_then_fast_succeeds(mode: str, server: LoopbackServer) -> None:
    slow = Reply.json(MESSAGE)
    slow.delay = 0.6
    server.handler = Script(slow, Reply.json(MESSAGE))
    h = Harness(mode, server, timeout=0.15)
    assert (await h.run(create)).id == "msg_01"


@pytest.mark.parametrize("mode", MODES)
async def test_a_body_cut_short_is_retried_for_plain_requests(
    mode: str, server: LoopbackServer
) -> None:
    cut = Reply(chunks=[b'{"id": "msg_01", ', b'"type"'], drop_after=1)
    server.handler = Script(cut, Reply.json(MESSAGE))
    h = Harness(mode, server)
    assert (await h.run(create)).id == "msg_01"
    assert len(server.requests) == 2


# ----------------------------------------------------------------------------- streams


def stream_create(client: Any) -> Any:
    return client.messages.create(**BASE, stream=True)


@pytest.mark.parametrize("mode", MODES)
async def test_error_status_before_a_stream_is_retried(mode: str, server: LoopbackServer) -> None:
    server.handler = Script(_err(529, "overloaded_error", "busy"), Reply.sse(BASIC_STREAM))
    h = Harness(mode, server)
    events = await h.drain(await h.run(stream_create))
    assert type(events[-1]).__name__ == "RawMessageStopEvent"
    assert len(server.requests) == 2


@pytest.mark.parametrize("mode", MODES)
async def test_dropped_stream_raises_connection_error_and_is_not_retried(
    mode: str, server: LoopbackServer
) -> None:
    server.handler = Script(Reply.sse(BASIC_STREAM, drop_after=4), Reply.sse(BASIC_STREAM))
    h = Harness(mode, server)
    stream = await h.run(stream_create)
    seen: list[Any] = []
    with pytest.raises(APIConnectionError) as info:
        if mode == "sync":
            for event in stream:
                seen.append(event)
        else:
            async for event in stream:
                seen.append(event)
    assert not isinstance(info.value, APITimeoutError)
    assert [type(e).__name__ for e in seen] == [
        "RawMessageStartEvent",
        "RawContentBlockStartEvent",
        "RawContentBlockDeltaEvent",
    ]
    assert len(server.requests) == 1 and h.sleeps == []


@pytest.mark.parametrize("mode", MODES)
async def test_stream_helper_on_a_dropped_stream_never_returns_a_message(
    mode: str, server: LoopbackServer
) -> None:
    server.handler = Script(Reply.sse(BASIC_STREAM, drop_after=6))
    h = Harness(mode, server)
    events, outcome = await h.stream_final(**BASE)
    assert isinstance(outcome, APIConnectionError)
    assert len(events) == 5  # six chunks, the ping skipped
    assert len(server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_a_stream_that_stalls_times_out_and_is_not_retried(
    mode: str, server: LoopbackServer
) -> None:
    stalled = Reply.sse(BASIC_STREAM, request_id="req_slow")
    stalled.chunk_pause = 0.5
    server.handler = Script(stalled)
    h = Harness(mode, server, timeout=0.2)
    events, outcome = await h.stream_final(**BASE)
    assert isinstance(outcome, APITimeoutError)
    assert outcome.request_id == "req_slow"
    assert len(events) == 1
    assert len(server.requests) == 1 and h.sleeps == []


@pytest.mark.parametrize("mode", MODES)
async def test_stream_ending_early_is_incomplete(mode: str, server: LoopbackServer) -> None:
    truncated = BASIC_STREAM.split(b"event: message_delta")[0]
    server.handler = Script(Reply.sse(truncated, request_id="req_cut"))
    h = Harness(mode, server)
    events, outcome = await h.stream_final(**BASE)
    assert isinstance(outcome, IncompleteStreamError)
    assert isinstance(outcome, APIConnectionError)
    assert outcome.request_id == "req_cut"
    assert len(events) == 6  # everything up to the cut is delivered
    assert len(server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_error_event_mid_stream_raises_its_typed_error(
    mode: str, server: LoopbackServer
) -> None:
    head = BASIC_STREAM.split(b"event: content_block_stop")[0]
    error_event = (
        b'event: error\ndata: {"type": "error", "error": '
        b'{"type": "overloaded_error", "message": "Overloaded"}}\n\n'
    )
    server.handler = Script(Reply.sse(head + error_event, request_id="req_evt"))
    h = Harness(mode, server)
    events, outcome = await h.stream_final(**BASE)
    assert isinstance(outcome, OverloadedError)
    assert outcome.in_stream
    assert outcome.status_code == 529
    assert outcome.request_id == "req_evt"
    assert outcome.body is not None and outcome.body.message == "Overloaded"
    assert len(events) == 5
    assert len(server.requests) == 1 and h.sleeps == []


@pytest.mark.parametrize("mode", MODES)
async def test_stream_snapshot_before_the_error_keeps_the_text(
    mode: str, server: LoopbackServer
) -> None:
    head = BASIC_STREAM.split(b"event: content_block_stop")[0]
    error_event = (
        b'event: error\ndata: {"type":"error","error":{"type":"api_error","message":"x"}}\n\n'
    )
    server.handler = Script(Reply.sse(head + error_event))
    h = Harness(mode, server)
    if mode == "sync":
        with h.client.messages.stream(**BASE) as stream:
            with pytest.raises(InternalServerError):
                stream.get_final_message()
            snapshot = stream.current_message_snapshot
    else:
        async with h.client.messages.stream(**BASE) as astream:
            with pytest.raises(InternalServerError):
                await astream.get_final_message()
            snapshot = astream.current_message_snapshot
    assert snapshot.content[0].text == "Hello there!"


@pytest.mark.parametrize("mode", MODES)
async def test_batch_results_cut_short(mode: str, server: LoopbackServer) -> None:
    body = results_jsonl()
    cut = Reply(chunks=[body[:100], body[100:200], body[200:]], drop_after=2)

    def route(request: Any, base_url: str) -> Reply:
        return cut if request.path.endswith("/results") else api_reply(request, base_url)

    server.handler = route
    h = Harness(mode, server)
    results = await h.run(lambda c: c.messages.batches.results("msgbatch_01"))
    with pytest.raises(APIConnectionError):
        await h.drain(results)
    assert [r.path for r in server.requests][-1].endswith("/results")
    assert h.sleeps == []


def test_fault_harness_really_runs_both_modes(server: LoopbackServer) -> None:
    """Guard against a harness that silently used the same client twice."""
    assert isinstance(Harness("sync", server).client, msgtypes.Client)
    assert isinstance(Harness("async", server).client, msgtypes.AsyncClient)
