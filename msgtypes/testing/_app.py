"""The fake API: a plain ASGI application.

Routing, the header checks every API request goes through, fault injection, and the response
writer live here; the endpoint handlers are in :mod:`._handlers`.

Hostile input is bounded: a body is refused as soon as it is known to pass its size limit (by
``Content-Length`` before a byte is read, or while it is read), the request log keeps at most
:data:`MAX_RECORDED_REQUESTS` requests and :data:`MAX_RECORDED_BODY_BYTES` of bodies (oldest
dropped first) and never a credential, and every bad input gets the API's JSON error shape.
Bodies are decoded and linted in worker threads (at most :data:`WORKER_THREADS`), so the event
loop keeps serving other connections while one request is linted (within what the GIL allows:
a single long C call, such as one regular-expression match, still holds everyone up).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs

import msgspec

from .. import versions
from ._batches import BatchStore
from ._clock import Clock, ManualClock, SystemClock
from ._errors import error_body
from ._events import PING, Event, frame
from ._faults import (
    DropConnection,
    Fault,
    Faults,
    Slow,
    StreamError,
    http_error_of,
)
from ._handlers import Handlers, Out, Request
from ._ids import IdFactory
from ._models import BUILTIN_MODELS, ModelRecord, ModelRegistry
from ._replies import Replies

__all__ = ["ConnectionDropped", "FakeAPI", "RecordedRequest"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

log = logging.getLogger("msgtypes.testing")

#: ``anthropic-version`` values the fake accepts: those of the versions table, and 2023-01-01
#: (still accepted by the API; it gets 2023-06-01's rules).
API_VERSIONS = frozenset({*versions.API_VERSIONS, "2023-01-01"})
#: Body size limits of the API (``request_too_large`` above them).
MAX_BODY = 32 * 1024 * 1024
MAX_BATCH_BODY = 256 * 1024 * 1024
REQUESTS_PER_MINUTE = 4000
#: Requests kept in ``FakeAPI.requests`` by default; older ones are dropped first.
MAX_RECORDED_REQUESTS = 1000
#: Body bytes the request log may hold in all; older requests are dropped first.
MAX_RECORDED_BODY_BYTES = 64 * 1024 * 1024
#: Worker threads that decode, lint and handle requests off the event loop.
WORKER_THREADS = 4
#: Header values never kept in the request log.
SECRET_HEADERS = frozenset({"x-api-key", "authorization"})
REDACTED = "[redacted]"


class ConnectionDropped(ConnectionResetError):
    """Raised by the app to cut a response short (an injected :class:`DropConnection`).

    A server (uvicorn) closes the TCP connection when its app raises after the response has
    started, so the client sees a body that stops early. The in-process transports of
    :class:`FakeAPI` turn it into the error httpx raises for such a connection.
    """


@dataclass(frozen=True)
class RecordedRequest:
    """A request as the fake received it, credentials redacted (``x-api-key`` and
    ``authorization`` read ``"[redacted]"``; check keys with ``FakeAPI(api_keys=...)``). The
    body of a request refused as too large was not read: it is recorded empty."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        """The body decoded as JSON."""
        return msgspec.json.decode(self.body)


_ROUTES: tuple[tuple[str, str, str, str], ...] = (
    # method, path pattern ({id} is one path segment), route family, handler name
    ("POST", "/v1/messages", "messages", "create_message"),
    ("POST", "/v1/messages/count_tokens", "count_tokens", "count_tokens"),
    ("POST", "/v1/messages/batches", "batches", "create_batch"),
    ("GET", "/v1/messages/batches", "batches", "list_batches"),
    ("GET", "/v1/messages/batches/{id}", "batches", "retrieve_batch"),
    ("DELETE", "/v1/messages/batches/{id}", "batches", "delete_batch"),
    ("POST", "/v1/messages/batches/{id}/cancel", "batches", "cancel_batch"),
    ("GET", "/v1/messages/batches/{id}/results", "batches", "batch_results"),
    ("GET", "/v1/models", "models", "list_models"),
    ("GET", "/v1/models/{id}", "models", "retrieve_model"),
    ("POST", "/v1/complete", "complete", "complete"),
)


def _match(pattern: str, path: str) -> dict[str, str] | None:
    want = pattern.strip("/").split("/")
    have = path.strip("/").split("/")
    if len(want) != len(have):
        return None
    params: dict[str, str] = {}
    for expected, actual in zip(want, have, strict=True):
        if expected.startswith("{"):
            if not actual:
                return None
            params[expected[1:-1]] = actual
        elif expected != actual:
            return None
    return params


@dataclass
class _RateWindow:
    start: float = 0.0
    count: int = 0


class FakeAPI:
    """A local fake of the Anthropic API as an ASGI app.

    ``mock=False`` (the default) is the faithful fake: request bodies are decoded strictly into
    the msgtypes Structs *and* linted, unknown models answer 404, and batches, models and ids are
    real state. ``mock=True`` behaves like a schema mock server: structure and types are checked,
    semantic rules are off, and any id resolves to a plausible object.

    ``clock`` drives batch processing (see :class:`ManualClock`); ``batch_processing_seconds`` is
    how long a batch takes (``None``: only :meth:`process_batches` finishes batches);
    ``api_keys`` limits the accepted keys (``None``: any non-empty key); ``models`` replaces
    the built-in model list; ``seed`` makes generated ids repeatable; ``ping_interval`` is how
    often a slowed stream sends ``ping`` events while it waits; ``max_recorded_requests`` bounds
    the request log ``requests`` (oldest dropped first).
    """

    def __init__(
        self,
        *,
        mock: bool = False,
        clock: Clock | None = None,
        batch_processing_seconds: float | None = 0.0,
        api_keys: Iterable[str] | None = None,
        models: Iterable[ModelRecord] | None = None,
        seed: int | None = None,
        ping_interval: float = 5.0,
        max_recorded_requests: int = MAX_RECORDED_REQUESTS,
    ) -> None:
        self.mock = mock
        self.clock: Clock = clock if clock is not None else SystemClock()
        self.replies = Replies()
        self.faults = Faults()
        self.models = ModelRegistry(BUILTIN_MODELS if models is None else models)
        self.requests: list[RecordedRequest] = []
        self.max_recorded_requests = max_recorded_requests
        # Handlers run here, off the event loop (threads start on first use).
        self._workers = concurrent.futures.ThreadPoolExecutor(
            WORKER_THREADS, thread_name_prefix="msgtypes-fake-api"
        )
        self.ping_interval = ping_interval
        self.api_keys = None if api_keys is None else frozenset(api_keys)
        self.ids = IdFactory(seed)
        self._lock = threading.RLock()  # the API's state: held by handlers in worker threads
        self._log_lock = threading.Lock()  # the request log and the rate window: event loop
        self._rate = _RateWindow()
        self._handlers = Handlers(self)
        self.batches = BatchStore(
            clock=self.clock,
            processor=self._handlers.run_batch_request,
            processing_seconds=batch_processing_seconds,
        )

    # ------------------------------------------------------------------ controls for tests

    def advance(self, seconds: float) -> None:
        """Move a :class:`ManualClock` forward and apply what became due."""
        if not isinstance(self.clock, ManualClock):
            raise TypeError("advance() needs FakeAPI(clock=ManualClock())")
        self.clock.advance(seconds)
        with self._lock:
            self.batches.tick()

    def process_batches(self) -> None:
        """Finish every unfinished batch now (canceling ones end as canceled)."""
        with self._lock:
            self.batches.process()

    def reset(self) -> None:
        """Forget batches, recorded requests, queued replies and armed faults."""
        with self._lock, self._log_lock:
            self.batches.batches.clear()
            self.requests.clear()
            self.replies.clear()
            self.faults.clear()

    def transport(self) -> Any:
        """An ``httpx.BaseTransport`` for ``httpx.Client(transport=...)``, served in-process."""
        from ._transport import SyncTransport

        return SyncTransport(self)

    def async_transport(self) -> Any:
        """An ``httpx.AsyncBaseTransport`` for ``httpx.AsyncClient``, served in-process."""
        from ._transport import AsyncTransport

        return AsyncTransport(self)

    # ------------------------------------------------------------------ ASGI

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise RuntimeError(f"FakeAPI serves http only, not {scope['type']!r}")
        request, too_large = await self._read(scope, receive)
        if too_large:
            await self._write(send, request, _too_large(), None, edge=True)
            return
        try:
            out, fault = await self._respond(request)
        except Exception:  # a bug of the fake: still the API's error shape, and logged
            log.exception("the fake API failed on %s %s", request.method, request.path)
            out, fault = request.error("api_error", "Internal server error"), None
        await self._write(send, request, out, fault)

    async def _read(self, scope: Scope, receive: Receive) -> tuple[Request, bool]:
        """The request, and whether its body was refused (unread) as too large."""
        headers: dict[str, str] = {}
        for raw_name, raw_value in scope.get("headers", []):
            name, value = raw_name.decode("latin-1").lower(), raw_value.decode("latin-1")
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        method, path = scope["method"].upper(), scope["path"]
        body = await _read_body(receive, headers.get("content-length"), _body_limit(path))
        query = scope.get("query_string", b"").decode("latin-1")
        host = headers.get("host")
        if host is None:
            server = scope.get("server") or ("127.0.0.1", 80)
            host = f"{server[0]}:{server[1]}"
        betas = tuple(b.strip() for b in headers.get("anthropic-beta", "").split(",") if b.strip())
        every = parse_qs(query, keep_blank_values=True)
        request = Request(
            method=method,
            path=path,
            query={k: v[-1] for k, v in every.items()},
            query_all=every,
            headers=headers,
            body=body or b"",
            request_id=self.ids.request(),
            base_url=f"{scope.get('scheme', 'http')}://{host}",
            betas=betas,
        )
        self._record(request, query)
        return request, body is None

    def _record(self, request: Request, query: str) -> None:
        """Keep the request in the bounded log, without credentials."""
        headers = {k: REDACTED if k in SECRET_HEADERS else v for k, v in request.headers.items()}
        recorded = RecordedRequest(request.method, request.path, query, headers, request.body)
        with self._log_lock:
            kept = self.requests
            kept.append(recorded)
            size = sum(len(r.body) for r in kept)
            drop = max(len(kept) - self.max_recorded_requests, 0)
            size -= sum(len(r.body) for r in kept[:drop])
            while size > MAX_RECORDED_BODY_BYTES and drop < len(kept) - 1:
                size -= len(kept[drop].body)
                drop += 1
            del kept[:drop]

    async def _respond(self, request: Request) -> tuple[Out, Fault | None]:
        found = self._route(request)
        if isinstance(found, Out):
            return found, None
        route, name, params = found
        problem = self._check_headers(request, route)
        if problem is not None:
            return problem, None
        fault = self.faults.take(
            route, streaming=_wants_stream(request.body), request_id=request.request_id
        )
        if fault is not None:
            error = http_error_of(fault)
            if error is not None:
                out = request.error(error.error_type, error.message, status=error.status)
                out.headers.extend(error.headers)
                return out, None
            if isinstance(fault, Slow) and fault.seconds > 0:
                await asyncio.sleep(fault.seconds)
        loop = asyncio.get_running_loop()
        out = await loop.run_in_executor(self._workers, self._handle, name, request, params)
        if out.fault is not None:
            self.faults.record(out.fault, route, request.request_id)
            if isinstance(out.fault, Slow) and out.fault.seconds > 0:
                await asyncio.sleep(out.fault.seconds)
            fault = out.fault
        return out, fault

    def _handle(self, name: str, request: Request, params: dict[str, str]) -> Out:
        """In a worker thread: decode and lint the body (unlocked), then run the handler."""
        self._handlers.prepare(name, request)
        with self._lock:
            self.batches.tick()
            out: Out = getattr(self._handlers, name)(request, **params)
        return out

    def _route(self, request: Request) -> tuple[str, str, dict[str, str]] | Out:
        allowed = False
        for method, pattern, route, name in _ROUTES:
            params = _match(pattern, request.path)
            if params is None:
                continue
            if method == request.method:
                return route, name, params
            allowed = True
        if allowed:
            return request.error(
                "invalid_request_error", f"Method {request.method} not allowed", status=405
            )
        return request.error("not_found_error", "Not found")

    def _check_headers(self, request: Request, route: str) -> Out | None:
        headers = request.headers
        key = headers.get("x-api-key")
        bearer = headers.get("authorization", "")
        if bearer.lower().startswith("bearer "):
            key = key or bearer[7:].strip()
        if not key:
            return request.error("authentication_error", "x-api-key header is required")
        if self.api_keys is not None and key not in self.api_keys:
            return request.error("authentication_error", "invalid x-api-key")
        version = headers.get("anthropic-version")
        if version is None:
            return request.error("invalid_request_error", "anthropic-version: header is required")
        if version not in API_VERSIONS:
            return request.error(
                "invalid_request_error", f"anthropic-version: invalid version {version!r}"
            )
        request.api_version = version
        media_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if request.body and media_type and media_type != "application/json":
            # The API takes JSON bodies only; its exact wording for another content type is not
            # documented, so this message is ours (a 400, as the API answers other 4xx).
            return request.error(
                "invalid_request_error",
                f"content-type: expected application/json, got {media_type!r}",
            )
        if not self.mock:
            from ..betas import KNOWN_BETAS

            unknown = [b for b in request.betas if b not in KNOWN_BETAS]
            if unknown:
                values = ", ".join(f"`{b}`" for b in unknown)
                return request.error(
                    "invalid_request_error",
                    f"Unexpected value(s) {values} for the `anthropic-beta` header. Please "
                    "consult our documentation at docs.anthropic.com or try again without the "
                    "header.",
                )
        return None

    def _rate_headers(self) -> list[tuple[str, str]]:
        now = self.clock.now()
        minute = now.replace(second=0, microsecond=0)
        with self._log_lock:
            if self._rate.start != minute.timestamp():
                self._rate = _RateWindow(minute.timestamp(), 0)
            self._rate.count += 1
            remaining = max(0, REQUESTS_PER_MINUTE - self._rate.count)
        reset = (minute + timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
        return [
            ("anthropic-ratelimit-requests-limit", str(REQUESTS_PER_MINUTE)),
            ("anthropic-ratelimit-requests-remaining", str(remaining)),
            ("anthropic-ratelimit-requests-reset", reset),
        ]

    async def _write(
        self, send: Send, request: Request, out: Out, fault: Fault | None, *, edge: bool = False
    ) -> None:
        if edge:  # answered in front of the API: no request id, no rate-limit headers
            headers = list(out.headers)
        else:
            headers = [("request-id", request.request_id), *self._rate_headers(), *out.headers]
        drop = fault if isinstance(fault, DropConnection) else None
        if out.events is None:
            headers += [("content-type", out.content_type), ("content-length", str(len(out.body)))]
            await send(
                {"type": "http.response.start", "status": out.status, "headers": _raw(headers)}
            )
            if drop is not None:
                half = out.body[: len(out.body) // 2]
                await send({"type": "http.response.body", "body": half, "more_body": True})
                raise ConnectionDropped("connection dropped by an injected fault")
            await send({"type": "http.response.body", "body": out.body, "more_body": False})
            return
        headers += [
            ("content-type", "text/event-stream; charset=utf-8"),
            ("cache-control", "no-cache"),
        ]
        await send({"type": "http.response.start", "status": out.status, "headers": _raw(headers)})
        await self._stream(send, request, out.events, fault)

    async def _stream(
        self, send: Send, request: Request, events: list[Event], fault: Fault | None
    ) -> None:
        last = max(0, len(events) - 1)  # faults strike before message_stop at the latest
        pause = fault.per_event if isinstance(fault, Slow) else 0.0
        for number, event in enumerate(events):
            if isinstance(fault, DropConnection) and number == min(fault.after_events, last):
                raise ConnectionDropped("connection dropped by an injected fault")
            if isinstance(fault, StreamError) and number == min(fault.after_events, last):
                data = error_body(fault.error_type, fault.message, request.request_id)
                await _body(send, frame(("error", data)), more=False)
                return
            if pause > 0:
                await self._pause(send, pause)
            await _body(send, frame(event), more=True)
        await _body(send, b"", more=False)

    async def _pause(self, send: Send, seconds: float) -> None:
        while self.ping_interval > 0 and seconds > self.ping_interval:
            await asyncio.sleep(self.ping_interval)
            await _body(send, frame(PING), more=True)
            seconds -= self.ping_interval
        await asyncio.sleep(seconds)


def _body_limit(path: str) -> int:
    """The API's size limit for a body sent to ``path``."""
    return MAX_BATCH_BODY if path.rstrip("/").startswith("/v1/messages/batches") else MAX_BODY


