"""What a call returns besides a bare Struct: the raw response wrapper and list pages.

``APIResponse`` is what ``with_raw_response`` methods return: the ``httpx.Response`` with its
headers (``request-id``, rate-limit headers), and ``parse()`` for the Struct. ``SyncPage`` and
``AsyncPage`` are one page of a list endpoint; iterating one walks every item of every
following page, fetching them as it goes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import msgspec

from .._exceptions import APIError, APIStatusError, status_error
from ..batches import Page
from ..codec import decode
from ..errors import ErrorResponse

if TYPE_CHECKING:
    import httpx

    from ._request import Query

__all__ = [
    "APIResponse",
    "AsyncPage",
    "AsyncPaginator",
    "SyncPage",
    "decode_body",
    "error_from_response",
]

T = TypeVar("T")
R = TypeVar("R")

_MAX_MESSAGE_TEXT = 500


class APIResponse(Generic[R]):
    """The HTTP response of a call, with the decoded result a ``parse()`` away."""

    def __init__(
        self, http_response: httpx.Response, parse: Callable[[httpx.Response], R], retries: int
    ) -> None:
        self.http_response = http_response
        self.retries_taken = retries
        self._parse = parse
        self._parsed: list[R] = []

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (case-insensitive)."""
        return self.http_response.headers

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def request_id(self) -> str | None:
        """The API's ``request-id`` for this call, to quote in support requests."""
        value: str | None = self.http_response.headers.get("request-id")
        return value

    def parse(self) -> R:
        """The Struct (or stream, or page) the plain method would have returned."""
        if not self._parsed:
            self._parsed.append(self._parse(self.http_response))
        return self._parsed[0]

    def __repr__(self) -> str:
        request = self.http_response.request
        return (
            f"<APIResponse [{self.status_code} {self.http_response.reason_phrase}] "
            f"{request.method} {request.url.path}>"
        )


def decode_body(response: httpx.Response, type: Any) -> Any:
    """Decode a successful response body into ``type``; a body that will not decode is an
    :class:`~msgtypes.APIError` naming the request id."""
    try:
        return decode(response.content, type=type)
    except msgspec.DecodeError as error:
        name = getattr(type, "__name__", str(type))
        raise APIError(
            f"the API's answer could not be decoded as {name}: {error}",
            request_id=response.headers.get("request-id"),
        ) from error


def error_from_response(response: httpx.Response) -> APIStatusError:
    """The typed exception for an error response whose body has been read."""
    body = _error_body(response.content)
    error = status_error(
        response.status_code,
        body,
        request_id=response.headers.get("request-id"),
        headers=response.headers,
    )
    if body is None:
        text = response.content[:_MAX_MESSAGE_TEXT].decode("utf-8", "replace").strip()
        if text:
            error.message = f"HTTP {response.status_code}: {text}"
            error.args = (error.message,)
    return error


def _error_body(content: bytes) -> ErrorResponse | None:
    if not content:
        return None
    try:
        return decode(content, type=ErrorResponse)
    except msgspec.DecodeError:
        pass
    try:  # an edge proxy may leave out the top-level "type": "error"
        raw = msgspec.json.decode(content)
    except msgspec.DecodeError:
        return None
    if isinstance(raw, dict) and isinstance(raw.get("error"), dict) and "type" not in raw:
        try:
            return decode(msgspec.json.encode({"type": "error", **raw}), type=ErrorResponse)
        except msgspec.DecodeError:
            return None
    return None


# --------------------------------------------------------------------------- pages


class _PageBase(Generic[T]):
    """Fields and cursor logic shared by the sync and async page."""

    def __init__(self, page: Page[T], params: Query, response: httpx.Response) -> None:
        self.data: list[T] = page.data
        self.has_more = page.has_more
        self.first_id = page.first_id
        self.last_id = page.last_id
        self.http_response = response
        self._params = params

    def has_next_page(self) -> bool:
        """Whether another page follows this one."""
        return self.next_page_params() is not None

    def next_page_params(self) -> Query | None:
        """Query parameters of the next page: pages walk backwards when the first request
        gave ``before_id``, forwards otherwise."""
        if not self.has_more or not self.data:
            return None
        if self._params.get("before_id"):
            return {**self._params, "before_id": self.first_id} if self.first_id else None
        return {**self._params, "after_id": self.last_id} if self.last_id else None

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} items={len(self.data)} has_more={self.has_more} "
            f"first_id={self.first_id!r} last_id={self.last_id!r}>"
        )


class SyncPage(_PageBase[T]):
    """One page of a list; iterate it to get every item of this page and the ones after."""

    def __init__(
        self,
        page: Page[T],
        params: Query,
        response: httpx.Response,
        fetch: Callable[[Query], SyncPage[T]],
    ) -> None:
        super().__init__(page, params, response)
        self._fetch = fetch

    def get_next_page(self) -> SyncPage[T]:
        """Fetch the page after this one (raises RuntimeError when there is none)."""
        params = self.next_page_params()
        if params is None:
            raise RuntimeError("no next page; check has_next_page() first")
        return self._fetch(params)

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page and each following one."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_PageBase[T]):
    """Async twin of :class:`SyncPage`: ``async for`` walks every item of every page."""

    def __init__(
        self,
        page: Page[T],
        params: Query,
        response: httpx.Response,
        fetch: Callable[[Query], Awaitable[AsyncPage[T]]],
    ) -> None:
        super().__init__(page, params, response)
        self._fetch = fetch

    async def get_next_page(self) -> AsyncPage[T]:
        """Fetch the page after this one (raises RuntimeError when there is none)."""
        params = self.next_page_params()
        if params is None:
            raise RuntimeError("no next page; check has_next_page() first")
        return await self._fetch(params)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and each following one."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncPaginator(Generic[T]):
    """What an async ``list()`` returns: ``await`` it for the first page, or ``async for``
    over it for every item."""

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page:
            yield item
