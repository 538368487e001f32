"""The resources of :class:`~msgtypes.AsyncClient`: the async twins of ``_resources``.

Methods that send are coroutines, except ``stream()`` (use it with ``async with``) and
``list()`` (``await`` it for the first page, or ``async for`` over it for every item).
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, overload

from ..batches import DeletedMessageBatch, MessageBatch, MessageBatchIndividualResponse, Page
from ..completions import Completion
from ..messages import Message, MessageTokensCount
from ..models import ModelInfo
from . import _calls
from ._client import raw_mode
from ._resources import _decoder
from ._response import APIResponse, AsyncPage, AsyncPaginator
from ._stream import (
    AsyncMessageStreamManager,
    AsyncStream,
    acompletion_events,
    amessage_events,
    aresult_lines,
)

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from ..events import MessageStreamEvent
    from ._client import AsyncClient
    from ._params import (
        BatchCreateKwargs,
        BetaBatchCreateKwargs,
        BetaListKwargs,
        BetaMessageCountTokensKwargs,
        BetaMessageCreateKwargs,
        BetaMessageCreateStreamingKwargs,
        BetaMessageCreateWithStreamKwargs,
        BetaMessageStreamKwargs,
        BetaOptions,
        CompletionCreateKwargs,
        CompletionCreateStreamingKwargs,
        CompletionCreateWithStreamKwargs,
        ListKwargs,
        MessageCountTokensKwargs,
        MessageCreateKwargs,
        MessageCreateStreamingKwargs,
        MessageCreateWithStreamKwargs,
        MessageStreamKwargs,
        ModelListKwargs,
        RequestOptions,
    )
    from ._request import Call, Query

__all__ = [
    "AsyncBatches",
    "AsyncBeta",
    "AsyncBetaBatches",
    "AsyncBetaMessages",
    "AsyncBetaModels",
    "AsyncCompletions",
    "AsyncMessages",
    "AsyncModels",
]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


def _araw(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[APIResponse[R]]]:
    """The raw-response twin of an async resource method."""

    async def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        with raw_mode():
            return await method(*args, **kwargs)  # type: ignore[return-value]

    call.__doc__ = method.__doc__
    return call


class _AsyncResource:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def _settings(self) -> _calls.Settings:
        """What the client's settings change in the calls built here."""
        return self._client._call_settings

    def _streaming(
        self, decoder: Callable[[AsyncIterable[bytes]], AsyncIterator[T]]
    ) -> Callable[[httpx.Response], AsyncStream[T]]:
        """How to parse a streaming response: ``decoder`` over its body, in the client's limits."""
        return partial(AsyncStream, decoder=decoder, limits=self._client.limits)

    def _paginator(self, call: Call, item: type[T]) -> AsyncPaginator[T]:
        """A paginator over a list endpoint; nothing is sent until it is awaited or iterated."""
        decode = _decoder(Page[item])  # type: ignore[valid-type]
        params = _calls.page_params(call)

        async def fetch(params: Query) -> AsyncPage[T]:
            return await self._client._process(_calls.next_page(call, params), parse, raw=False)

        def parse(response: httpx.Response) -> AsyncPage[T]:
            return AsyncPage(decode(response), params, response, fetch)

        async def first() -> AsyncPage[T]:
            return await self._client._process(call, parse)

        return AsyncPaginator(first)


# --------------------------------------------------------------------------- messages


class _AsyncMessagesBase(_AsyncResource):
    _beta = False

    async def _create(self, kwargs: dict[str, Any]) -> Message | AsyncStream[MessageStreamEvent]:
        call = _calls.message_create(kwargs, self._settings, beta=self._beta)
        if call.stream:
            return await self._client._process(call, self._streaming(amessage_events))
        return await self._client._process(call, _decoder(Message))

    def _stream(self, kwargs: dict[str, Any]) -> AsyncMessageStreamManager:
        call = _calls.message_stream(kwargs, self._settings, beta=self._beta)

        async def open_stream() -> AsyncStream[MessageStreamEvent]:
            parse = self._streaming(amessage_events)
            return await self._client._process(call, parse, raw=False)

        return AsyncMessageStreamManager(open_stream)

    async def _count_tokens(self, kwargs: dict[str, Any]) -> MessageTokensCount:
        call = _calls.count_tokens(kwargs, self._settings, beta=self._beta)
        return await self._client._process(call, _decoder(MessageTokensCount))


