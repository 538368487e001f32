"""The API key and the body go only to the base URL's origin; every sent request is redacted.

Two loopback servers on different ports are two origins: ``api`` (the base URL) and ``other``,
where a redirect (or a batch's results_url) points. ``other`` must never see a request at all.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import httpx2
import pytest
from transport_server import LoopbackServer, Recorded, Reply, api_reply, serve, track

import msgtypes
from msgtypes import AsyncClient, Client
from msgtypes.transport._origin import MAX_REDIRECTS

KEY = "sk-ant-api03-ORIGIN-SECRET-0123456789"
PROMPT = "the prompt that must stay home"
BASE: dict[str, Any] = {
    "model": "claude-opus-4-5",
    "max_tokens": 64,
    "messages": [{"role": "user", "content": PROMPT}],
}


@pytest.fixture
def other() -> Iterator[LoopbackServer]:
    with serve(api_reply) as srv:
        yield srv


@pytest.fixture
def api() -> Iterator[LoopbackServer]:
    with serve(api_reply) as srv:
        yield srv


def redirect_to(target: LoopbackServer, status: int, *, only: str = "") -> Callable[..., Reply]:
    """Answer every request (or those whose path ends with ``only``) with a redirect to
    the same path on ``target``; the rest as the API would."""

    def handler(request: Recorded, base_url: str) -> Reply:
        if only and not request.path.endswith(only):
            return api_reply(request, base_url)
        return Reply(status=status, headers={"location": f"{target.url}{request.path}"})

    return handler


# Each call a user can make, sync and async: create, stream, batch results, a GET.
SyncCall = Callable[[Client], object]
AsyncCall = Callable[[AsyncClient], Awaitable[object]]


def _stream(c: Client) -> object:
    with c.messages.stream(**BASE) as stream:
        return stream.get_final_message()


async def _astream(c: AsyncClient) -> object:
    async with c.messages.stream(**BASE) as stream:
        return await stream.get_final_message()


async def _aresults(c: AsyncClient) -> object:
    return [r async for r in await c.messages.batches.results("msgbatch_01")]


SYNC_CALLS: dict[str, tuple[SyncCall, str]] = {
    "create": (lambda c: c.messages.create(**BASE), ""),
    "stream": (_stream, ""),
    "results": (lambda c: list(c.messages.batches.results("msgbatch_01")), "/results"),
    "get": (lambda c: c.models.retrieve("claude-test-1"), ""),
}
ASYNC_CALLS: dict[str, tuple[AsyncCall, str]] = {
    "create": (lambda c: c.messages.create(**BASE), ""),
    "stream": (_astream, ""),
    "results": (_aresults, "/results"),
    "get": (lambda c: c.models.retrieve("claude-test-1"), ""),
}


# How the key goes out on each API version (both must stay home).
KEY_HEADERS = {"2026-10-21": ("authorization", f"Bearer {KEY}"), "2023-06-01": ("x-api-key", KEY)}

# Which client: its own pool, or an http_client of the user's (httpx or httpx2) made with
# follow_redirects=True, which must not change anything; each with an API version.
KINDS: dict[str, tuple[str, str]] = {
    "default-http": ("", "2026-10-21"),
    "own-httpx-follows": ("httpx", "2023-06-01"),
    "own-httpx2-follows": ("httpx2", "2026-10-21"),
}


def _sync_client(api: LoopbackServer, kind: str = "own-httpx-follows") -> Client:
    library, version = KINDS[kind]
    http = (
        {"httpx": httpx, "httpx2": httpx2}[library].Client(follow_redirects=True)
        if library
        else None
    )
    return track(
        Client(api_key=KEY, base_url=api.url, http_client=http, max_retries=0, api_version=version)
    )


def _async_client(api: LoopbackServer, kind: str = "own-httpx-follows") -> AsyncClient:
    library, version = KINDS[kind]
    lib = {"httpx": httpx, "httpx2": httpx2}.get(library)
    http = lib.AsyncClient(follow_redirects=True) if lib is not None else None
    return track(
        AsyncClient(
            api_key=KEY, base_url=api.url, http_client=http, max_retries=0, api_version=version
        )
    )


def _key_reached(api: LoopbackServer, kind: str) -> None:
    """The base URL's origin did get the key, in the form of the client's API version."""
    name, value = KEY_HEADERS[KINDS[kind][1]]
    assert api.requests[-1].headers[name] == value


def _check_refusal(error: msgtypes.CrossOriginError, other: LoopbackServer) -> None:
    assert other.requests == []  # not the key, not the body: nothing at all
    host, port = other.url.removeprefix("http://").split(":")
    assert error.origin == f"http://{host}:{port}"
    assert error.origin in str(error) and "nothing was sent" in str(error)
    assert KEY not in repr(error.__dict__) and KEY not in str(error)


# ----------------------------------------------------------------------------- cross-origin


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("status", [302, 307, 308])
@pytest.mark.parametrize("call", list(SYNC_CALLS))
def test_cross_origin_redirect_is_refused(
    api: LoopbackServer, other: LoopbackServer, call: str, status: int, kind: str
) -> None:
    run, only = SYNC_CALLS[call]
    api.handler = redirect_to(other, status, only=only)
    with pytest.raises(msgtypes.CrossOriginError) as info:
        run(_sync_client(api, kind))
    _check_refusal(info.value, other)
    _key_reached(api, kind)


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("status", [302, 307, 308])
@pytest.mark.parametrize("call", list(ASYNC_CALLS))
async def test_cross_origin_redirect_is_refused_async(
    api: LoopbackServer, other: LoopbackServer, call: str, status: int, kind: str
) -> None:
    run, only = ASYNC_CALLS[call]
    api.handler = redirect_to(other, status, only=only)
    with pytest.raises(msgtypes.CrossOriginError) as info:
        await run(_async_client(api, kind))
    _check_refusal(info.value, other)
    _key_reached(api, kind)


def test_results_url_on_another_origin_is_not_fetched(
    api: LoopbackServer, other: LoopbackServer
) -> None:
    # The batch says its results live on another origin: the client does not go there.
    api.handler = lambda request, _base: api_reply(request, other.url)
    with pytest.raises(msgtypes.CrossOriginError) as info:
        list(_sync_client(api).messages.batches.results("msgbatch_01"))
    _check_refusal(info.value, other)


async def test_results_url_on_another_origin_is_not_fetched_async(
    api: LoopbackServer, other: LoopbackServer
) -> None:
    api.handler = lambda request, _base: api_reply(request, other.url)
    with pytest.raises(msgtypes.CrossOriginError) as info:
        await _aresults(_async_client(api))
    _check_refusal(info.value, other)


def test_another_scheme_or_port_is_another_origin(api: LoopbackServer) -> None:
    # http -> https on the same host and port is refused too (another origin).
    target = api.url.replace("http://", "https://")
    api.handler = lambda request, _base: Reply(status=307, headers={"location": target + "/x"})
    with pytest.raises(msgtypes.CrossOriginError) as info:
        _sync_client(api, "default-http").models.retrieve("m")
    assert info.value.origin == target.replace("http://", "https://")
    assert len(api.requests) == 1


# ----------------------------------------------------------------------------- same origin


def _moved(status: int) -> Callable[[Recorded, str], Reply]:
    """Everything under /old answers with a redirect to the same path without /old."""

    def handler(request: Recorded, base_url: str) -> Reply:
        if request.path.startswith("/old/"):
            new = request.path.removeprefix("/old")
            return Reply(status=status, headers={"location": f"{base_url}{new}"})
        return api_reply(request, base_url)

    return handler


@pytest.mark.parametrize("version", list(KEY_HEADERS))
@pytest.mark.parametrize("status", [307, 308])
def test_same_origin_redirect_is_followed_with_key_and_body(
    api: LoopbackServer, status: int, version: str
) -> None:
    name, value = KEY_HEADERS[version]
    api.handler = _moved(status)
    c = track(Client(api_key=KEY, base_url=api.url + "/old", api_version=version))
    raw = c.messages.with_raw_response.create(**BASE)
    assert raw.parse().content[0].text == "Hello!"  # type: ignore[union-attr]
    first, second = api.requests
    assert (first.path, second.path) == ("/old/v1/messages", "/v1/messages")
    assert second.headers[name] == value and second.json() == first.json()
    # Every request object the client sent is redacted: the last hop and the history.
    response = raw.http_response
    assert [r.status_code for r in response.history] == [status]
    for request in [response.request, *(r.request for r in response.history)]:
        assert request.headers[name] == "[redacted]"
        assert KEY not in repr(request.headers)


@pytest.mark.parametrize("version", list(KEY_HEADERS))
async def test_same_origin_redirect_is_followed_async(api: LoopbackServer, version: str) -> None:
    name, value = KEY_HEADERS[version]
    api.handler = _moved(308)
    c = track(AsyncClient(api_key=KEY, base_url=api.url + "/old", api_version=version))
    raw = await c.messages.with_raw_response.create(**BASE)
    assert [r.request.headers[name] for r in raw.http_response.history] == ["[redacted]"]
    assert raw.http_response.request.headers[name] == "[redacted]"
    assert api.requests[-1].headers[name] == value
    async with c.messages.stream(**BASE) as stream:
        assert (await stream.get_final_message()).stop_reason == "end_turn"
        assert stream.response.request.headers[name] == "[redacted]"


def test_303_turns_into_a_get_without_body(api: LoopbackServer) -> None:
    def handler(request: Recorded, base_url: str) -> Reply:
        if request.path == "/old/v1/messages/count_tokens":
            return Reply(status=303, headers={"location": "/v1/models/claude-test-1"})
        return api_reply(request, base_url)

    api.handler = handler
    c = track(Client(api_key=KEY, base_url=api.url + "/old", max_retries=0))
    with pytest.raises(msgtypes.APIError):  # a model is no token count: it does not decode
        c.messages.count_tokens(model="m", messages=BASE["messages"])
    assert [(r.method, r.path, r.body) for r in api.requests][-1] == (
        "GET",
        "/v1/models/claude-test-1",
        b"",
    )


def test_redirect_hops_are_bounded(api: LoopbackServer) -> None:
    def loop(request: Recorded, base_url: str) -> Reply:
        number = int(request.path.rsplit("/", 1)[-1]) if request.path[-1].isdigit() else 0
        return Reply(status=307, headers={"location": f"{base_url}/hop/{number + 1}"})

    api.handler = loop
    with pytest.raises(msgtypes.TooManyRedirectsError, match="MAX_REDIRECTS"):
        _sync_client(api).models.retrieve("m")
    assert len(api.requests) == MAX_REDIRECTS + 1


async def test_redirect_hops_are_bounded_async(api: LoopbackServer) -> None:
    api.handler = lambda _r, base: Reply(status=302, headers={"location": f"{base}/v1/models/m"})
    with pytest.raises(msgtypes.TooManyRedirectsError):
        await _async_client(api).models.retrieve("m")
    assert len(api.requests) == MAX_REDIRECTS + 1


def test_a_3xx_without_location_is_an_error(api: LoopbackServer) -> None:
    api.handler = lambda _r, _b: Reply(status=304)
    with pytest.raises(msgtypes.APIStatusError) as info:
        _sync_client(api, "default-http").models.retrieve("m")
    assert info.value.status_code == 304


# ----------------------------------------------------------------------------- redaction


def test_requests_reachable_from_exceptions_are_redacted(api: LoopbackServer) -> None:
    # The redirect hop times out: the httpx exception holds the hop's request.
    slow = Reply.json({"id": "m"})
    slow.delay = 1.0

    def handler(request: Recorded, base_url: str) -> Reply:
        if request.path.startswith("/old/"):
            return _moved(307)(request, base_url)
        return slow

    api.handler = handler
    c = track(Client(api_key=KEY, base_url=api.url + "/old", timeout=0.2, max_retries=0))
    with pytest.raises(msgtypes.APITimeoutError) as info:
        c.models.retrieve("m")
    cause = info.value.__cause__
    assert isinstance(cause, httpx2.TimeoutException)
    assert cause.request.url.path == "/v1/models/m"  # the hop
    assert cause.request.headers["authorization"] == "[redacted]"


def test_authorization_header_is_redacted_too(api: LoopbackServer) -> None:
    """A caller's own ``Authorization`` (for a proxy, say) next to the 2023-06-01 key."""
    c = track(
        Client(
            api_key=KEY,
            base_url=api.url,
            default_headers={"Authorization": "Bearer tok-SECRET"},
            api_version="2023-06-01",
        )
    )
    raw = c.models.with_raw_response.retrieve("m")
    assert api.requests[-1].headers["authorization"] == "Bearer tok-SECRET"
    assert "tok-SECRET" not in repr(raw.http_response.request.headers)
