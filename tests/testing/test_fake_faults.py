"""Every injectable fault, observed by the official SDK client over a loopback socket."""

from __future__ import annotations

import socket
import time
from typing import Any

import anthropic
import httpx
import pytest
from anthropic._exceptions import OverloadedError  # not exported at the top in 0.75.0

from msgtypes.testing import (
    DropConnection,
    FakeAPI,
    HTTPError,
    Overloaded,
    RateLimited,
    Server,
    ServerError,
    Slow,
    StreamError,
)

MODEL = "claude-sonnet-4-5-20250929"
HELLO = [{"role": "user", "content": "Hello there, how are you doing today?"}]


def _client(server: Server, **options: Any) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=server.base_url, api_key="test-key", **options)


def _create(client: anthropic.Anthropic, **kwargs: Any) -> Any:
    return client.messages.create(model=MODEL, max_tokens=256, messages=HELLO, **kwargs)


def test_rate_limit_is_retried_then_raised(fake: FakeAPI, server: Server) -> None:
    fake.faults.add(RateLimited(retry_after=0.01), times=None, route="messages")
    with (
        _client(server, max_retries=2) as client,
        pytest.raises(anthropic.RateLimitError) as caught,
    ):
        _create(client)
    assert fake.faults.count(RateLimited) == 3  # the first try and two retries
    assert caught.value.response.headers["retry-after"] == "0.01"
    assert caught.value.body["error"]["type"] == "rate_limit_error"


def test_rate_limit_retry_after_is_honoured(fake: FakeAPI, server: Server) -> None:
    fake.faults.add(RateLimited(retry_after=0.4), times=1)
    with _client(server, max_retries=1) as client:
        started = time.monotonic()
        message = _create(client)
        elapsed = time.monotonic() - started
    assert message.content[0].text == HELLO[0]["content"]
    assert elapsed >= 0.4
    assert fake.faults.count() == 1 and len(fake.faults) == 0


def test_overloaded_529(fake: FakeAPI, server: Server) -> None:
    fake.faults.add(Overloaded(), times=None, route="messages")
    with _client(server, max_retries=0) as client, pytest.raises(OverloadedError) as caught:
        _create(client)
    assert caught.value.status_code == 529
    # other routes are not affected
    with _client(server, max_retries=0) as client:
        assert client.models.list().data


def test_server_error_then_success(fake: FakeAPI, server: Server) -> None:
    fake.faults.add(ServerError(), times=1)
    with _client(server, max_retries=0) as client:
        with pytest.raises(anthropic.InternalServerError):
            _create(client)
        assert _create(client).content  # the fault was used up
    fake.faults.add(ServerError(), times=2)
    with _client(server, max_retries=2) as client:
        assert _create(client).content  # retried through two 500s
    assert fake.faults.count(ServerError) == 3


def test_x_should_retry_false_stops_retries(fake: FakeAPI, server: Server) -> None:
    fault = HTTPError(500, "api_error", "no retry please", (("x-should-retry", "false"),))
    fake.faults.add(fault, times=None)
    with _client(server, max_retries=3) as client, pytest.raises(anthropic.InternalServerError):
        _create(client)
    assert fake.faults.count() == 1


def test_slow_response_times_out(fake: FakeAPI, server: Server) -> None:
    fake.faults.add(Slow(seconds=1.0), times=None)
    with (
        _client(server, max_retries=1, timeout=0.2) as client,
        pytest.raises(anthropic.APITimeoutError),
    ):
        _create(client)
    assert fake.faults.count(Slow) == 2


def test_slow_stream_keeps_the_connection_alive_with_pings(fake: FakeAPI, server: Server) -> None:
    fake.ping_interval = 0.05
    fake.faults.add(Slow(per_event=0.12), times=1)
    with _client(server, max_retries=0, timeout=5) as client:
        with client.messages.with_streaming_response.create(
            model=MODEL, max_tokens=64, messages=HELLO, stream=True
        ) as response:
            raw = response.read().decode()
    assert raw.count("event: ping") >= 10  # two pings while waiting before each event
    assert raw.rstrip().endswith('data: {"type":"message_stop"}')


def test_dropped_stream_is_an_error_not_a_short_message(fake: FakeAPI, server: Server) -> None:
    # anthropic 0.75.0 lets httpx's error through once a stream has started (no wrapping)
    fake.faults.add(DropConnection(after_events=4), times=1)
    seen: list[str] = []
    with _client(server, max_retries=2) as client:
        stream = _create(client, stream=True)
        with pytest.raises(httpx.RemoteProtocolError) as caught:
            for event in stream:
                seen.append(event.type)
    assert "incomplete chunked read" in str(caught.value) or "peer closed" in str(caught.value)
    # four events were sent (ping included, which the SDK hides), and never message_stop
    assert seen == ["message_start", "content_block_start", "content_block_delta"]
    assert fake.faults.count(DropConnection) == 1