class AsyncMessages(_AsyncMessagesBase):
    """``client.messages``: create, stream and count_tokens, and ``batches``."""

    def __init__(self, client: AsyncClient) -> None:
        super().__init__(client)
        self.batches = AsyncBatches(client)

    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        """These methods, returning the raw HTTP response."""
        return AsyncMessagesWithRawResponse(self)

    @overload
    async def create(self, **kwargs: Unpack[MessageCreateKwargs]) -> Message: ...
    @overload
    async def create(
        self, **kwargs: Unpack[MessageCreateStreamingKwargs]
    ) -> AsyncStream[MessageStreamEvent]: ...
    @overload
    async def create(
        self, **kwargs: Unpack[MessageCreateWithStreamKwargs]
    ) -> Message | AsyncStream[MessageStreamEvent]: ...
    async def create(self, **kwargs: Any) -> Message | AsyncStream[MessageStreamEvent]:
        """Send a Message request; with ``stream=True`` the typed events arrive as a stream."""
        return await self._create(kwargs)

    def stream(self, **kwargs: Unpack[MessageStreamKwargs]) -> AsyncMessageStreamManager:
        """A streaming request to use in ``async with``: events, text, and the final message."""
        return self._stream(dict(kwargs))

    async def count_tokens(self, **kwargs: Unpack[MessageCountTokensKwargs]) -> MessageTokensCount:
        """Count the input tokens of a request without creating a message."""
        return await self._count_tokens(dict(kwargs))


