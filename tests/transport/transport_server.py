"""A tiny scriptable HTTP server on 127.0.0.1 for the client tests (standard library only).

Every request is recorded (method, path, query, headers, body). What the server answers is
decided by a handler: ``api_reply`` plays a plausible API for every endpoint the client knows,
and ``Script`` plays a list of canned replies in order (faults included: a delay longer than
the client's timeout, a stream whose connection is dropped half way, headers or a body trickled
byte by byte, a body larger than announced or endless).
"""

from __future__ import annotations

import inspect
import json
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlsplit

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sdk-streams"

C = TypeVar("C")
_OPEN: list[Any] = []


def track(client: C) -> C:
    """Remember a client (ours or the SDK's) so that it is closed after the test."""
    _OPEN.append(client)
    return client


async def close_tracked() -> None:
    """Close every tracked client (awaiting the async ones)."""
    while _OPEN:
        result = _OPEN.pop().close()
        if inspect.isawaitable(result):
            await result


@dataclass
class Recorded:
    """One request as the server saw it."""

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]  # lower-case names
    body: bytes

    def json(self) -> object:
        return json.loads(self.body) if self.body else None

    @property
    def raw_headers(self) -> str:
        return "\n".join(f"{k}: {v}" for k, v in self.headers.items())


@dataclass
class Reply:
    """What to answer: a status, headers and a body (whole, or as ``chunks``)."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    chunks: Iterable[bytes] | None = None  # Transfer-Encoding: chunked (or raw with ``length``)
    delay: float = 0.0  # seconds to wait before answering
    drop_after: int | None = None  # close the socket after this many chunks
    chunk_pause: float = 0.0  # seconds between chunks
    length: int | None = None  # announce this Content-Length and write ``chunks`` raw
    header_pause: float = 0.0  # write the status line and headers a byte at a time

    @classmethod
    def json(cls, obj: object, status: int = 200, **headers: str) -> Reply:
        hdrs = {"content-type": "application/json", **_dashed(headers)}
        return cls(status=status, body=json.dumps(obj).encode(), headers=hdrs)

    @classmethod
    def sse(cls, stream: bytes, *, drop_after: int | None = None, **headers: str) -> Reply:
        """An event stream, one chunk per event."""
        events = [part + b"\n\n" for part in stream.strip().split(b"\n\n")]
        hdrs = {"content-type": "text/event-stream", **_dashed(headers)}
        return cls(headers=hdrs, chunks=events, drop_after=drop_after)


def endless(piece: bytes, *, seconds: float = 10.0) -> Iterator[bytes]:
    """``piece`` again and again, for at most ``seconds`` (so a test that fails cannot hang)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        yield piece


def _dashed(headers: dict[str, str]) -> dict[str, str]:
    return {k.replace("_", "-"): v for k, v in headers.items()}


