"""Streaming responses: typed events over an open HTTP response, and the message stream helpers.

``Stream`` turns the body of a streaming response into typed items (Messages events,
legacy completions, batch result lines), closing the connection when it ends. It never passes
off a cut stream as complete: a connection that breaks mid-stream raises
:class:`~msgtypes.APIConnectionError`, one that ends cleanly before ``message_stop`` raises
:class:`~msgtypes.IncompleteStreamError`, and an ``error`` event raises its typed error. None of
these is retried, since events have already been delivered. A stream is bounded (see
``_limits``): at most ``max_response_bytes`` read between two items, at most
``stream_idle_timeout`` seconds between two items, ``stream_timeout`` seconds in all; passing a
bound closes it with :class:`~msgtypes.ResponseTooLargeError` or
:class:`~msgtypes.APITimeoutError`.

``MessageStream`` (what ``with client.messages.stream(...) as s`` gives) adds an accumulator:
``s.text_stream``, ``s.current_message_snapshot``, ``s.get_final_message()``,
``s.get_final_text()``. The ``Async*`` classes are the twins for ``async for`` / ``async with``.
"""

from __future__ import annotations

import time
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
)
from types import TracebackType
from typing import TYPE_CHECKING, Generic, TypeVar

from .._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    IncompleteStreamError,
)
from .._sse import SSEDecoder, aiter_sse, iter_sse
from ..codec import decoder_for
from ..completions import Completion
from ..content import TextBlock
from ..events import RawContentBlockDeltaEvent, TextDelta
from ..streaming import error_event
from ._http import http_errors, is_timeout
from ._limits import Limits, StreamBounds, deadline_clamped, running_deadline

if TYPE_CHECKING:
    import httpx

    from ..batches import MessageBatchIndividualResponse
    from ..events import MessageStreamEvent
    from ..messages import Message
    from ..streaming import MessageAccumulator

__all__ = [
    "AsyncMessageStream",
    "AsyncMessageStreamManager",
    "AsyncStream",
    "MessageStream",
    "MessageStreamManager",
    "Stream",
    "acompletion_events",
    "amessage_events",
    "aresult_lines",
    "completion_events",
    "message_events",
    "result_lines",
]

T = TypeVar("T")


def _connection_error(
    error: Exception, response: httpx.Response, bounds: StreamBounds
) -> APIConnectionError:
    """The msgtypes exception for an httpx failure while reading a response body."""
    if is_timeout(error):
        if time.monotonic() + 0.01 >= bounds.due:
            return bounds.timeout()
        return APITimeoutError(
            "the stream timed out", request_id=response.headers.get("request-id")
        )
    return APIConnectionError(
        f"the connection broke mid-stream: {error}", request_id=response.headers.get("request-id")
    )


def _chunks(response: httpx.Response, bounds: StreamBounds) -> Iterator[bytes]:
    """The body's chunks, counted and timed against ``bounds`` (on the client's own pool each
    socket read is also cut at the deadline, see ``_limits``)."""
    raw = response.iter_bytes()
    if deadline_clamped(response):
        raw = _clamped(raw, bounds)
    pending, limit = bounds.read_on(0), bounds.limit
    try:
        for chunk in raw:
            pending += len(chunk)
            if pending > limit:
                raise bounds.too_large()
            yield chunk
            pending = bounds.read_on(pending)  # the decoder wants more
    except http_errors() as error:
        raise _connection_error(error, response, bounds) from error


def _clamped(raw: Iterator[bytes], bounds: StreamBounds) -> Iterator[bytes]:
    """``raw`` with :data:`running_deadline` set to ``bounds.due`` during each read."""
    while True:
        token = running_deadline.set(bounds.due)
        try:
            chunk = next(raw, None)
        finally:
            running_deadline.reset(token)
        if chunk is None:
            return
        yield chunk


async def _achunks(response: httpx.Response, bounds: StreamBounds) -> AsyncIterator[bytes]:
    """Async twin of :func:`_chunks`."""
    raw = response.aiter_bytes()
    if deadline_clamped(response):
        raw = _aclamped(raw, bounds)
    pending, limit = bounds.read_on(0), bounds.limit
    try:
        async for chunk in raw:
            pending += len(chunk)
            if pending > limit:
                raise bounds.too_large()
            yield chunk
            pending = bounds.read_on(pending)
    except http_errors() as error:
        raise _connection_error(error, response, bounds) from error


async def _aclamped(raw: AsyncIterator[bytes], bounds: StreamBounds) -> AsyncIterator[bytes]:
    """Async twin of :func:`_clamped`."""
    while True:
        token = running_deadline.set(bounds.due)
        try:
            chunk = await anext(raw, None)
        finally:
            running_deadline.reset(token)
        if chunk is None:
            return
        yield chunk


