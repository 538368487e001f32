"""How much a call may read and how long it may take, and how both are enforced.

Sizes: a response body is read in chunks and counted as it arrives (after content decoding, so
a compressed bomb counts at its real size); a ``Content-Length`` above the limit fails before
the body is read. A stream may read at most the same number of bytes between two items it
delivers (events, result lines), which bounds what its parser can buffer.

Time, for a non-streaming call: each attempt, from connecting to the last byte of the body,
must end within the call's ``timeout`` (its largest part, for an ``httpx.Timeout``), so a
server trickling bytes cannot stretch it; and the whole call, retries and the waits between them
included, within ``total_timeout``. For a stream the same holds until the response headers;
then ``stream_timeout`` bounds the whole stream and ``stream_idle_timeout`` the time between two
delivered items (pings are not items, so an endless ping stream ends).

Enforcement: on the client's own connection pool every socket wait (connect, TLS, each read and
write) gets at most the time left before the running deadline (:class:`DeadlineBackend`, set
through :data:`running_deadline`), so neither slow headers nor a slow body can pass it; the
deadline is also checked after every chunk read. With an ``http_client`` of yours, an async
client runs each attempt of a non-streaming call in a cancel scope with its deadline; a sync
client (and any stream) checks it after every chunk, while httpx's own per-read timeout bounds
each single wait. The socket wrapping reaches into the transport's private ``_pool`` (httpx and
httpx2 alike); were it ever missing, :func:`with_deadlines` says so in a warning and the client
falls back to the per-chunk checks.
"""

from __future__ import annotations

import contextvars
import importlib
import inspect
import logging
import math
import time
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from .._exceptions import APITimeoutError, ResponseTooLargeError
from ._http import library_of

if TYPE_CHECKING:
    import httpx

    from ._http import TimeoutType

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_STREAM_IDLE_TIMEOUT",
    "DEFAULT_STREAM_TIMEOUT",
    "DEFAULT_TOTAL_TIMEOUT",
    "DeadlineBackend",
    "Limits",
    "StreamBounds",
    "aread_body",
    "attempt_budget",
    "deadline_clamped",
    "read_body",
    "running_deadline",
    "seconds_left",
    "with_deadlines",
]

#: Largest response body read (and, in a stream, most bytes read between two items): 64 MiB.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
#: Seconds a whole non-streaming call may take, retries and waits included: 30 minutes.
DEFAULT_TOTAL_TIMEOUT = 1800.0
#: Seconds a stream may last from its response headers to its end: one hour.
DEFAULT_STREAM_TIMEOUT = 3600.0
#: Seconds a stream may go without delivering an item (pings do not count): 10 minutes.
DEFAULT_STREAM_IDLE_TIMEOUT = 600.0

# The deadline (time.monotonic) of the network wait running in this context, for DeadlineBackend.
running_deadline: contextvars.ContextVar[float] = contextvars.ContextVar(
    "msgtypes_deadline", default=math.inf
)


@dataclass(frozen=True)
class Limits:
    """The client's bounds (``None`` for a timeout means unbounded)."""

    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT
    stream_timeout: float | None = DEFAULT_STREAM_TIMEOUT
    stream_idle_timeout: float | None = DEFAULT_STREAM_IDLE_TIMEOUT

    def __post_init__(self) -> None:
        size = self.max_response_bytes
        if isinstance(size, bool) or not isinstance(size, int) or size < 1:
            raise ValueError(f"max_response_bytes must be a positive int, not {size!r}")
        for name in ("total_timeout", "stream_timeout", "stream_idle_timeout"):
            value = getattr(self, name)
            if value is not None and not value > 0:
                raise ValueError(f"{name} must be a positive number of seconds or None")


def attempt_budget(timeout: TimeoutType) -> float | None:
    """Seconds one attempt may take in all: the timeout, or the largest part of an
    ``httpx.Timeout`` (``None`` when any part is unbounded)."""
    if timeout is None:
        return None
    if isinstance(timeout, (int, float)):
        return float(timeout)
    parts = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    bounded = [part for part in parts if part is not None]
    return max(bounded) if len(bounded) == len(parts) else None


def seconds_left(deadline: float) -> float | None:
    """Seconds until ``deadline`` (``None`` for no deadline, never below 0)."""
    return None if deadline == math.inf else max(deadline - time.monotonic(), 0.0)


# --------------------------------------------------------------------------- bodies


