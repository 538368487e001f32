"""`FakeAnthropic`: a FakeAPI with ready clients on its in-process transport (no socket).

It is what the pytest fixture ``fake_anthropic`` yields (``msgtypes.pytest_plugin``),
and works the same outside pytest::

    with FakeAnthropic() as fake:
        fake.replies.push("Hi!")
        fake.client.messages.create(model=..., max_tokens=..., messages=[...])

Clients are made on first use: ``client`` / ``async_client`` are msgtypes' own, ``sdk`` /
``async_sdk`` the official SDK's (``anthropic`` must be installed). httpx and anthropic are
imported only then.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from ._app import FakeAPI, RecordedRequest
from ._faults import Faults
from ._replies import Replies

if TYPE_CHECKING:
    from ..transport import AsyncClient, Client

__all__ = ["API_KEY", "BASE_URL", "FakeAnthropic"]

#: The key the ready clients send (the fake accepts any non-empty key unless told otherwise).
API_KEY = "test-key"
#: The base URL of the ready clients; the in-process transport answers it without a socket.
BASE_URL = "http://fake-anthropic.test"


class FakeAnthropic:
    """A :class:`FakeAPI` (``api``) and clients wired to it in-process.

    ``replies``, ``faults`` and ``requests`` are the fake's own: push scripted replies, arm
    faults, read what was sent. ``close()`` (or leaving the ``with`` block) closes every
    client made.
    """

    def __init__(self, api: FakeAPI | None = None) -> None:
        self.api = api if api is not None else FakeAPI()
        self._made: dict[str, Any] = {}
        self._closers: list[Any] = []
        self._async_closers: list[Any] = []

    # -- the fake's controls ---------------------------------------------------------------

    @property
    def replies(self) -> Replies:
        """The Messages reply script (``push`` text, Replies, Messages, faults, callables)."""
        return self.api.replies

    @property
    def faults(self) -> Faults:
        """The armed faults (``add(RateLimited(...), times=1, route="messages")``)."""
        return self.api.faults

    @property
    def requests(self) -> list[RecordedRequest]:
        """The requests the fake received, oldest first."""
        return list(self.api.requests)

    # -- ready clients ---------------------------------------------------------------------

    @property
    def client(self) -> Client:
        """A :class:`msgtypes.Client` on the fake."""
        client: Client = self._once("client", self._make_client)
        return client

    @property
    def async_client(self) -> AsyncClient:
        """A :class:`msgtypes.AsyncClient` on the fake."""
        client: AsyncClient = self._once("async_client", self._make_async_client)
        return client

    @property
    def sdk(self) -> Any:
        """An ``anthropic.Anthropic`` on the fake (needs the ``anthropic`` package)."""
        return self._once("sdk", self._make_sdk)

    @property
    def async_sdk(self) -> Any:
        """An ``anthropic.AsyncAnthropic`` on the fake (needs the ``anthropic`` package)."""
        return self._once("async_sdk", self._make_async_sdk)

    def _once(self, name: str, make: Any) -> Any:
        if name not in self._made:
            self._made[name] = make()
        return self._made[name]

    def _http(self, library: Any = None) -> Any:
        from ..transport._http import http as preferred

        http = (library or preferred).Client(transport=self.api.transport())
        self._closers.append(http)
        return http

    def _async_http(self, library: Any = None) -> Any:
        from ..transport._http import http as preferred

        http = (library or preferred).AsyncClient(transport=self.api.async_transport())
        self._async_closers.append(http)
        return http

    def _make_client(self) -> Client:
        from ..transport import Client

        return Client(api_key=API_KEY, base_url=BASE_URL, http_client=self._http())

    def _make_async_client(self) -> AsyncClient:
        from ..transport import AsyncClient

        return AsyncClient(api_key=API_KEY, base_url=BASE_URL, http_client=self._async_http())

    def _make_sdk(self) -> Any:
        anthropic = _anthropic()
        http = self._http(_sdk_library(anthropic))
        return anthropic.Anthropic(api_key=API_KEY, base_url=BASE_URL, http_client=http)

    def _make_async_sdk(self) -> Any:
        anthropic = _anthropic()
        http = self._async_http(_sdk_library(anthropic))
        return anthropic.AsyncAnthropic(api_key=API_KEY, base_url=BASE_URL, http_client=http)

    # -- closing ---------------------------------------------------------------------------

    def close(self) -> None:
        """Close the clients made so far (async ones too, when no event loop is running)."""
        while self._closers:
            self._closers.pop().close()
        if self._async_closers:
            closers, self._async_closers = self._async_closers, []
            try:
                asyncio.get_running_loop()
            except RuntimeError:  # none running: close them on a loop of their own
                asyncio.run(_aclose_all(closers))
        self._made.clear()

    def __enter__(self) -> FakeAnthropic:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


async def _aclose_all(clients: list[Any]) -> None:
    for http in clients:
        await http.aclose()


def _anthropic() -> Any:
    try:
        import anthropic
    except ImportError as exc:
        raise ImportError(
            "the official SDK's clients need the anthropic package: pip install anthropic"
        ) from exc
    return anthropic


def _sdk_library(anthropic: Any) -> Any:
    """The HTTP library the installed SDK runs on (httpx for 0.x and 1.x, httpx2 for 2.x): its
    default client class derives from that library's ``Client``."""
    from ..transport._http import library_of

    return library_of(anthropic.DefaultHttpxClient)