def _with_response(error: APIError, response: httpx.Response) -> None:
    """Give an error raised while reading a stream the HTTP response's request id (and, for an
    in-stream ``error`` event, its headers)."""
    if error.request_id is None:
        error.request_id = response.headers.get("request-id")
    if isinstance(error, APIStatusError) and not error.headers:
        error.headers = dict(response.headers)


# --------------------------------------------------------------------------- decoders


def message_events(chunks: Iterable[bytes]) -> Iterator[MessageStreamEvent]:
    """Messages stream events (``msgtypes.streaming.iter_events``, loaded on first use)."""
    from ..streaming import iter_events

    return iter_events(chunks)


def amessage_events(chunks: AsyncIterable[bytes]) -> AsyncIterator[MessageStreamEvent]:
    """Async twin of :func:`message_events`."""
    from ..streaming import aiter_events

    return aiter_events(chunks)


class _CompletionEvents:
    """Legacy completions SSE: ``completion`` events carry the text, ``error`` events fail."""

    def __init__(self) -> None:
        self.finished = False

    def item(self, name: str, data: bytes) -> Completion | None:
        if name == "completion":
            completion: Completion = decoder_for(Completion).decode(data)
            self.finished = completion.stop_reason is not None
            return completion
        if name == "error":
            raise error_event(data)
        return None  # ping and anything newer

    def end(self, decoder: SSEDecoder) -> None:
        if decoder.truncated or not self.finished:
            raise IncompleteStreamError("the completion stream ended before its stop_reason")


def completion_events(chunks: Iterable[bytes]) -> Iterator[Completion]:
    """Legacy completion chunks of ``completions.create(stream=True)``."""
    state, decoder = _CompletionEvents(), SSEDecoder()
    for sse in iter_sse(chunks, decoder=decoder):
        item = state.item(sse.event, sse.data)
        if item is not None:
            yield item
    state.end(decoder)


async def acompletion_events(chunks: AsyncIterable[bytes]) -> AsyncIterator[Completion]:
    """Async twin of :func:`completion_events`."""
    state, decoder = _CompletionEvents(), SSEDecoder()
    async for sse in aiter_sse(chunks, decoder=decoder):
        item = state.item(sse.event, sse.data)
        if item is not None:
            yield item
    state.end(decoder)


def result_lines(chunks: Iterable[bytes]) -> Iterator[MessageBatchIndividualResponse]:
    """Batch results, one typed line at a time."""
    from ..batches import iter_results

    return iter_results(chunks)


def aresult_lines(chunks: AsyncIterable[bytes]) -> AsyncIterator[MessageBatchIndividualResponse]:
    """Async twin of :func:`result_lines`."""
    from ..batches import aiter_results

    return aiter_results(chunks)


# --------------------------------------------------------------------------- streams


class Stream(Generic[T]):
    """Typed items read from a streaming response, closed when done (or when left early
    through ``with``/``close()``); ``limits`` bounds it (the defaults when not given)."""

    def __init__(
        self,
        response: httpx.Response,
        decoder: Callable[[Iterable[bytes]], Iterator[T]],
        limits: Limits | None = None,
    ) -> None:
        self.response = response
        self._bounds = StreamBounds(limits or Limits(), response.headers.get("request-id"))
        self._items = decoder(_chunks(response, self._bounds))

    @property
    def request_id(self) -> str | None:
        """The ``request-id`` of the streaming response."""
        value: str | None = self.response.headers.get("request-id")
        return value

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        try:
            item = next(self._items)
        except APIError as error:
            _with_response(error, self.response)
            self.close()
            raise
        except BaseException:
            self.close()
            raise
        self._bounds.delivered = True
        return item

    def close(self) -> None:
        """Close the connection; iteration stops."""
        self.response.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStream(Generic[T]):
    """Async twin of :class:`Stream`."""

    def __init__(
        self,
        response: httpx.Response,
        decoder: Callable[[AsyncIterable[bytes]], AsyncIterator[T]],
        limits: Limits | None = None,
    ) -> None:
        self.response = response
        self._bounds = StreamBounds(limits or Limits(), response.headers.get("request-id"))
        self._items = decoder(_achunks(response, self._bounds))

    @property
    def request_id(self) -> str | None:
        """The ``request-id`` of the streaming response."""
        value: str | None = self.response.headers.get("request-id")
        return value

    def __aiter__(self) -> AsyncIterator[T]:
        return self

    async def __anext__(self) -> T:
        try:
            item = await self._items.__anext__()
        except APIError as error:
            _with_response(error, self.response)
            await self.close()
            raise
        except BaseException:
            await self.close()
            raise
        self._bounds.delivered = True
        return item

    async def close(self) -> None:
        """Close the connection; iteration stops."""
        await self.response.aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