def _too_large(response: httpx.Response, limit: int, size: int | None) -> ResponseTooLargeError:
    said = f"announces {size} bytes" if size is not None else f"passed {limit} bytes"
    return ResponseTooLargeError(
        f"the response body {said}, more than max_response_bytes ({limit}); "
        "it was not read (raise the limit with Client(max_response_bytes=...))",
        limit=limit,
        request_id=response.headers.get("request-id"),
    )


def _announced(response: httpx.Response, limit: int) -> None:
    """Fail before reading when an uncompressed body says it is too large."""
    length = response.headers.get("content-length", "")
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    if length.isdigit() and encoding == "identity" and int(length) > limit:
        raise _too_large(response, limit, int(length))


def _collect(response: httpx.Response, parts: list[bytes]) -> None:
    # httpx fills ``_content`` in read(); the body is read here with a limit instead, so the
    # response's ``content``/``json()`` work as after read().
    response._content = b"".join(parts)


class _Counter:
    __slots__ = ("deadline", "limit", "parts", "response", "size")

    def __init__(self, response: httpx.Response, limit: int, deadline: float) -> None:
        _announced(response, limit)
        self.response, self.limit, self.deadline = response, limit, deadline
        self.parts: list[bytes] = []
        self.size = 0

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            raise _too_large(self.response, self.limit, None)
        self.parts.append(chunk)
        if time.monotonic() > self.deadline:
            raise library_of(self.response).ReadTimeout(
                "the deadline passed while the body was read", request=self.response.request
            )


def _already_read(response: httpx.Response, limit: int) -> bool:
    """Whether the body is in memory already (a response built from bytes, as mock transports
    build them); then only its size is checked."""
    if not hasattr(response, "_content"):
        return False
    if len(response.content) > limit:
        raise _too_large(response, limit, None)
    return True


def read_body(response: httpx.Response, limit: int, deadline: float = math.inf) -> None:
    """Read the whole body of ``response`` (then ``response.content`` has it), at most
    ``limit`` bytes and until ``deadline``; raises ResponseTooLargeError or httpx.ReadTimeout."""
    if _already_read(response, limit):
        return
    counter = _Counter(response, limit, deadline)
    for chunk in response.iter_bytes():
        counter.add(chunk)
    _collect(response, counter.parts)


async def aread_body(response: httpx.Response, limit: int, deadline: float = math.inf) -> None:
    """Async twin of :func:`read_body` (the caller's cancel scope stops a stalled read)."""
    if _already_read(response, limit):
        return
    counter = _Counter(response, limit, deadline)
    async for chunk in response.aiter_bytes():
        counter.add(chunk)
    _collect(response, counter.parts)


# --------------------------------------------------------------------------- streams


class StreamBounds:
    """The bounds of one open stream: bytes and waiting time between two delivered items, and
    the stream's end.

    The stream sets ``delivered = True`` for each item it hands out. The reader adds each
    chunk's size to its count (raising :meth:`too_large` past ``limit``) and calls
    :meth:`read_on` each time it is about to wait for the server again. Plain attributes:
    this runs once per chunk and once per event.
    """

    __slots__ = ("_request_id", "delivered", "due", "end", "idle", "limit")

    def __init__(self, limits: Limits, request_id: str | None) -> None:
        self.limit = limits.max_response_bytes
        self.delivered = True
        self.idle = limits.stream_idle_timeout
        start = time.monotonic()
        self.end = start + limits.stream_timeout if limits.stream_timeout is not None else math.inf
        self.due = self.end
        self._request_id = request_id

    def read_on(self, pending: int) -> int:
        """The reader waits for the server again, having read ``pending`` bytes since the last
        item: after a delivery the count and the idle clock start over (so the clock counts
        the server's time, not the caller's time between items), otherwise a passed ``due``
        ends the stream. Returns the count to go on from."""
        if self.delivered:
            self.delivered = False
            if self.idle is not None:
                due = time.monotonic() + self.idle
                self.due = due if due < self.end else self.end
            return 0
        if time.monotonic() > self.due:
            raise self.timeout()
        return pending

    def too_large(self) -> ResponseTooLargeError:
        """The error for more than ``limit`` bytes without an item."""
        return ResponseTooLargeError(
            f"the stream sent more than max_response_bytes ({self.limit}) without completing "
            "an item; it was closed",
            limit=self.limit,
            request_id=self._request_id,
        )

    def timeout(self) -> APITimeoutError:
        """The error for a passed deadline, naming the bound."""
        if time.monotonic() >= self.end:
            text = "the stream lasted longer than stream_timeout"
        else:
            text = f"the stream sent no event for stream_idle_timeout ({self.idle} s)"
        return APITimeoutError(f"{text}; it was closed", request_id=self._request_id)


