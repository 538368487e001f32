"""The fake against hostile input: bounded reads, a bounded log without credentials, the API's
error shape for every bad body, and one slow request does not stop the others."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import msgtypes
from msgtypes.testing import FakeAPI, Server
from msgtypes.testing import _app as app_module

MODEL = "claude-sonnet-4-5-20250929"
HEADERS = {"x-api-key": "sk-ant-SECRET", "anthropic-version": "2023-06-01"}
JSON = {**HEADERS, "content-type": "application/json"}
BODY: dict[str, Any] = {
    "model": MODEL,
    "max_tokens": 64,
    "messages": [{"role": "user", "content": "hello"}],
}
MIB = 1024 * 1024
BODY_ROUTES = ["/v1/messages", "/v1/messages/count_tokens", "/v1/messages/batches", "/v1/complete"]


@pytest.fixture
def client(fake: FakeAPI) -> Iterator[httpx.Client]:
    with httpx.Client(transport=fake.transport(), base_url="http://fake.test") as c:
        yield c


def _api_error(response: httpx.Response) -> tuple[int, str, str]:
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["type"] == "error" and body["request_id"] == response.headers["request-id"]
    return response.status_code, body["error"]["type"], body["error"]["message"]


# --------------------------------------------------------------------------- body size


class _Sender:
    """An ASGI ``receive`` that hands out a body in chunks and counts what was taken."""

    def __init__(self, chunk: bytes, chunks: int) -> None:
        self.chunk, self.left, self.taken = chunk, chunks, 0

    async def __call__(self) -> dict[str, Any]:
        self.left -= 1
        self.taken += len(self.chunk)
        return {"type": "http.request", "body": self.chunk, "more_body": self.left > 0}


def _call(fake: FakeAPI, path: str, headers: dict[str, str], receive: Any) -> list[Any]:
    sent: list[Any] = []

    async def send(message: Any) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "POST",
        "path": path,
        "query_string": b"",
        "headers": [(k.encode(), v.encode()) for k, v in headers.items()],
    }
    asyncio.run(fake(scope, receive, send))
    return sent


def _status_and_body(sent: list[Any]) -> tuple[int, dict[str, str], bytes]:
    start = sent[0]
    headers = {k.decode(): v.decode() for k, v in start["headers"]}
    return start["status"], headers, b"".join(m.get("body", b"") for m in sent[1:])


def test_announced_oversize_body_is_refused_before_reading(fake: FakeAPI) -> None:
    sender = _Sender(b" " * MIB, 40)
    announced = {**JSON, "content-length": str(40 * MIB)}
    status, _, _ = _status_and_body(_call(fake, "/v1/messages", announced, sender))
    assert status == 413 and sender.taken == 0
    assert fake.requests[-1].body == b""  # not read, not kept


def test_chunked_oversize_body_is_refused_while_reading(fake: FakeAPI) -> None:
    sender = _Sender(b" " * MIB, 40)  # no Content-Length: counted as it arrives
    status, _, _ = _status_and_body(_call(fake, "/v1/messages", JSON, sender))
    assert status == 413
    assert sender.taken <= app_module.MAX_BODY + MIB  # stopped at the limit, not at 40 MiB


def test_batches_have_the_larger_limit(fake: FakeAPI) -> None:
    sender = _Sender(b" " * MIB, 40)
    status, _, _ = _status_and_body(_call(fake, "/v1/messages/batches", JSON, sender))
    assert status == 400 and sender.taken == 40 * MIB  # read whole (under 256 MB): not JSON


def test_the_413_is_shaped_like_the_api_edge(fake: FakeAPI) -> None:
    # The API's 413 comes from Cloudflare, in front of the API: no "type": "error", no
    # request id (docs: API errors, request size limits). The fake answers the same.
    sender = _Sender(b"x", 1)
    announced = {**JSON, "content-length": str(33 * MIB)}
    status, headers, body = _status_and_body(_call(fake, "/v1/messages", announced, sender))
    assert status == 413 and "request-id" not in headers
    assert json.loads(body) == {
        "error": {"type": "request_too_large", "message": "Request exceeds the maximum size"}
    }


def test_oversize_body_over_a_socket_is_answered_without_waiting_for_it(
    fake: FakeAPI, server: Server
) -> None:
    # Only 64 KiB of an announced 40 MiB are sent: the answer comes at once all the same.
    head = (
        b"POST /v1/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nx-api-key: k\r\n"
        b"anthropic-version: 2023-06-01\r\ncontent-type: application/json\r\n"
        b"content-length: %d\r\n\r\n" % (40 * MIB)
    )
    for _ in range(3):
        with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
            sock.sendall(head + b" " * 65536)
            answer = b""
            while b"request_too_large" not in answer and (chunk := sock.recv(65536)):
                answer += chunk
        assert answer.startswith(b"HTTP/1.1 413")
        assert b'"request_too_large"' in answer


def test_client_gets_request_too_large_from_the_served_fake(server: Server) -> None:
    huge = "x" * (33 * MIB)
    with msgtypes.Client(api_key="k", base_url=server.base_url, max_retries=0) as c:
        with pytest.raises(msgtypes.RequestTooLargeError) as info:
            c.messages.create(
                model=MODEL, max_tokens=5, messages=[{"role": "user", "content": huge}]
            )
    assert info.value.error_type == "request_too_large"


# --------------------------------------------------------------------------- the request log


def test_request_log_is_bounded_oldest_first() -> None:
    fake = FakeAPI(max_recorded_requests=5)
    with httpx.Client(transport=fake.transport(), base_url="http://f") as c:
        for n in range(8):
            c.get(f"/v1/models/m{n}", headers=HEADERS)
    assert [r.path for r in fake.requests] == [f"/v1/models/m{n}" for n in range(3, 8)]


def test_request_log_bounds_body_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "MAX_RECORDED_BODY_BYTES", 3 * MIB + 100)
    fake = FakeAPI()
    with httpx.Client(transport=fake.transport(), base_url="http://f") as c:
        for n in range(5):
            c.post("/v1/messages/count_tokens", headers=JSON, content=b"%d" % n + b" " * MIB)
    assert [r.body[:1] for r in fake.requests] == [b"2", b"3", b"4"]


def test_request_log_keeps_no_credentials(client: httpx.Client, fake: FakeAPI) -> None:
    client.post("/v1/messages", headers=JSON, json=BODY)
    bearer = {"authorization": "Bearer tok-SECRET", "anthropic-version": "2023-06-01"}
    client.get("/v1/models", headers=bearer)
    shown = repr(fake.requests)
    assert "SECRET" not in shown
    assert fake.requests[0].headers["x-api-key"] == "[redacted]"
    assert fake.requests[1].headers["authorization"] == "[redacted]"
    assert fake.requests[0].json() == BODY  # the rest is kept


# --------------------------------------------------------------------------- bad bodies


@pytest.mark.parametrize("path", BODY_ROUTES)
@pytest.mark.parametrize("body", [b"[" * 100_000, b"[" * 100_000 + b'"stream"', b"{" * 5000])
def test_deep_nesting_is_a_400(client: httpx.Client, path: str, body: bytes) -> None:
    status, kind, message = _api_error(client.post(path, headers=JSON, content=body))
    assert (status, kind) == (400, "invalid_request_error")
    assert "JSON" in message


def test_deep_nesting_over_a_socket(server: Server) -> None:
    response = httpx.post(
        f"{server.base_url}/v1/messages", headers=JSON, content=b"[" * 100_000, timeout=10
    )
    assert _api_error(response)[:2] == (400, "invalid_request_error")


def test_a_failure_of_the_fake_is_still_an_api_error(
    client: httpx.Client, fake: FakeAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(request: Any) -> Any:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(fake._handlers, "list_models", broken)
    status, kind, _ = _api_error(client.get("/v1/models", headers=HEADERS))
    assert (status, kind) == (500, "api_error")


@pytest.mark.parametrize("path", BODY_ROUTES)
def test_a_non_json_content_type_is_a_400(client: httpx.Client, path: str) -> None:
    headers = {**HEADERS, "content-type": "text/plain"}
    status, kind, message = _api_error(client.post(path, headers=headers, json=BODY))
    assert (status, kind) == (400, "invalid_request_error")
    assert "content-type" in message and "text/plain" in message


def test_json_content_types_pass(client: httpx.Client) -> None:
    utf8 = {**HEADERS, "content-type": "application/json; charset=utf-8"}
    assert client.post("/v1/messages", headers=utf8, json=BODY).status_code == 200
    # A missing content type is let through: the API's answer to it is not documented.
    raw = client.post("/v1/messages", headers=HEADERS, content=json.dumps(BODY).encode())
    assert raw.status_code == 200


# --------------------------------------------------------------------------- a slow request


def test_a_slow_lint_does_not_stop_other_connections(
    fake: FakeAPI, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    import msglint

    started = threading.Event()
    real_check = msglint.check

    def slow_check(*args: Any, **kwargs: Any) -> Any:
        started.set()
        end = time.monotonic() + 2.0
        while time.monotonic() < end:  # Python-level work, as most lint work is
            sum(range(1000))
        return real_check(*args, **kwargs)

    monkeypatch.setattr(msglint, "check", slow_check)
    slow = threading.Thread(
        target=httpx.post,
        args=(f"{server.base_url}/v1/messages",),
        kwargs={"headers": JSON, "json": BODY, "timeout": 30},
    )
    slow.start()
    try:
        assert started.wait(10)
        t0 = time.monotonic()
        other = httpx.get(f"{server.base_url}/v1/models", headers=HEADERS, timeout=30)
        waited = time.monotonic() - t0
    finally:
        slow.join(30)
    assert other.status_code == 200
    assert waited < 1.0  # not the 2 s of the slow lint
