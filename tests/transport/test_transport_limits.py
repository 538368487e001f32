"""What the client reads and how long it waits are bounded, against a hostile loopback server.

Every hostile reply here would run for 10 s or forever without the bound (the endless ones stop
after 10 s so that a regression fails instead of hanging); with it, the call ends in about the
bound. Time assertions are generous (the machine is shared): they separate "about the bound"
from "the 10 s the server would have gone on".
"""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Iterator
from itertools import chain
from typing import Any

import httpx
import pytest
from transport_server import (
    BASIC_STREAM,
    MESSAGE,
    PARAMS,
    LoopbackServer,
    Reply,
    Script,
    api_reply,
    endless,
    serve,
    track,
)

import msgtypes
from msgtypes import AsyncClient, Client
from msgtypes.transport import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_STREAM_IDLE_TIMEOUT,
    DEFAULT_STREAM_TIMEOUT,
    DEFAULT_TOTAL_TIMEOUT,
)

KEY = "sk-ant-limits"
BASE = PARAMS
MIB = 1024 * 1024
QUICK = 3.0  # seconds: "about the bound" on a busy machine, far below the server's 10 s


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with serve(api_reply) as srv:
        yield srv


def client(server: LoopbackServer, **options: Any) -> Client:
    options.setdefault("max_retries", 0)
    return track(Client(api_key=KEY, base_url=server.url, **options))


def aclient(server: LoopbackServer, **options: Any) -> AsyncClient:
    options.setdefault("max_retries", 0)
    return track(AsyncClient(api_key=KEY, base_url=server.url, **options))


class Clock:
    def __enter__(self) -> Clock:
        self.start = time.monotonic()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.monotonic() - self.start


def test_defaults_are_named_and_sane() -> None:
    c = Client(api_key=KEY)
    assert c.limits.max_response_bytes == DEFAULT_MAX_RESPONSE_BYTES == 64 * MIB
    assert c.limits.total_timeout == DEFAULT_TOTAL_TIMEOUT == 1800.0
    assert c.limits.stream_timeout == DEFAULT_STREAM_TIMEOUT == 3600.0
    assert c.limits.stream_idle_timeout == DEFAULT_STREAM_IDLE_TIMEOUT == 600.0
    other = c.with_options(max_response_bytes=10, stream_idle_timeout=None)
    assert (other.limits.max_response_bytes, other.limits.stream_idle_timeout) == (10, None)
    assert other.limits.total_timeout == DEFAULT_TOTAL_TIMEOUT
    with pytest.raises(ValueError, match="max_response_bytes"):
        Client(api_key=KEY, max_response_bytes=0)
    with pytest.raises(ValueError, match="total_timeout"):
        Client(api_key=KEY, total_timeout=-1)
    c.close()


# ----------------------------------------------------------------------------- response size


def _message_json(size: int) -> bytes:
    """A valid Message whose text makes the body about ``size`` bytes."""
    text = "x" * size
    return json.dumps({**MESSAGE, "content": [{"type": "text", "text": text}]}).encode()


def test_announced_huge_body_fails_before_reading(server: LoopbackServer) -> None:
    # 10 GB announced, then bytes for as long as the client reads.
    server.handler = Script(
        Reply(length=10 * 1024**3, chunks=endless(b"x" * 65536), headers={"request-id": "req_1"})
    )
    with Clock() as clock, pytest.raises(msgtypes.ResponseTooLargeError) as info:
        client(server).messages.create(**BASE)
    assert clock.seconds < QUICK
    assert info.value.limit == DEFAULT_MAX_RESPONSE_BYTES and info.value.request_id == "req_1"
    assert "10737418240" in str(info.value) and "max_response_bytes" in str(info.value)


@pytest.mark.parametrize("status", [200, 500])
def test_chunked_body_is_counted_while_read(server: LoopbackServer, status: int) -> None:
    server.handler = Script(Reply(status=status, chunks=endless(b"{" * 65536)))
    with Clock() as clock, pytest.raises(msgtypes.ResponseTooLargeError):
        client(server, max_response_bytes=MIB, max_retries=2).messages.create(**BASE)
    assert clock.seconds < QUICK
    assert len(server.requests) == 1  # a body too large is not retried