# --------------------------------------------------------------------------- sockets


def _clamp(timeout: float | None, expired: type[Exception]) -> float | None:
    """``timeout`` shortened to the time left before the running deadline; ``expired`` (the
    httpcore ReadTimeout of the pool, which its httpx maps) once the deadline has passed."""
    deadline = running_deadline.get()
    if deadline == math.inf:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise expired("the call's deadline passed")
    return left if timeout is None else min(timeout, left)


class _Clamped:
    """A network stream, sync or async, whose every read and write waits at most until the
    running deadline. (One class serves both: each method passes the call on with a clamped
    timeout and returns what the wrapped stream returns, a coroutine for an async one.)"""

    def __init__(self, stream: Any, expired: type[Exception]) -> None:
        self._stream = stream
        self._expired = expired

    def read(self, max_bytes: int, timeout: float | None = None) -> Any:
        return self._stream.read(max_bytes, _clamp(timeout, self._expired))

    def write(self, buffer: bytes, timeout: float | None = None) -> Any:
        return self._stream.write(buffer, _clamp(timeout, self._expired))

    def close(self) -> Any:
        return self._stream.close()

    def aclose(self) -> Any:
        return self._stream.aclose()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> Any:
        started = self._stream.start_tls(
            ssl_context, server_hostname, _clamp(timeout, self._expired)
        )
        return _wrap(started, self._expired)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


def _wrap(stream: Any, expired: type[Exception]) -> Any:
    """``stream`` clamped; for the coroutine of an async connect, a coroutine of it clamped."""
    if inspect.isawaitable(stream):
        return _wrap_when_ready(stream, expired)
    return _Clamped(stream, expired)


async def _wrap_when_ready(pending: Awaitable[Any], expired: type[Exception]) -> _Clamped:
    return _Clamped(await pending, expired)


class DeadlineBackend:
    """An httpcore network backend (sync or async, like the one it wraps) with
    :data:`running_deadline` applied to every socket wait; ``expired`` is the ``ReadTimeout``
    of the httpcore (httpcore or httpcore2) the backend belongs to."""

    def __init__(self, backend: Any, expired: type[Exception]) -> None:
        self._backend = backend
        self._expired = expired

    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, **options: Any
    ) -> Any:
        connecting = self._backend.connect_tcp(
            host, port, _clamp(timeout, self._expired), **options
        )
        return _wrap(connecting, self._expired)

    def connect_unix_socket(self, path: str, timeout: float | None = None, **options: Any) -> Any:
        connecting = self._backend.connect_unix_socket(
            path, _clamp(timeout, self._expired), **options
        )
        return _wrap(connecting, self._expired)

    def sleep(self, seconds: float) -> Any:
        return self._backend.sleep(seconds)


def deadline_clamped(response: httpx.Response) -> bool:
    """Whether ``response`` is read through a :class:`DeadlineBackend` socket (only then does
    :data:`running_deadline` need setting)."""
    return isinstance(response.extensions.get("network_stream"), _Clamped)


log = logging.getLogger("msgtypes.transport")

Transport = TypeVar("Transport")

#: The httpcore each HTTP library runs on (its pool raises that one's exceptions).
_CORE_OF = {"httpx": "httpcore", "httpx2": "httpcore2"}


def with_deadlines(transport: Transport) -> Transport:
    """httpx's (or httpx2's) own transport, sync or async, with :class:`DeadlineBackend` under
    its pool. The pool and its backend are private attributes of the library; when they are not
    where they are expected, the transport is returned as it is and a warning says that each
    attempt is then bounded per chunk only (see the module docstring)."""
    library = library_of(transport).__name__
    pool: Any = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if library not in _CORE_OF or backend is None:
        log.warning(
            "msgtypes: cannot put the call deadlines under the sockets of %s (no "
            "_pool._network_backend); each attempt is checked against its deadline per chunk "
            "read instead",
            type(transport).__name__,
        )
        return transport
    expired = importlib.import_module(_CORE_OF[library]).ReadTimeout
    pool._network_backend = DeadlineBackend(backend, expired)
    return transport
