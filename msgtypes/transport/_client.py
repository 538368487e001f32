"""``Client`` and ``AsyncClient``: settings, sending with retries, and error mapping.

A client holds the API key, base URL, API version, timeout, retry count, default headers and an
HTTP client (httpx2's when installed, else httpx's, see ``_http``; pass your own client or
transport of either library to inject one). Resources (``client.messages`` and the rest, in
``_resources``) describe each call as a :class:`~._request.Call`; the client sends it, retrying
what the API says may be retried, and maps failures to the msgtypes exceptions. Requests are
written as the official SDK that sends the client's ``api_version`` writes them (``_versions``).

The API key is kept out of every repr, log line and exception: it is validated up front (so
httpx never echoes a malformed one), and it is wiped from each ``httpx.Request`` once that
request has been sent (redirect hops included), so the request objects reachable from
responses, their ``history`` and exceptions do not carry it. It goes only to the origin of
``base_url``: see ``_origin`` for how redirects are followed.

What a call reads and how long it takes are bounded (``max_response_bytes``, the ``timeout`` of
each attempt, ``total_timeout``, ``stream_timeout``, ``stream_idle_timeout``): see ``_limits``.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import math
import os
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

import anyio

from .._exceptions import APIConnectionError, APIError, APITimeoutError, MsgtypesError
from ._calls import Settings
from ._http import http, is_timeout, library_of, timeout_for, transport_errors
from ._limits import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_STREAM_IDLE_TIMEOUT,
    DEFAULT_STREAM_TIMEOUT,
    DEFAULT_TOTAL_TIMEOUT,
    Limits,
    aread_body,
    attempt_budget,
    read_body,
    running_deadline,
    seconds_left,
    with_deadlines,
)
from ._origin import Origin, check_origin, next_hop, origin_of
from ._request import Call, LintMode, NotGiven
from ._response import APIResponse, error_from_response
from ._retry import retry_delay, should_retry
from ._versions import DEFAULT_API_VERSION, WireForm, wire_form

if TYPE_CHECKING:
    import httpx

    from ._http import AsyncHTTP, SyncHTTP, TimeoutType, URLType

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncClient",
    "Client",
]

log = logging.getLogger("msgtypes.transport")

DEFAULT_BASE_URL = "https://api.anthropic.com"
DEFAULT_TIMEOUT = http.Timeout(600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
_USER_AGENT = f"msgtypes/0.1 ({http.__name__})"
_REDACTED = "[redacted]"

R = TypeVar("R")
_C = TypeVar("_C", bound="_BaseClient")

# Set while a ``with_raw_response`` method runs: the call returns an APIResponse.
_raw_mode: contextvars.ContextVar[bool] = contextvars.ContextVar("msgtypes_raw", default=False)


@contextmanager
def raw_mode() -> Iterator[None]:
    """Within this block the next call made returns an :class:`APIResponse`."""
    token = _raw_mode.set(True)
    try:
        yield
    finally:
        _raw_mode.reset(token)


class _Secret:
    """Holds the API key; its repr never shows it."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value

    def __repr__(self) -> str:
        return "<secret>"


def _check_api_key(api_key: str | None) -> _Secret:
    key = api_key if api_key is not None else os.environ.get("ANTHROPIC_API_KEY")
    if not key:
        raise MsgtypesError(
            "no API key: pass api_key=... or set the ANTHROPIC_API_KEY environment variable"
        )
    if not isinstance(key, str) or not key.isascii() or not key.isprintable() or " " in key:
        # The key itself is never quoted back.
        raise MsgtypesError("the API key must be printable ASCII without spaces")
    return _Secret(key)


# Credentials wiped from every request object once it has been sent.
_SECRET_HEADERS = ("x-api-key", "authorization")


def _redact(requests: list[Any]) -> None:
    """Wipe credentials from requests that have been sent (they stay reachable from responses,
    their history and exceptions)."""
    for request in requests:
        headers = request.headers
        for name in _SECRET_HEADERS:
            if name in headers:
                headers[name] = _REDACTED