# --------------------------------------------------------------------------- message streams


def _new_accumulator() -> MessageAccumulator:
    from ..streaming import MessageAccumulator

    return MessageAccumulator()


def _final_text(message: Message) -> str:
    texts = [block.text for block in message.content if isinstance(block, TextBlock)]
    if not texts:
        raise RuntimeError("the message has no text block")
    return "".join(texts)


def _text_of(event: MessageStreamEvent) -> str | None:
    if isinstance(event, RawContentBlockDeltaEvent) and isinstance(event.delta, TextDelta):
        return event.delta.text
    return None


class _AccumulatingStream:
    """What the sync and async message streams share: the response and the snapshot."""

    _stream: Stream[MessageStreamEvent] | AsyncStream[MessageStreamEvent]

    def __init__(
        self, stream: Stream[MessageStreamEvent] | AsyncStream[MessageStreamEvent]
    ) -> None:
        self._stream = stream
        self._accumulator = _new_accumulator()

    @property
    def response(self) -> httpx.Response:
        """The streaming HTTP response."""
        return self._stream.response

    @property
    def request_id(self) -> str | None:
        """The ``request-id`` of the streaming response."""
        return self._stream.request_id

    @property
    def current_message_snapshot(self) -> Message:
        """The message as far as it has been received."""
        return self._accumulator.snapshot()


class MessageStream(_AccumulatingStream):
    """A Messages stream with its message built up as events arrive.

    Iterate it for the typed events; ``text_stream`` yields only the text deltas. Both read
    the same connection, so whatever one consumed the other will not see again, but the
    snapshot always includes every event read so far.
    """

    _stream: Stream[MessageStreamEvent]

    def __init__(self, stream: Stream[MessageStreamEvent]) -> None:
        super().__init__(stream)

    def __iter__(self) -> Iterator[MessageStreamEvent]:
        for event in self._stream:
            self._accumulator.add(event)
            yield event

    @property
    def text_stream(self) -> Iterator[str]:
        """The text deltas, in order."""
        for event in self:
            text = _text_of(event)
            if text is not None:
                yield text

    def until_done(self) -> None:
        """Read the stream to its end."""
        for _ in self:
            pass

    def get_final_message(self) -> Message:
        """Read to the end and return the complete message."""
        self.until_done()
        return self._accumulator.snapshot()

    def get_final_text(self) -> str:
        """Read to the end and return the text of the message's text blocks, joined."""
        return _final_text(self.get_final_message())

    def close(self) -> None:
        """Close the connection."""
        self._stream.close()


class MessageStreamManager:
    """``with client.messages.stream(...) as stream``: the request is sent on entering."""

    def __init__(self, open_stream: Callable[[], Stream[MessageStreamEvent]]) -> None:
        self._open = open_stream
        self._stream: MessageStream | None = None

    def __enter__(self) -> MessageStream:
        self._stream = MessageStream(self._open())
        return self._stream

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncMessageStream(_AccumulatingStream):
    """Async twin of :class:`MessageStream`."""

    _stream: AsyncStream[MessageStreamEvent]

    def __init__(self, stream: AsyncStream[MessageStreamEvent]) -> None:
        super().__init__(stream)

    async def __aiter__(self) -> AsyncIterator[MessageStreamEvent]:
        async for event in self._stream:
            self._accumulator.add(event)
            yield event

    @property
    async def text_stream(self) -> AsyncIterator[str]:
        """The text deltas, in order."""
        async for event in self:
            text = _text_of(event)
            if text is not None:
                yield text

    async def until_done(self) -> None:
        """Read the stream to its end."""
        async for _ in self:
            pass

    async def get_final_message(self) -> Message:
        """Read to the end and return the complete message."""
        await self.until_done()
        return self._accumulator.snapshot()

    async def get_final_text(self) -> str:
        """Read to the end and return the text of the message's text blocks, joined."""
        return _final_text(await self.get_final_message())

    async def close(self) -> None:
        """Close the connection."""
        await self._stream.close()


class AsyncMessageStreamManager:
    """``async with client.messages.stream(...) as stream``: the request is sent on entering."""

    def __init__(self, open_stream: Callable[[], Awaitable[AsyncStream[MessageStreamEvent]]]):
        self._open = open_stream
        self._stream: AsyncMessageStream | None = None

    async def __aenter__(self) -> AsyncMessageStream:
        self._stream = AsyncMessageStream(await self._open())
        return self._stream

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._stream is not None:
            await self._stream.close()
