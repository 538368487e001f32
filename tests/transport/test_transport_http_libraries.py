"""httpx2 and httpx: the client prefers httpx2, works with httpx alone, and takes a client or a
transport of either library; the deadline wrapper under the sockets works on both, and says so
when it cannot wrap a transport.

The dev venv has both libraries; "httpx alone" runs in a subprocess where httpx2 cannot be
imported.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import httpx2
import pytest
from transport_server import MESSAGE, LoopbackServer, Reply, Script, api_reply, serve, track

import msgtypes
from msgtypes import AsyncClient, Client
from msgtypes.transport import _http
from msgtypes.transport._limits import DeadlineBackend, with_deadlines

KEY = "sk-ant-http-libraries-0123456789"
BASE: dict[str, Any] = {
    "model": "claude-opus-4-8",
    "max_tokens": 16,
    "messages": [{"role": "user", "content": "Hi"}],
}
LIBRARIES = {"httpx": httpx, "httpx2": httpx2}
QUICK = 3.0  # seconds: "about the bound" on a busy machine, far below a trickle's length


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with serve(api_reply) as srv:
        yield srv


def _trickled_headers() -> Reply:
    reply = Reply.json(MESSAGE)
    reply.header_pause = 0.05  # about 10 s for the whole head, a byte at a time
    return reply


def test_httpx2_is_preferred_when_installed() -> None:
    assert _http.http is httpx2
    assert _http.core.__name__ == "httpcore2"
    assert msgtypes.transport.DEFAULT_TIMEOUT.__class__ is httpx2.Timeout


@pytest.mark.parametrize("name", list(LIBRARIES))
def test_either_librarys_client_or_transport_is_accepted(name: str) -> None:
    library: ModuleType = LIBRARIES[name]
    seen: list[str] = []

    def handler(request: Any) -> Any:
        seen.append(f"{type(request).__module__.partition('.')[0]} {request.url.path}")
        return library.Response(200, json={"input_tokens": 3})

    for given in (
        library.Client(transport=library.MockTransport(handler)),
        library.MockTransport(handler),
    ):
        c = track(Client(api_key=KEY, base_url="http://127.0.0.1:9", http_client=given))
        assert c.messages.count_tokens(model="m", messages=BASE["messages"]).input_tokens == 3
    assert seen == [f"{name} /v1/messages/count_tokens"] * 2


@pytest.mark.parametrize("name", list(LIBRARIES))
async def test_either_librarys_async_client_or_transport_is_accepted(name: str) -> None:
    library: ModuleType = LIBRARIES[name]

    async def handler(request: Any) -> Any:
        return library.Response(200, json={"input_tokens": 4})

    for given in (
        library.AsyncClient(transport=library.MockTransport(handler)),
        library.MockTransport(handler),
    ):
        c = track(AsyncClient(api_key=KEY, base_url="http://127.0.0.1:9", http_client=given))
        count = await c.messages.count_tokens(model="m", messages=BASE["messages"])
        assert count.input_tokens == 4


def test_a_wrong_http_client_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="must be a Client or a transport of httpx2 or httpx"):
        Client(api_key=KEY, http_client=httpx2.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be an AsyncClient"):
        AsyncClient(api_key=KEY, http_client=httpx.Client())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"builtins\.object"):
        Client(api_key=KEY, http_client=object())  # type: ignore[arg-type]


@pytest.mark.parametrize("name", list(LIBRARIES))
def test_the_other_librarys_timeout_is_taken(server: LoopbackServer, name: str) -> None:
    """A Timeout of either library works as the client's and as a call's timeout, whichever
    library sends."""
    library: ModuleType = LIBRARIES[name]
    for http_client in (None, httpx.Client(), httpx2.Client()):
        c = track(
            Client(
                api_key=KEY,
                base_url=server.url,
                timeout=library.Timeout(5.0, connect=2.0),
                http_client=http_client,
            )
        )
        assert c.messages.create(**BASE, timeout=library.Timeout(4.0)).content


@pytest.mark.parametrize("name", list(LIBRARIES))
def test_errors_of_either_library_are_mapped(name: str) -> None:
    library: ModuleType = LIBRARIES[name]
    c = track(
        Client(
            api_key=KEY, base_url="http://127.0.0.1:9", max_retries=0, http_client=library.Client()
        )
    )
    with pytest.raises(msgtypes.APIConnectionError) as info:
        c.models.retrieve("m")
    assert isinstance(info.value.__cause__, library.ConnectError)
    assert info.value.__cause__.request.headers["authorization"] == "[redacted]"


@pytest.mark.parametrize("name", list(LIBRARIES))
def test_the_deadline_backend_works_on_both_libraries(server: LoopbackServer, name: str) -> None:
    """Headers trickled a byte at a time pass every per-read timeout; only the deadline under
    the sockets ends the attempt, and it must raise the timeout that library maps."""
    library: ModuleType = LIBRARIES[name]
    transport = with_deadlines(library.HTTPTransport())
    assert isinstance(transport._pool._network_backend, DeadlineBackend)
    server.handler = Script(_trickled_headers())
    c = track(
        Client(
            api_key=KEY,
            base_url=server.url,
            timeout=0.5,
            max_retries=0,
            http_client=library.Client(transport=transport),
        )
    )
    started = time.monotonic()
    with pytest.raises(msgtypes.APITimeoutError, match=r"timeout \(0\.5 s\)") as info:
        c.messages.create(**BASE)
    assert time.monotonic() - started < QUICK
    assert isinstance(info.value.__cause__, library.ReadTimeout)


@pytest.mark.parametrize("name", list(LIBRARIES))
async def test_the_deadline_backend_works_on_both_libraries_async(
    server: LoopbackServer, name: str
) -> None:
    library: ModuleType = LIBRARIES[name]
    transport = with_deadlines(library.AsyncHTTPTransport())
    server.handler = Script(_trickled_headers())
    c = track(
        AsyncClient(
            api_key=KEY,
            base_url=server.url,
            timeout=0.5,
            max_retries=0,
            http_client=library.AsyncClient(transport=transport),
        )
    )
    started = time.monotonic()
    with pytest.raises(msgtypes.APITimeoutError):
        await c.messages.create(**BASE)
    assert time.monotonic() - started < QUICK


@pytest.mark.parametrize("name", list(LIBRARIES))
def test_a_transport_that_cannot_be_wrapped_is_said_so(
    name: str, caplog: pytest.LogCaptureFixture
) -> None:
    library: ModuleType = LIBRARIES[name]
    transport = library.MockTransport(lambda request: library.Response(200))
    with caplog.at_level(logging.WARNING, logger="msgtypes.transport"):
        assert with_deadlines(transport) is transport
    assert "cannot put the call deadlines under the sockets of MockTransport" in caplog.text
    assert "per chunk" in caplog.text


HTTPX_ALONE = """
import json, sys, time
sys.modules["httpx2"] = None  # as if httpx2 were not installed
sys.modules["httpcore2"] = None
import msgtypes
url, trickle_url = sys.argv[1], sys.argv[2]
client = msgtypes.Client(api_key="k", base_url=url, max_retries=0)
message = client.messages.create(model="m", max_tokens=5, messages=[{"role": "user", "content": "x"}])
with client.messages.stream(model="m", max_tokens=5, messages=[{"role": "user", "content": "x"}]) as s:
    streamed = s.get_final_message()