async def _read_body(receive: Receive, length: str | None, limit: int) -> bytes | None:
    """The request body, or None as soon as it is known to pass ``limit``: from
    ``Content-Length`` before anything is read, or while it is read. The rest is not read (the
    server discards it once the answer has been sent)."""
    if length is not None and length.strip().isdigit() and int(length) > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _too_large() -> Out:
    """The 413 for a body over the limit. On the API it comes from the edge (Cloudflare) before
    the request reaches the API servers (docs: API errors, "Request size limits"); the body
    seen in practice is ``{"error": {"type": "request_too_large", "message": "Request exceeds
    the maximum size"}}``: no top-level ``"type": "error"`` and no request id, and the fake
    answers the same (clients must cope with it)."""
    body = msgspec.json.encode(
        {"error": {"type": "request_too_large", "message": "Request exceeds the maximum size"}}
    )
    return Out(status=413, body=body)


def _raw(headers: list[tuple[str, str]]) -> list[tuple[bytes, bytes]]:
    return [(name.encode("latin-1"), value.encode("latin-1")) for name, value in headers]


async def _body(send: Send, data: bytes, *, more: bool) -> None:
    await send({"type": "http.response.body", "body": data, "more_body": more})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def _wants_stream(body: bytes) -> bool:
    if b'"stream"' not in body:
        return False
    try:
        value = msgspec.json.decode(body)
    except (msgspec.DecodeError, RecursionError):
        return False
    return isinstance(value, dict) and value.get("stream") is True