# A deadline counts as passed this close to it (socket timeouts fire at about the deadline).
_SLACK = 0.01


class _Deadlines:
    """The two deadlines of one call: the whole call's, and the running attempt's."""

    def __init__(self, budget: float | None, total: float | None) -> None:
        self.budget, self.total_seconds = budget, total
        self.total = time.monotonic() + total if total is not None else math.inf
        self.attempt = self.total

    def start_attempt(self) -> float:
        """Start an attempt; returns its deadline (time.monotonic)."""
        if self.budget is not None:
            self.attempt = min(self.total, time.monotonic() + self.budget)
        return self.attempt

    def allows_wait(self, delay: float) -> bool:
        """Whether a retry after ``delay`` seconds could still start before the end."""
        return time.monotonic() + delay < self.total

    def error(self, error: Exception) -> APIConnectionError:
        """The msgtypes exception for a failed attempt, naming the bound that was passed."""
        if not is_timeout(error):
            return APIConnectionError(f"connection error: {error}")
        now = time.monotonic() + _SLACK
        if now >= self.total:
            return APITimeoutError(
                f"the call took longer than total_timeout ({self.total_seconds} s), "
                "retries included"
            )
        if now >= self.attempt:
            return APITimeoutError(
                f"the request took longer than its timeout ({self.budget} s) from connecting "
                "to the end of the answer"
            )
        return APITimeoutError("the request timed out")


def _http_client(given: Any, *, asynchronous: bool, owned: Callable[[], Any]) -> tuple[Any, bool]:
    """The HTTP client to send with, and whether this client owns (closes) it: ``owned()``
    when ``given`` is None, ``given`` itself when it is a client, a client of the transport's
    library around ``given`` when it is a transport (left to its owner to close)."""
    if given is None:
        return owned(), True
    library = library_of(given)
    client_class = library.AsyncClient if asynchronous else library.Client
    transport_class = library.AsyncBaseTransport if asynchronous else library.BaseTransport
    if isinstance(given, client_class):
        return given, False
    if isinstance(given, transport_class):
        return client_class(transport=given), False
    wanted = "an AsyncClient" if asynchronous else "a Client"
    raise TypeError(
        f"http_client must be {wanted} or a {'async ' if asynchronous else ''}transport of "
        f"httpx2 or httpx, not {type(given).__module__}.{type(given).__qualname__}"
    )