async def test_chunked_body_is_counted_while_read_async(server: LoopbackServer) -> None:
    server.handler = Script(Reply(chunks=endless(b"[" * 65536)))
    with Clock() as clock, pytest.raises(msgtypes.ResponseTooLargeError):
        await aclient(server, max_response_bytes=MIB).models.retrieve("m")
    assert clock.seconds < QUICK


def test_compressed_body_counts_at_its_real_size(server: LoopbackServer) -> None:
    bomb = gzip.compress(b" " * (8 * MIB))  # about 8 KB on the wire
    server.handler = Script(Reply(body=bomb, headers={"content-encoding": "gzip"}))
    with pytest.raises(msgtypes.ResponseTooLargeError):
        client(server, max_response_bytes=MIB).messages.create(**BASE)
    assert len(bomb) < 64 * 1024


def test_a_body_within_the_limit_is_read_whole(server: LoopbackServer) -> None:
    body = _message_json(200_000)
    server.handler = Script(Reply(body=body, headers={"content-type": "application/json"}))
    c = client(server, max_response_bytes=len(body))
    raw = c.messages.with_raw_response.create(**BASE)
    assert raw.http_response.content == body and raw.http_response.json()["id"] == "msg_01"
    assert len(raw.parse().content[0].text) == 200_000  # type: ignore[union-attr]
    with pytest.raises(msgtypes.ResponseTooLargeError):
        c.with_options(max_response_bytes=len(body) - 1).messages.create(**BASE)


def _long_stream(deltas: int) -> bytes:
    events = BASIC_STREAM.split(b"\n\n")
    delta = (
        b"event: content_block_delta\ndata: "
        b'{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"ab"}}'
    )
    return b"\n\n".join([*events[:2], *[delta] * deltas, *events[2:]])


def test_stream_bounds_bytes_between_events_not_the_whole_stream(server: LoopbackServer) -> None:
    # The whole stream is larger than the limit, each event is not: it is read to the end.
    # (The count covers what arrived since the last event delivered: one network read, up
    # to 64 KiB, may hold many events.)
    stream_bytes = _long_stream(4000)
    limit = 128 * 1024
    assert len(stream_bytes) > 3 * limit
    server.handler = Script(Reply.sse(stream_bytes))
    c = client(server, max_response_bytes=limit)
    with c.messages.stream(**BASE) as stream:
        text = stream.get_final_text()
    assert text.startswith("abab") and text.endswith("Hello there!") and len(text) == 8012


@pytest.mark.parametrize("kind", ["sse-line", "results-line"])
def test_an_endless_line_in_a_stream_is_cut(server: LoopbackServer, kind: str) -> None:
    if kind == "sse-line":
        server.handler = Script(
            Reply(headers={"content-type": "text/event-stream"}, chunks=endless(b"a" * 65536))
        )
        run = lambda c: list(c.messages.create(**BASE, stream=True))  # noqa: E731
    else:

        def handler(request: Any, base_url: str) -> Reply:
            if request.path.endswith("/results"):
                return Reply(chunks=chain([b'{"custom_id": "'], endless(b"a" * 65536)))
            return api_reply(request, base_url)

        server.handler = handler
        run = lambda c: list(c.messages.batches.results("msgbatch_01"))  # noqa: E731
    with Clock() as clock, pytest.raises(msgtypes.ResponseTooLargeError, match="without"):
        run(client(server, max_response_bytes=MIB))
    assert clock.seconds < QUICK


async def test_an_endless_event_is_cut_async(server: LoopbackServer) -> None:
    many_data_lines = endless(b"data: " + b"b" * 1000 + b"\n")
    server.handler = Script(
        Reply(headers={"content-type": "text/event-stream"}, chunks=many_data_lines)
    )
    c = aclient(server, max_response_bytes=MIB)
    with Clock() as clock, pytest.raises(msgtypes.ResponseTooLargeError):
        async with c.messages.stream(**BASE) as stream:
            await stream.until_done()
    assert clock.seconds < QUICK


# ----------------------------------------------------------------------------- deadlines


