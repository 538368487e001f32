"""httpx transports that serve a :class:`FakeAPI` in-process, streaming included.

Unlike ``httpx.ASGITransport`` (which waits for the whole body) these hand each chunk to the
client as the app sends it, and a connection the app cuts (:class:`ConnectionDropped`) surfaces
as the ``RemoteProtocolError`` a real socket would give. They serve an ``httpx2`` client and an
``httpx`` one alike: the response (and any error) is of the library of the request. They are
``BaseTransport``s of the preferred library (httpx2 when installed). Imported only when used.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import queue
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ..transport._http import http, library_of
from ._app import ConnectionDropped

if TYPE_CHECKING:
    import httpx

    from ._app import FakeAPI

__all__ = ["AsyncTransport", "SyncTransport"]

Item = tuple[str, Any]  # ("message", ASGI message) | ("error", exception) | ("end", None)


def _scope(request: httpx.Request) -> dict[str, Any]:
    url = request.url
    port = url.port or (443 if url.scheme == "https" else 80)
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": request.method,
        "scheme": url.scheme,
        "path": url.path,
        "raw_path": url.raw_path.split(b"?", 1)[0],
        "query_string": url.query,
        "root_path": "",
        "headers": [(name.lower(), value) for name, value in request.headers.raw],
        "client": ("127.0.0.1", 50000),
        "server": (url.host, port),
    }


async def _run(
    app: FakeAPI, request: httpx.Request, body: bytes, put: Callable[[Item], Any]
) -> None:
    delivered = False

    async def receive() -> dict[str, Any]:
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.Event().wait()  # nothing more to read: wait until cancelled
        return {"type": "http.disconnect"}

    async def send(message: Any) -> None:
        put(("message", message))

    try:
        await app(_scope(request), receive, send)
    except asyncio.CancelledError:
        raise
    except Exception as exc:
        put(("error", exc))
    else:
        put(("end", None))


def _translate(exc: BaseException, library: ModuleType) -> BaseException:
    if isinstance(exc, ConnectionDropped):
        return library.RemoteProtocolError(  # type: ignore[no-any-return]
            "peer closed connection without sending complete message body"
        )
    return exc


def _start(item: Item, request: httpx.Request) -> tuple[int, list[tuple[bytes, bytes]]]:
    kind, message = item
    if kind == "error":
        raise _translate(message, library_of(request))
    if kind == "end" or message.get("type") != "http.response.start":
        raise RuntimeError("the app finished without starting a response")
    return int(message["status"]), list(message.get("headers", []))


def _chunk(item: Item, library: ModuleType) -> tuple[bytes, bool]:
    """The body bytes in ``item`` and whether the body is complete."""
    kind, message = item
    if kind == "error":
        raise _translate(message, library)
    if kind == "end":
        raise library.RemoteProtocolError("the app returned without completing the response")
    if message.get("type") != "http.response.body":
        return b"", False
    return bytes(message.get("body", b"")), not message.get("more_body", False)


# --------------------------------------------------------------------------- async


class _AsyncBody:
    """The body of an async response (mixed into the request library's AsyncByteStream)."""

    library: ModuleType

    def __init__(self, items: asyncio.Queue[Item], task: asyncio.Task[None]) -> None:
        self._items = items
        self._task = task

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while True:
            data, complete = _chunk(await self._items.get(), self.library)
            if data:
                yield data
            if complete:
                return

    async def aclose(self) -> None:
        if not self._task.done():
            self._task.cancel()


@functools.cache
def _body_class(library: ModuleType, mixin: type) -> type:
    """``mixin`` as a byte stream of ``library`` (its clients check the stream's class)."""
    base = library.AsyncByteStream if mixin is _AsyncBody else library.SyncByteStream
    return type(mixin.__name__, (mixin, base), {"library": library})


class AsyncTransport(http.AsyncBaseTransport):
    """Serves a FakeAPI to an ``httpx2.AsyncClient`` (or ``httpx.AsyncClient``) on the
    client's own event loop."""

    def __init__(self, app: FakeAPI) -> None:
        self.app = app

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        items: asyncio.Queue[Item] = asyncio.Queue()
        task = asyncio.get_running_loop().create_task(
            _run(self.app, request, body, items.put_nowait)
        )
        status, headers = _start(await items.get(), request)
        library = library_of(request)
        body = _body_class(library, _AsyncBody)(items, task)
        response: httpx.Response = library.Response(status, headers=headers, stream=body)
        return response


# --------------------------------------------------------------------------- sync


class _SyncBody:
    """The body of a sync response (mixed into the request library's SyncByteStream)."""

    library: ModuleType

    def __init__(self, items: queue.Queue[Item], future: concurrent.futures.Future[None]) -> None:
        self._items = items
        self._future = future

    def __iter__(self) -> Iterator[bytes]:
        while True:
            data, complete = _chunk(self._items.get(), self.library)
            if data:
                yield data
            if complete:
                return

    def close(self) -> None:
        self._future.cancel()


class SyncTransport(http.BaseTransport):
    """Serves a FakeAPI to an ``httpx2.Client`` (or ``httpx.Client``); the app runs on a
    private event-loop thread."""

    def __init__(self, app: FakeAPI) -> None:
        self.app = app
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def _event_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(
                    target=loop.run_forever, name="msgtypes-fake-api", daemon=True
                )
                thread.start()
                self._loop, self._thread = loop, thread
            return self._loop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        items: queue.Queue[Item] = queue.Queue()
        future = asyncio.run_coroutine_threadsafe(
            _run(self.app, request, body, items.put), self._event_loop()
        )
        status, headers = _start(items.get(), request)
        library = library_of(request)
        stream = _body_class(library, _SyncBody)(items, future)
        response: httpx.Response = library.Response(status, headers=headers, stream=stream)
        return response

    def close(self) -> None:
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is not None and thread is not None:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=5)
            loop.close()