class _BaseClient:
    """Settings and request building shared by both clients."""

    # Set by each client: its HTTP client and how it waits between retries.
    _http: Any
    _sleep: Any

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: URLType | None,
        api_version: str,
        timeout: TimeoutType,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        lint: LintMode,
        limits: Limits,
    ) -> None:
        if lint not in ("off", "warn", "error"):
            raise ValueError(f"lint must be 'off', 'warn' or 'error', not {lint!r}")
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self._form: WireForm = wire_form(api_version)
        self._api_key = _check_api_key(api_key)
        url = base_url if base_url is not None else os.environ.get("ANTHROPIC_BASE_URL")
        self.base_url = http.URL(str(url or DEFAULT_BASE_URL).rstrip("/") + "/")
        self._origin: Origin = origin_of(self.base_url)
        self.timeout = timeout
        self.max_retries = max_retries
        self.default_headers: dict[str, str] = dict(default_headers or {})
        self.lint: LintMode = lint
        self.limits = limits

    @property
    def api_version(self) -> str:
        """The ``anthropic-version`` this client sends (its requests are written as the
        official SDK that sends it writes them)."""
        return self._form.api_version

    @property
    def timeout(self) -> TimeoutType:
        """The default timeout of each call (httpx's meaning, and the bound of each attempt)."""
        return self._timeout

    @timeout.setter
    def timeout(self, value: TimeoutType) -> None:
        self._timeout = value
        self._budget = attempt_budget(value)

    @property
    def _call_settings(self) -> Settings:
        """What this client's settings change in the calls its resources build."""
        return Settings(self.lint, self._form)

    @property
    def api_key(self) -> str:
        """The API key in use."""
        return self._api_key.value

    def with_options(self: _C, **overrides: Any) -> _C:
        """A client with some settings changed, sharing this one's connection pool."""
        return type(self)(**{**self._settings(), **overrides})

    def _settings(self) -> dict[str, Any]:
        """The constructor's arguments that make a twin of this client (same pool, same sleep)."""
        return {
            "http_client": self._http,
            "sleep": self._sleep,
            "api_key": self._api_key.value,
            "base_url": self.base_url,
            "api_version": self.api_version,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
            "default_headers": self.default_headers,
            "lint": self.lint,
            "max_response_bytes": self.limits.max_response_bytes,
            "total_timeout": self.limits.total_timeout,
            "stream_timeout": self.limits.stream_timeout,
            "stream_idle_timeout": self.limits.stream_idle_timeout,
        }

    def _deadlines(self, call: Call) -> _Deadlines:
        if isinstance(call.timeout, NotGiven):
            budget = self._budget
        else:
            budget = attempt_budget(call.timeout)
        return _Deadlines(budget, self.limits.total_timeout)

    def _wait_or_raise(
        self, call: Call, retries: int, clock: _Deadlines, outcome: httpx.Response | Exception
    ) -> float:
        """The wait before retrying an attempt that failed with ``outcome`` (an error answer or
        a transport error); raises the msgtypes exception instead when the call is not to be
        retried (the retry is logged)."""
        if isinstance(outcome, Exception):
            failure: APIError = clock.error(outcome)
            delay = retry_delay(retries)
            retryable = True
        else:
            failure = error_from_response(outcome)
            delay = retry_delay(retries, outcome.headers)
            retryable = should_retry(outcome.status_code, outcome.headers)
        if not retryable or retries >= self.max_retries or not clock.allows_wait(delay):
            if isinstance(outcome, Exception):
                raise failure from outcome
            raise failure
        log.info("%s failed (%s); retry in %.2fs", self._describe(call), failure, delay)
        return delay

    def _build_request(self, client: Any, call: Call) -> httpx.Request:
        """The request for ``call``, built by ``client`` (so of its library)."""
        headers: dict[str, str | None] = {
            "Accept": "application/json",
            "Content-Type": "application/json",
            "User-Agent": _USER_AGENT,
            "anthropic-version": self._form.api_version,
            **self.default_headers,
            **call.headers,
        }
        # Header names are case-insensitive: the last spelling of a name wins.
        merged: dict[str, tuple[str, str | None]] = {}
        for name, value in headers.items():
            merged[name.lower()] = (name, value)
        if call.method == "GET":
            merged.pop("content-type", None)  # no body, no content type (as the SDK does)
        # The key, in the form of the API version's SDK (it wins over a header of that name).
        if self._form.bearer_auth:
            merged["authorization"] = ("Authorization", f"Bearer {self._api_key.value}")
        else:
            merged["x-api-key"] = ("x-api-key", self._api_key.value)
        sent = {name: value for name, value in merged.values() if value is not None}
        path = call.path
        if "://" in path:
            url = http.URL(path)
            check_origin(url, self._origin, what=f"the URL of {call.method} {url.path}")
        else:
            url = self.base_url.join(path.lstrip("/"))
        timeout = self.timeout if isinstance(call.timeout, NotGiven) else call.timeout
        request: httpx.Request = client.build_request(
            call.method,
            str(url),
            params=call.query or None,
            headers=sent,
            content=call.body,
            timeout=timeout_for(library_of(client), timeout),
        )
        return request

    def _describe(self, call: Call) -> str:
        return f"{call.method} {call.path}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={str(self.base_url)!r}, api_key=<secret>, "
            f"api_version={self.api_version!r}, max_retries={self.max_retries}, "
            f"lint={self.lint!r})"
        )