def _trickled_body() -> Reply:
    body = _message_json(100)
    return Reply(
        length=len(body), chunks=[body[i : i + 1] for i in range(len(body))], chunk_pause=0.05
    )


def _trickled_headers() -> Reply:
    reply = Reply.json(MESSAGE)
    reply.header_pause = 0.05
    return reply


@pytest.mark.parametrize("reply", [_trickled_body, _trickled_headers], ids=["body", "headers"])
def test_a_trickling_server_cannot_stretch_the_timeout(server: LoopbackServer, reply: Any) -> None:
    server.handler = Script(reply())
    with Clock() as clock, pytest.raises(msgtypes.APITimeoutError, match=r"timeout \(0\.5 s\)"):
        client(server, timeout=0.5).messages.create(**BASE)
    assert clock.seconds < QUICK


def test_a_trickled_body_is_bounded_with_your_own_http_client(server: LoopbackServer) -> None:
    # An http_client you pass gets the deadline checked between the chunks of the body.
    server.handler = Script(_trickled_body())
    c = client(server, timeout=0.5, http_client=httpx.Client())
    with Clock() as clock, pytest.raises(msgtypes.APITimeoutError):
        c.messages.create(**BASE)
    assert clock.seconds < QUICK


@pytest.mark.parametrize("reply", [_trickled_body, _trickled_headers], ids=["body", "headers"])
async def test_a_trickling_server_cannot_stretch_the_timeout_async(
    server: LoopbackServer, reply: Any
) -> None:
    server.handler = Script(reply())
    for c in (
        aclient(server, timeout=0.5),
        aclient(server, timeout=0.5, http_client=httpx.AsyncClient()),
    ):
        with Clock() as clock, pytest.raises(msgtypes.APITimeoutError):
            await c.messages.create(**BASE)
        assert clock.seconds < QUICK
        server.handler = Script(reply())


def test_each_attempt_is_bounded_and_retried(server: LoopbackServer) -> None:
    server.handler = Script(_trickled_body(), _trickled_body(), Reply.json(MESSAGE))
    c = client(server, timeout=0.4, max_retries=2, sleep=lambda _: None)
    assert c.messages.create(**BASE).id == "msg_01"
    assert len(server.requests) == 3


def test_total_timeout_bounds_retries_and_waits(server: LoopbackServer) -> None:
    overloaded = Reply.json(
        {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}},
        status=529,
        retry_after="0.3",
    )
    server.handler = Script(overloaded)
    c = client(server, max_retries=50, total_timeout=1.0, sleep=time.sleep)
    # The last 529, or (when the last retry started too close to the end) the cut attempt.
    with (
        Clock() as clock,
        pytest.raises((msgtypes.OverloadedError, msgtypes.APITimeoutError)) as info,
    ):
        c.messages.create(**BASE)
    if isinstance(info.value, msgtypes.APITimeoutError):
        assert "total_timeout" in str(info.value)
    assert 0.6 < clock.seconds < QUICK
    assert 2 <= len(server.requests) <= 4  # not 51


def test_total_timeout_cuts_an_attempt(server: LoopbackServer) -> None:
    server.handler = Script(_trickled_body())
    c = client(server, timeout=60, total_timeout=0.5)
    with Clock() as clock, pytest.raises(msgtypes.APITimeoutError, match="total_timeout"):
        c.messages.create(**BASE)
    assert clock.seconds < QUICK


async def test_total_timeout_cuts_an_attempt_async(server: LoopbackServer) -> None:
    server.handler = Script(_trickled_headers())
    c = aclient(server, timeout=60, total_timeout=0.5, max_retries=3)
    with Clock() as clock, pytest.raises(msgtypes.APITimeoutError, match="total_timeout"):
        await c.models.retrieve("m")
    assert clock.seconds < QUICK
    assert len(server.requests) == 1


PING = b'event: ping\ndata: {"type": "ping"}\n\n'


def _pings_after_start() -> Reply:
    start = BASIC_STREAM.split(b"\n\n")[0] + b"\n\n"  # message_start, then pings forever
    return Reply(
        headers={"content-type": "text/event-stream"},
        chunks=chain([start], endless(PING)),
        chunk_pause=0.02,
    )