slow = msgtypes.Client(api_key="k", base_url=trickle_url, max_retries=0, timeout=0.5)
started = time.monotonic()
try:
    slow.models.retrieve("m")
    timed_out = None
except msgtypes.APITimeoutError as error:
    timed_out = [type(error.__cause__).__module__, round(time.monotonic() - started, 1)]
from msgtypes.transport import _http
print(json.dumps({
    "library": _http.http.__name__,
    "core": _http.core.__name__,
    "httpx2 loaded": bool(sys.modules.get("httpx2")),
    "text": message.content[0].text,
    "streamed": streamed.content[0].text,
    "timed_out": timed_out,
}))
"""


def test_httpx_alone_is_enough(server: LoopbackServer) -> None:
    with serve(lambda _r, _b: _trickled_headers()) as slow:
        out = subprocess.run(
            [sys.executable, "-c", HTTPX_ALONE, server.url, slow.url],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
            cwd=Path(__file__).resolve().parents[2],
        )
    result = json.loads(out.stdout)
    assert result["library"] == "httpx" and result["core"] == "httpcore"
    assert not result["httpx2 loaded"]
    assert result["text"] == "Hello!" and result["streamed"]
    module, seconds = result["timed_out"]
    assert module.partition(".")[0] == "httpx" and seconds < QUICK
    assert server.requests[0].headers["authorization"] == "Bearer k"