class Client(_BaseClient):
    """A synchronous client for the Anthropic API.

    ``sleep`` is how the client waits between retries (tests pass a recorder instead of
    sleeping). ``http_client`` lets you bring your own ``httpx2.Client`` or ``httpx.Client``
    (for proxies, limits), or just a transport of either (a mock transport, say); the client
    then leaves closing it to you. Whatever its ``follow_redirects`` says, redirects are
    followed only within the base URL's origin (see :class:`~msgtypes.CrossOriginError`).

    ``api_version`` is the ``anthropic-version`` to send: by default the one the current
    official SDK sends (``2026-10-21``), and requests are written as that SDK writes them (the
    key as ``Authorization: Bearer``); ``"2023-06-01"`` writes them as anthropic 0.x did
    (``x-api-key``, ``?beta=true`` on beta methods). See ``msgtypes.versions`` for what the
    versions accept.

    Bounds: ``timeout`` is httpx's (each network wait) and also bounds each attempt as a whole,
    from connecting to the last byte of a non-streaming answer; ``total_timeout`` bounds a whole
    call, retries and waits included; ``max_response_bytes`` bounds a response body (and, in a
    stream, the bytes between two items); ``stream_timeout`` bounds a stream's whole duration
    and ``stream_idle_timeout`` the wait for its next item. ``None`` turns a time bound off.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: URLType | None = None,
        api_version: str = DEFAULT_API_VERSION,
        timeout: TimeoutType = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: SyncHTTP | None = None,
        lint: LintMode = "off",
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
        stream_timeout: float | None = DEFAULT_STREAM_TIMEOUT,
        stream_idle_timeout: float | None = DEFAULT_STREAM_IDLE_TIMEOUT,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            api_version=api_version,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            lint=lint,
            limits=Limits(max_response_bytes, total_timeout, stream_timeout, stream_idle_timeout),
        )
        self._http: httpx.Client
        self._http, self._owns_http = _http_client(
            http_client,
            asynchronous=False,
            owned=lambda: http.Client(transport=with_deadlines(http.HTTPTransport())),
        )
        self._sleep = sleep
        from ._resources import Beta, Completions, Messages, Models

        self.messages = Messages(self)
        self.models = Models(self)
        self.completions = Completions(self)
        self.beta = Beta(self)

    def close(self) -> None:
        """Close the connection pool (unless it was passed in)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- sending --------------------------------------------------------------------------

    def _send(self, call: Call) -> tuple[httpx.Response, int]:
        """Send with retries; the response is open (streams) or fully read (everything else).

        Returns the response and the number of retries it took.
        """
        retries, clock = 0, self._deadlines(call)
        while True:
            sent = [self._build_request(self._http, call)]
            deadline = clock.start_attempt()
            token = running_deadline.set(deadline)
            try:
                response = self._attempt(sent)
                if not call.stream or response.status_code >= 300:
                    try:
                        read_body(response, self.limits.max_response_bytes, deadline)
                    finally:
                        response.close()
            except transport_errors() as error:
                delay = self._wait_or_raise(call, retries, clock, error)
            else:
                if response.status_code < 300:
                    return response, retries
                delay = self._wait_or_raise(call, retries, clock, response)
            finally:
                running_deadline.reset(token)
            retries += 1
            self._sleep(delay)

    def _attempt(self, sent: list[httpx.Request]) -> httpx.Response:
        """Send ``sent[0]`` and follow its same-origin redirects (each hop appended to ``sent``);
        every request sent is redacted when this returns or raises."""
        history: list[httpx.Response] = []
        try:
            response = self._http.send(sent[0], stream=True, follow_redirects=False)
            while True:
                try:
                    hop = next_hop(response, self._origin, len(history))
                except BaseException:
                    response.close()
                    raise
                if hop is None:
                    break
                try:
                    response.read()
                finally:
                    response.close()
                history.append(response)
                sent.append(hop)
                response = self._http.send(hop, stream=True, follow_redirects=False)
            response.history = history
            return response
        finally:
            _redact(sent)

    def _process(
        self, call: Call, parse: Callable[[httpx.Response], R], *, raw: bool | None = None
    ) -> R:
        """Send ``call`` and parse the answer, or wrap it when in raw mode."""
        want_raw = _raw_mode.get() if raw is None else raw
        if want_raw:
            _raw_mode.set(False)  # only the outermost call of a raw method is raw
        response, retries = self._send(call)
        if want_raw:
            return APIResponse(response, parse, retries)  # type: ignore[return-value]
        return parse(response)