def test_an_endless_ping_stream_ends(server: LoopbackServer) -> None:
    server.handler = Script(_pings_after_start())
    c = client(server, stream_idle_timeout=0.5, max_retries=2)
    events = []
    with Clock() as clock, pytest.raises(msgtypes.APITimeoutError, match="stream_idle_timeout"):
        for event in c.messages.create(**BASE, stream=True):
            events.append(event.type)
    assert events == ["message_start"]
    assert clock.seconds < QUICK
    assert len(server.requests) == 1  # a stream that has started is never retried


async def test_an_endless_ping_stream_ends_async(server: LoopbackServer) -> None:
    server.handler = Script(_pings_after_start())
    c = aclient(server, stream_idle_timeout=0.5)
    with Clock() as clock, pytest.raises(msgtypes.APITimeoutError, match="stream_idle_timeout"):
        async with c.messages.stream(**BASE) as stream:
            await stream.until_done()
    assert clock.seconds < QUICK


def _silent_after_start() -> Reply:
    start = BASIC_STREAM.split(b"\n\n")[0] + b"\n\n"  # message_start, then 10 s of silence
    return Reply(
        headers={"content-type": "text/event-stream"}, chunks=[start, PING], chunk_pause=10
    )


def test_a_silent_stream_ends_at_the_idle_bound(server: LoopbackServer) -> None:
    server.handler = Script(_silent_after_start())
    c = client(server, stream_idle_timeout=0.5)  # the read timeout is 600 s
    with Clock() as clock, pytest.raises(msgtypes.APITimeoutError, match="stream_idle_timeout"):
        list(c.messages.create(**BASE, stream=True))
    assert clock.seconds < QUICK


def test_the_callers_time_between_events_is_not_idle_time(server: LoopbackServer) -> None:
    # The server is prompt; the caller takes longer than the idle bound over each event.
    c = client(server, stream_idle_timeout=0.3)
    events = []
    for event in c.messages.create(**BASE, stream=True):
        events.append(event.type)
        if len(events) <= 3:
            time.sleep(0.4)
    assert events[-1] == "message_stop"


def _endless_deltas() -> Reply:
    head = BASIC_STREAM.split(b"\n\n")[:2]  # message_start, content_block_start
    delta = (
        b"event: content_block_delta\ndata: "
        b'{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a"}}\n\n'
    )
    return Reply(
        headers={"content-type": "text/event-stream"},
        chunks=chain([b"\n\n".join(head) + b"\n\n"], endless(delta)),
        chunk_pause=0.01,
    )


def test_stream_timeout_bounds_an_endless_stream_of_events(server: LoopbackServer) -> None:
    server.handler = Script(_endless_deltas())
    c = client(server, stream_timeout=0.6)
    with Clock() as clock, pytest.raises(msgtypes.APITimeoutError, match="stream_timeout"):
        with c.messages.stream(**BASE) as stream:
            for _ in stream.text_stream:
                pass
    assert clock.seconds < QUICK
    assert stream.current_message_snapshot.content  # what came is kept


@pytest.mark.parametrize(
    ("reply", "options", "bound"),
    [
        (_silent_after_start, {"stream_idle_timeout": 0.5}, "stream_idle_timeout"),
        (_endless_deltas, {"stream_timeout": 0.6}, "stream_timeout"),
    ],
    ids=["silent", "endless-events"],
)
async def test_stream_bounds_async(
    server: LoopbackServer, reply: Any, options: dict[str, float], bound: str
) -> None:
    server.handler = Script(reply())
    c = aclient(server, **options)
    with Clock() as clock, pytest.raises(msgtypes.APITimeoutError, match=bound):
        async for _ in await c.messages.create(**BASE, stream=True):
            pass
    assert clock.seconds < QUICK


def test_bounds_off_leave_a_normal_stream_alone(server: LoopbackServer) -> None:
    c = client(server, stream_timeout=None, stream_idle_timeout=None, total_timeout=None)
    with c.messages.stream(**BASE) as stream:
        assert stream.get_final_message().stop_reason == "end_turn"