Handler = Callable[[Recorded, str], Reply]


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def _handle(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        recorded = Recorded(
            method=self.command,
            path=parts.path,
            query=parse_qsl(parts.query, keep_blank_values=True),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
        )
        self.server.owner.requests.append(recorded)
        reply = self.server.owner.handler(recorded, self.server.owner.url)
        if reply.delay:
            time.sleep(reply.delay)
        try:
            self._send(reply)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _head(self, reply: Reply, framing: tuple[str, str]) -> None:
        try:
            phrase = HTTPStatus(reply.status).phrase
        except ValueError:
            phrase = "Whatever"
        lines = [
            f"HTTP/1.1 {reply.status} {phrase}",
            *(f"{k}: {v}" for k, v in reply.headers.items()),
        ]
        lines.append(f"{framing[0]}: {framing[1]}")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        if not reply.header_pause:
            self.wfile.write(head)
            return
        for byte in head:
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(reply.header_pause)

    def _send(self, reply: Reply) -> None:
        if reply.chunks is None:
            self._head(reply, ("content-length", str(len(reply.body))))
            self.wfile.write(reply.body)
            return
        raw = reply.length is not None
        if raw:
            self._head(reply, ("content-length", str(reply.length)))
        else:
            self._head(reply, ("transfer-encoding", "chunked"))
        for n, chunk in enumerate(reply.chunks):
            if reply.drop_after is not None and n >= reply.drop_after:
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
                return
            self.wfile.write(chunk if raw else b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.flush()
            if reply.chunk_pause:
                time.sleep(reply.chunk_pause)
        if raw:
            self.close_connection = True  # whatever was announced, this is all there is
        else:
            self.wfile.write(b"0\r\n\r\n")

    do_GET = do_POST = do_DELETE = _handle


#: What a client hanging up mid-request looks like to the server: expected in tests that cut
#: connections or time out, and not worth a traceback.
DISCONNECTS = (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: LoopbackServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay quiet when the client went away; print any other error as usual."""
        if isinstance(sys.exc_info()[1], DISCONNECTS):
            return
        super().handle_error(request, client_address)


class LoopbackServer:
    """The server: ``url`` to point a client at, ``requests`` as recorded."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[Recorded] = []
        self._server = _Server(("127.0.0.1", 0), _RequestHandler)
        self._server.owner = self
        host, port = self._server.server_address[:2]
        self.url = f"http://{host!s}:{port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


@contextmanager
def serve(handler: Handler) -> Iterator[LoopbackServer]:
    with LoopbackServer(handler) as server:
        yield server


class Script:
    """Answer with these replies in turn (the last one repeats)."""

    def __init__(self, *replies: Reply | Callable[[Recorded, str], Reply]) -> None:
        self.replies = list(replies)
        self.calls = 0

    def __call__(self, request: Recorded, base_url: str) -> Reply:
        reply = self.replies[min(self.calls, len(self.replies) - 1)]
        self.calls += 1
        return reply(request, base_url) if callable(reply) else reply


# --------------------------------------------------------------------------- a plausible API

BASIC_STREAM = (FIXTURES / "basic_response.txt").read_bytes()

#: A small valid Messages request (keyword arguments of ``messages.create``).
PARAMS: dict[str, Any] = {
    "model": "claude-opus-4-5",
    "max_tokens": 64,
    "messages": [{"role": "user", "content": "Hi"}],
}

MESSAGE = {
    "id": "msg_01",
    "type": "message",
    "role": "assistant",
    "model": "claude-sonnet-4-5",
    "content": [{"type": "text", "text": "Hello!"}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 10, "output_tokens": 3},
}

COMPLETION_STREAM = (
    b'event: completion\ndata: {"type":"completion","id":"compl_1","completion":" Hello",'
    b'"stop_reason":null,"model":"claude-2.1"}\n\n'
    b"event: ping\ndata: {}\n\n"
    b'event: completion\ndata: {"type":"completion","id":"compl_1","completion":" there",'
    b'"stop_reason":"stop_sequence","model":"claude-2.1"}\n\n'
)

MODEL_IDS = [f"claude-test-{n}" for n in range(5)]
BATCH_IDS = [f"msgbatch_{n:02d}" for n in range(5)]


def batch(batch_id: str, base_url: str, status: str = "ended") -> dict[str, object]:
    return {
        "id": batch_id,
        "type": "message_batch",
        "created_at": "2025-11-01T00:00:00Z",
        "expires_at": "2025-11-02T00:00:00Z",
        "ended_at": "2025-11-01T01:00:00Z" if status == "ended" else None,
        "processing_status": status,
        "request_counts": {
            "processing": 0,
            "succeeded": 2,
            "errored": 1,
            "canceled": 0,
            "expired": 0,
        },
        "results_url": f"{base_url}/v1/messages/batches/{batch_id}/results"
        if status == "ended"
        else None,
    }


def model(model_id: str) -> dict[str, object]:
    return {
        "id": model_id,
        "type": "model",
        "created_at": "2025-10-01T00:00:00Z",
        "display_name": model_id.title(),
    }


def results_jsonl() -> bytes:
    lines = [
        {"custom_id": "a", "result": {"type": "succeeded", "message": MESSAGE}},
        {"custom_id": "b", "result": {"type": "succeeded", "message": MESSAGE}},
        {
            "custom_id": "c",
            "result": {
                "type": "errored",
                "error": {
                    "type": "error",
                    "error": {"type": "invalid_request_error", "message": "bad"},
                },
            },
        },
    ]
    return b"".join(json.dumps(line).encode() + b"\n" for line in lines)


def page(ids: list[str], query: dict[str, str], make: Callable[[str], object]) -> Reply:
    """A list page over ``ids`` honouring after_id / before_id / limit."""
    limit = int(query.get("limit", "2"))
    if "before_id" in query:
        end = ids.index(query["before_id"])
        chosen = ids[max(0, end - limit) : end]
        more = end - limit > 0
    else:
        start = ids.index(query["after_id"]) + 1 if "after_id" in query else 0
        chosen = ids[start : start + limit]
        more = start + limit < len(ids)
    return Reply.json(
        {
            "data": [make(i) for i in chosen],
            "has_more": more,
            "first_id": chosen[0] if chosen else None,
            "last_id": chosen[-1] if chosen else None,
        }
    )


def api_reply(request: Recorded, base_url: str) -> Reply:
    """A plausible answer to any request the client can make."""
    path, query, body = request.path, dict(request.query), request.json()
    headers = {"request-id": f"req_{len(path)}_{request.method}"}
    streaming = isinstance(body, dict) and body.get("stream") is True
    if path == "/v1/messages" and request.method == "POST":
        if streaming:
            return Reply.sse(BASIC_STREAM, request_id="req_stream")
        return Reply.json(MESSAGE, request_id="req_create")
    if path == "/v1/messages/count_tokens":
        return Reply.json({"input_tokens": 12}, request_id="req_count")
    if path == "/v1/complete":
        if streaming:
            return Reply.sse(COMPLETION_STREAM)
        return Reply.json(
            {
                "type": "completion",
                "id": "compl_1",
                "completion": " Hello",
                "stop_reason": "stop_sequence",
                "model": "claude-2.1",
            }
        )
    if path == "/v1/messages/batches":
        if request.method == "POST":
            return Reply.json(batch("msgbatch_new", base_url, "in_progress"))
        return page(BATCH_IDS, query, lambda i: batch(i, base_url))
    if path.startswith("/v1/messages/batches/"):
        rest = path.removeprefix("/v1/messages/batches/")
        batch_id, _, action = rest.partition("/")
        if action == "results":
            return Reply(
                body=results_jsonl(), headers={"content-type": "application/binary", **headers}
            )
        if action == "cancel":
            return Reply.json(batch(batch_id, base_url, "canceling"))
        if request.method == "DELETE":
            return Reply.json({"id": batch_id, "type": "message_batch_deleted"})
        return Reply.json(batch(batch_id, base_url))
    if path == "/v1/models":
        return page(MODEL_IDS, query, model)
    if path.startswith("/v1/models/"):
        return Reply.json(model(path.removeprefix("/v1/models/")))
    return Reply.json(
        {"type": "error", "error": {"type": "not_found_error", "message": f"no route {path}"}},
        status=404,
    )


def error_body(kind: str, message: str) -> dict[str, object]:
    return {"type": "error", "error": {"type": kind, "message": message}, "request_id": "req_err"}