class AsyncClient(_BaseClient):
    """The asyncio twin of :class:`Client` (``sleep`` is awaited between retries)."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: URLType | None = None,
        api_version: str = DEFAULT_API_VERSION,
        timeout: TimeoutType = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: AsyncHTTP | None = None,
        lint: LintMode = "off",
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
        stream_timeout: float | None = DEFAULT_STREAM_TIMEOUT,
        stream_idle_timeout: float | None = DEFAULT_STREAM_IDLE_TIMEOUT,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            api_version=api_version,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            lint=lint,
            limits=Limits(max_response_bytes, total_timeout, stream_timeout, stream_idle_timeout),
        )
        self._http: httpx.AsyncClient
        self._http, self._owns_http = _http_client(
            http_client,
            asynchronous=True,
            owned=lambda: http.AsyncClient(transport=with_deadlines(http.AsyncHTTPTransport())),
        )
        self._sleep = sleep
        from ._async_resources import AsyncBeta, AsyncCompletions, AsyncMessages, AsyncModels

        self.messages = AsyncMessages(self)
        self.models = AsyncModels(self)
        self.completions = AsyncCompletions(self)
        self.beta = AsyncBeta(self)

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    # -- sending --------------------------------------------------------------------------

    async def _send(self, call: Call) -> tuple[httpx.Response, int]:
        """Async twin of :meth:`Client._send` (each attempt runs in a cancel scope with its
        deadline)."""
        retries, clock = 0, self._deadlines(call)
        while True:
            sent = [self._build_request(self._http, call)]
            deadline = clock.start_attempt()
            try:
                response = await self._attempt_in_time(sent, deadline, read=not call.stream)
            except transport_errors() as error:
                delay = self._wait_or_raise(call, retries, clock, error)
            else:
                if response.status_code < 300:
                    return response, retries
                delay = self._wait_or_raise(call, retries, clock, response)
            retries += 1
            await self._sleep(delay)

    async def _attempt_in_time(
        self, sent: list[httpx.Request], deadline: float, *, read: bool
    ) -> httpx.Response:
        """One attempt within ``deadline``: the answer, its body read unless it is an open
        stream. A passed deadline is an ``httpx.ReadTimeout``, as a stalled read would be."""
        response: httpx.Response | None = None
        token = running_deadline.set(deadline)
        try:
            with anyio.fail_after(seconds_left(deadline)):
                response = await self._attempt(sent)
                if read or response.status_code >= 300:
                    await aread_body(response, self.limits.max_response_bytes, deadline)
        except TimeoutError as error:
            library = library_of(sent[-1])
            raise library.ReadTimeout("the deadline passed", request=sent[-1]) from error
        finally:
            running_deadline.reset(token)
            if response is not None and (read or response.status_code >= 300):
                await response.aclose()
        return response

    async def _attempt(self, sent: list[httpx.Request]) -> httpx.Response:
        """Async twin of :meth:`Client._attempt`."""
        history: list[httpx.Response] = []
        try:
            response = await self._http.send(sent[0], stream=True, follow_redirects=False)
            while True:
                try:
                    hop = next_hop(response, self._origin, len(history))
                except BaseException:
                    await response.aclose()
                    raise
                if hop is None:
                    break
                try:
                    await response.aread()
                finally:
                    await response.aclose()
                history.append(response)
                sent.append(hop)
                response = await self._http.send(hop, stream=True, follow_redirects=False)
            response.history = history
            return response
        finally:
            _redact(sent)

    async def _process(
        self, call: Call, parse: Callable[[httpx.Response], R], *, raw: bool | None = None
    ) -> R:
        """Async twin of :meth:`Client._process`."""
        want_raw = _raw_mode.get() if raw is None else raw
        if want_raw:
            _raw_mode.set(False)
        response, retries = await self._send(call)
        if want_raw:
            return APIResponse(response, parse, retries)  # type: ignore[return-value]
        return parse(response)