class AsyncBetaMessages(_AsyncMessagesBase):
    """``client.beta.messages``: beta fields allowed, ``betas=[...]`` sent as ``anthropic-beta``."""

    _beta = True

    def __init__(self, client: AsyncClient) -> None:
        super().__init__(client)
        self.batches = AsyncBetaBatches(client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaMessagesWithRawResponse:
        """These methods, returning the raw HTTP response."""
        return AsyncBetaMessagesWithRawResponse(self)

    @overload
    async def create(self, **kwargs: Unpack[BetaMessageCreateKwargs]) -> Message: ...
    @overload
    async def create(
        self, **kwargs: Unpack[BetaMessageCreateStreamingKwargs]
    ) -> AsyncStream[MessageStreamEvent]: ...
    @overload
    async def create(
        self, **kwargs: Unpack[BetaMessageCreateWithStreamKwargs]
    ) -> Message | AsyncStream[MessageStreamEvent]: ...
    async def create(self, **kwargs: Any) -> Message | AsyncStream[MessageStreamEvent]:
        """Send a Message request; with ``stream=True`` the typed events arrive as a stream."""
        return await self._create(kwargs)

    def stream(self, **kwargs: Unpack[BetaMessageStreamKwargs]) -> AsyncMessageStreamManager:
        """A streaming request to use in ``async with``: events, text, and the final message."""
        return self._stream(dict(kwargs))

    async def count_tokens(
        self, **kwargs: Unpack[BetaMessageCountTokensKwargs]
    ) -> MessageTokensCount:
        """Count the input tokens of a request without creating a message."""
        return await self._count_tokens(dict(kwargs))


# --------------------------------------------------------------------------- batches


class _AsyncBatchesBase(_AsyncResource):
    _beta = False

    async def _create(self, kwargs: dict[str, Any]) -> MessageBatch:
        call = _calls.batch_create(kwargs, self._settings, beta=self._beta)
        return await self._client._process(call, _decoder(MessageBatch))

    async def _one(
        self, method: str, batch_id: str, kwargs: dict[str, Any], suffix: str = ""
    ) -> MessageBatch:
        call = _calls.batch_path(
            method, batch_id, kwargs, self._settings, beta=self._beta, suffix=suffix
        )
        return await self._client._process(call, _decoder(MessageBatch))

    async def _delete(self, batch_id: str, kwargs: dict[str, Any]) -> DeletedMessageBatch:
        call = _calls.batch_path("DELETE", batch_id, kwargs, self._settings, beta=self._beta)
        return await self._client._process(call, _decoder(DeletedMessageBatch))

    def _list(self, kwargs: dict[str, Any]) -> AsyncPaginator[MessageBatch]:
        return self._paginator(
            _calls.batch_list(kwargs, self._settings, beta=self._beta), MessageBatch
        )

    async def _results(
        self, batch_id: str, kwargs: dict[str, Any]
    ) -> AsyncStream[MessageBatchIndividualResponse]:
        lookup = _calls.batch_path(
            "GET", batch_id, _calls.workspace_of(kwargs), self._settings, beta=self._beta
        )
        batch = await self._client._process(lookup, _decoder(MessageBatch), raw=False)
        if not batch.results_url:
            raise ValueError(
                f"batch {batch_id} has no results_url yet (status {batch.processing_status})"
            )
        call = _calls.batch_results(batch.results_url, kwargs, self._settings, beta=self._beta)
        return await self._client._process(call, self._streaming(aresult_lines))


class AsyncBatches(_AsyncBatchesBase):
    """``client.messages.batches``: the Message Batches API."""

    @cached_property
    def with_raw_response(self) -> AsyncBatchesWithRawResponse:
        """These methods, returning the raw HTTP response."""
        return AsyncBatchesWithRawResponse(self)

    async def create(self, **kwargs: Unpack[BatchCreateKwargs]) -> MessageBatch:
        """Submit a batch of Messages requests."""
        return await self._create(dict(kwargs))

    async def retrieve(
        self, message_batch_id: str, **kwargs: Unpack[RequestOptions]
    ) -> MessageBatch:
        """Fetch a batch (poll this until ``processing_status`` is ``"ended"``)."""
        return await self._one("GET", message_batch_id, dict(kwargs))

    def list(self, **kwargs: Unpack[ListKwargs]) -> AsyncPaginator[MessageBatch]:
        """The workspace's batches, newest first; ``async for`` over all of them."""
        return self._list(dict(kwargs))

    async def cancel(self, message_batch_id: str, **kwargs: Unpack[RequestOptions]) -> MessageBatch:
        """Ask for a batch to be canceled."""
        return await self._one("POST", message_batch_id, dict(kwargs), "/cancel")

    async def delete(
        self, message_batch_id: str, **kwargs: Unpack[RequestOptions]
    ) -> DeletedMessageBatch:
        """Delete an ended batch."""
        return await self._delete(message_batch_id, dict(kwargs))

    async def results(
        self, message_batch_id: str, **kwargs: Unpack[RequestOptions]
    ) -> AsyncStream[MessageBatchIndividualResponse]:
        """Stream an ended batch's results, one typed line at a time."""
        return await self._results(message_batch_id, dict(kwargs))


class AsyncBetaBatches(_AsyncBatchesBase):
    """``client.beta.messages.batches``: batches with ``betas=[...]``."""

    _beta = True

    @cached_property
    def with_raw_response(self) -> AsyncBetaBatchesWithRawResponse:
        """These methods, returning the raw HTTP response."""
        return AsyncBetaBatchesWithRawResponse(self)

    async def create(self, **kwargs: Unpack[BetaBatchCreateKwargs]) -> MessageBatch:
        """Submit a batch of Messages requests."""
        return await self._create(dict(kwargs))

    async def retrieve(self, message_batch_id: str, **kwargs: Unpack[BetaOptions]) -> MessageBatch:
        """Fetch a batch (poll this until ``processing_status`` is ``"ended"``)."""
        return await self._one("GET", message_batch_id, dict(kwargs))

    def list(self, **kwargs: Unpack[BetaListKwargs]) -> AsyncPaginator[MessageBatch]:
        """The workspace's batches, newest first; ``async for`` over all of them."""
        return self._list(dict(kwargs))

    async def cancel(self, message_batch_id: str, **kwargs: Unpack[BetaOptions]) -> MessageBatch:
        """Ask for a batch to be canceled."""
        return await self._one("POST", message_batch_id, dict(kwargs), "/cancel")

    async def delete(
        self, message_batch_id: str, **kwargs: Unpack[BetaOptions]
    ) -> DeletedMessageBatch:
        """Delete an ended batch."""
        return await self._delete(message_batch_id, dict(kwargs))

    async def results(
        self, message_batch_id: str, **kwargs: Unpack[BetaOptions]
    ) -> AsyncStream[MessageBatchIndividualResponse]:
        """Stream an ended batch's results, one typed line at a time."""
        return await self._results(message_batch_id, dict(kwargs))


# --------------------------------------------------------------------------- models, completions


class AsyncModels(_AsyncResource):
    """``client.models`` (and ``client.beta.models``): the models the API serves."""

    _beta = False

    @cached_property
    def with_raw_response(self) -> AsyncModelsWithRawResponse:
        """These methods, returning the raw HTTP response."""
        return AsyncModelsWithRawResponse(self)

    async def retrieve(self, model_id: str, **kwargs: Unpack[BetaOptions]) -> ModelInfo:
        """One model, by id or alias."""
        call = _calls.model_retrieve(model_id, dict(kwargs), self._settings, beta=self._beta)
        return await self._client._process(call, _decoder(ModelInfo))

    def list(self, **kwargs: Unpack[ModelListKwargs]) -> AsyncPaginator[ModelInfo]:
        """The available models, newest first; ``async for`` over all of them."""
        return self._paginator(
            _calls.model_list(dict(kwargs), self._settings, beta=self._beta), ModelInfo
        )


class AsyncBetaModels(AsyncModels):
    """``client.beta.models``: the same, sent with ``?beta=true``."""

    _beta = True


class AsyncCompletions(_AsyncResource):
    """``client.completions``: the legacy Text Completions API."""

    @cached_property
    def with_raw_response(self) -> AsyncCompletionsWithRawResponse:
        """These methods, returning the raw HTTP response."""
        return AsyncCompletionsWithRawResponse(self)

    @overload
    async def create(self, **kwargs: Unpack[CompletionCreateKwargs]) -> Completion: ...
    @overload
    async def create(
        self, **kwargs: Unpack[CompletionCreateStreamingKwargs]
    ) -> AsyncStream[Completion]: ...
    @overload
    async def create(
        self, **kwargs: Unpack[CompletionCreateWithStreamKwargs]
    ) -> Completion | AsyncStream[Completion]: ...
    async def create(self, **kwargs: Any) -> Completion | AsyncStream[Completion]:
        """Create a completion; with ``stream=True`` the chunks arrive as a stream."""
        call = _calls.completion_create(kwargs, self._settings)
        if call.stream:
            return await self._client._process(call, self._streaming(acompletion_events))
        return await self._client._process(call, _decoder(Completion))


class AsyncBeta:
    """``client.beta``: ``messages`` (with ``batches``) and ``models`` on the beta endpoints."""

    def __init__(self, client: AsyncClient) -> None:
        self.messages = AsyncBetaMessages(client)
        self.models = AsyncBetaModels(client)


# --------------------------------------------------------------------------- raw responses


class AsyncMessagesWithRawResponse:
    """``client.messages.with_raw_response``."""

    def __init__(self, messages: AsyncMessages) -> None:
        self._messages = messages
        self.count_tokens = _araw(messages.count_tokens)
        self.batches = AsyncBatchesWithRawResponse(messages.batches)

    @overload
    async def create(self, **kwargs: Unpack[MessageCreateKwargs]) -> APIResponse[Message]: ...
    @overload
    async def create(
        self, **kwargs: Unpack[MessageCreateStreamingKwargs]
    ) -> APIResponse[AsyncStream[MessageStreamEvent]]: ...
    @overload
    async def create(
        self, **kwargs: Unpack[MessageCreateWithStreamKwargs]
    ) -> APIResponse[Message | AsyncStream[MessageStreamEvent]]: ...
    async def create(self, **kwargs: Any) -> APIResponse[Any]:
        """``messages.create``, returning the raw HTTP response."""
        with raw_mode():
            return await self._messages.create(**kwargs)  # type: ignore[no-any-return]


class AsyncBetaMessagesWithRawResponse:
    """``client.beta.messages.with_raw_response``."""

    def __init__(self, messages: AsyncBetaMessages) -> None:
        self._messages = messages
        self.count_tokens = _araw(messages.count_tokens)
        self.batches = AsyncBetaBatchesWithRawResponse(messages.batches)

    @overload
    async def create(self, **kwargs: Unpack[BetaMessageCreateKwargs]) -> APIResponse[Message]: ...
    @overload
    async def create(
        self, **kwargs: Unpack[BetaMessageCreateStreamingKwargs]
    ) -> APIResponse[AsyncStream[MessageStreamEvent]]: ...
    @overload
    async def create(
        self, **kwargs: Unpack[BetaMessageCreateWithStreamKwargs]
    ) -> APIResponse[Message | AsyncStream[MessageStreamEvent]]: ...
    async def create(self, **kwargs: Any) -> APIResponse[Any]:
        """``beta.messages.create``, returning the raw HTTP response."""
        with raw_mode():
            return await self._messages.create(**kwargs)  # type: ignore[no-any-return]


class AsyncBatchesWithRawResponse:
    """``client.messages.batches.with_raw_response``."""

    def __init__(self, batches: AsyncBatches) -> None:
        self.create = _araw(batches.create)
        self.retrieve = _araw(batches.retrieve)
        self.list = _araw(batches.list)
        self.cancel = _araw(batches.cancel)
        self.delete = _araw(batches.delete)
        self.results = _araw(batches.results)


class AsyncBetaBatchesWithRawResponse:
    """``client.beta.messages.batches.with_raw_response``."""

    def __init__(self, batches: AsyncBetaBatches) -> None:
        self.create = _araw(batches.create)
        self.retrieve = _araw(batches.retrieve)
        self.list = _araw(batches.list)
        self.cancel = _araw(batches.cancel)
        self.delete = _araw(batches.delete)
        self.results = _araw(batches.results)


class AsyncModelsWithRawResponse:
    """``client.models.with_raw_response`` (and the beta one)."""

    def __init__(self, models: AsyncModels) -> None:
        self.retrieve = _araw(models.retrieve)
        self.list = _araw(models.list)


class AsyncCompletionsWithRawResponse:
    """``client.completions.with_raw_response``."""

    def __init__(self, completions: AsyncCompletions) -> None:
        self._completions = completions

    @overload
    async def create(self, **kwargs: Unpack[CompletionCreateKwargs]) -> APIResponse[Completion]: ...
    @overload
    async def create(
        self, **kwargs: Unpack[CompletionCreateStreamingKwargs]
    ) -> APIResponse[AsyncStream[Completion]]: ...
    @overload
    async def create(
        self, **kwargs: Unpack[CompletionCreateWithStreamKwargs]
    ) -> APIResponse[Completion | AsyncStream[Completion]]: ...
    async def create(self, **kwargs: Any) -> APIResponse[Any]:
        """``completions.create``, returning the raw HTTP response."""
        with raw_mode():
            return await self._completions.create(**kwargs)  # type: ignore[no-any-return]