def test_dropped_stream_with_the_stream_helper(fake: FakeAPI, server: Server) -> None:
    fake.faults.add(DropConnection(after_events=5), times=1)
    with _client(server, max_retries=0) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            with client.messages.stream(model=MODEL, max_tokens=64, messages=HELLO) as stream:
                stream.get_final_message()


def test_dropped_non_streaming_response_is_retried(fake: FakeAPI, server: Server) -> None:
    fake.faults.add(DropConnection(), times=None)
    with _client(server, max_retries=1) as client, pytest.raises(anthropic.APIConnectionError):
        _create(client)
    assert fake.faults.count(DropConnection) == 2
    fake.faults.clear()
    fake.faults.add(DropConnection(), times=1)
    with _client(server, max_retries=1) as client:
        assert _create(client).content[0].text == HELLO[0]["content"]


def test_drop_really_closes_the_tcp_connection(fake: FakeAPI, server: Server) -> None:
    fake.faults.add(DropConnection(after_events=2), times=1)
    body = (
        b'{"model":"%s","max_tokens":64,"stream":true,'
        b'"messages":[{"role":"user","content":"hello world"}]}' % MODEL.encode()
    )
    request = (
        b"POST /v1/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nx-api-key: k\r\n"
        b"anthropic-version: 2023-06-01\r\ncontent-type: application/json\r\n"
        b"content-length: %d\r\n\r\n%s" % (len(body), body)
    )
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        sock.sendall(request)
        received = b""
        while chunk := sock.recv(65536):  # returns b"" only when the server closes
            received += chunk
    assert received.startswith(b"HTTP/1.1 200")
    assert b"transfer-encoding: chunked" in received.lower()
    assert b"event: message_start" in received and b"event: message_stop" not in received
    assert not received.endswith(b"0\r\n\r\n")  # the chunked body was never terminated


def test_error_event_mid_stream(fake: FakeAPI, server: Server) -> None:
    fake.faults.add(StreamError(after_events=3), times=1)
    with _client(server, max_retries=2) as client:
        stream = _create(client, stream=True)
        with pytest.raises(anthropic.APIStatusError) as caught:
            for _ in stream:
                pass
    assert caught.value.body["error"] == {
        "type": "overloaded_error",
        "message": "Overloaded",
    }
    assert fake.faults.count(StreamError) == 1  # nothing is retried once a stream has started


def test_stream_error_does_not_hit_non_streaming_requests(fake: FakeAPI, server: Server) -> None:
    fake.faults.add(StreamError(), times=1)
    with _client(server, max_retries=0) as client:
        assert _create(client).content
        assert len(fake.faults) == 1
        with pytest.raises(anthropic.APIStatusError):
            list(_create(client, stream=True))


def test_faults_in_the_reply_queue_hit_exactly_one_request(fake: FakeAPI, server: Server) -> None:
    fake.replies.push(Overloaded(), "after the fault")
    with _client(server, max_retries=0) as client:
        with pytest.raises(OverloadedError):
            _create(client)
        assert _create(client).content[0].text == "after the fault"
    assert fake.faults.count(Overloaded) == 1


async def test_async_client_sees_faults(fake: FakeAPI, server: Server) -> None:
    fake.faults.add(RateLimited(retry_after=0.01), times=2)
    async with anthropic.AsyncAnthropic(
        base_url=server.base_url, api_key="k", max_retries=2
    ) as client:
        message = await client.messages.create(model=MODEL, max_tokens=64, messages=HELLO)
        assert message.content[0].type == "text"
        fake.faults.add(DropConnection(after_events=3), times=1)
        stream = await client.messages.create(
            model=MODEL, max_tokens=64, messages=HELLO, stream=True
        )
        with pytest.raises(httpx.RemoteProtocolError):
            async for _ in stream:
                pass
    assert fake.faults.count(RateLimited) == 2


def test_fault_arguments_are_checked(fake: FakeAPI) -> None:
    with pytest.raises(TypeError):
        fake.faults.add("429")
    with pytest.raises(ValueError, match="route"):
        fake.faults.add(Overloaded(), route="nope")
    with pytest.raises(ValueError, match="times"):
        fake.faults.add(Overloaded(), times=0)
