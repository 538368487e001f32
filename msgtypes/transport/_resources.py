"""The resources of :class:`~msgtypes.Client`, named and called as in the official SDK.

``client.messages`` (``create``, ``stream``, ``count_tokens``, ``batches``), ``client.models``,
``client.completions`` and ``client.beta`` (``messages``, ``messages.batches``, ``models``).
Each method checks its keyword arguments, builds the call (``_calls``) and hands it to the
client; every resource also has ``with_raw_response``, the same methods returning an
:class:`~._response.APIResponse`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, overload

from ..batches import DeletedMessageBatch, MessageBatch, MessageBatchIndividualResponse, Page
from ..completions import Completion
from ..messages import Message, MessageTokensCount
from ..models import ModelInfo
from . import _calls
from ._client import raw_mode
from ._response import APIResponse, SyncPage, decode_body
from ._stream import MessageStreamManager, Stream, completion_events, message_events, result_lines

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from ..events import MessageStreamEvent
    from ._client import Client
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
    "Batches",
    "Beta",
    "BetaBatches",
    "BetaMessages",
    "BetaModels",
    "Completions",
    "Messages",
    "Models",
]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


def _raw(method: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """The raw-response twin of a resource method."""

    def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        with raw_mode():
            return method(*args, **kwargs)  # type: ignore[return-value]

    call.__doc__ = method.__doc__
    return call


def _decoder(type: type[T]) -> Callable[[httpx.Response], T]:
    def parse(response: httpx.Response) -> T:
        result: T = decode_body(response, type)
        return result

    return parse


class _Resource:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def _settings(self) -> _calls.Settings:
        """What the client's settings change in the calls built here."""
        return self._client._call_settings

    def _streaming(
        self, decoder: Callable[[Iterable[bytes]], Iterator[T]]
    ) -> Callable[[httpx.Response], Stream[T]]:
        """How to parse a streaming response: ``decoder`` over its body, in the client's limits."""
        return partial(Stream, decoder=decoder, limits=self._client.limits)

    def _page(self, call: Call, item: type[T]) -> SyncPage[T]:
        """Fetch one page of a list endpoint; the page can fetch the ones after it."""
        decode = _decoder(Page[item])  # type: ignore[valid-type]
        params = _calls.page_params(call)

        def fetch(params: Query) -> SyncPage[T]:
            return self._client._process(_calls.next_page(call, params), parse, raw=False)

        def parse(response: httpx.Response) -> SyncPage[T]:
            return SyncPage(decode(response), params, response, fetch)

        return self._client._process(call, parse)


# --------------------------------------------------------------------------- messages


class _MessagesBase(_Resource):
    _beta = False

    def _create(self, kwargs: dict[str, Any]) -> Message | Stream[MessageStreamEvent]:
        call = _calls.message_create(kwargs, self._settings, beta=self._beta)
        if call.stream:
            return self._client._process(call, self._streaming(message_events))
        return self._client._process(call, _decoder(Message))

    def _stream(self, kwargs: dict[str, Any]) -> MessageStreamManager:
        call = _calls.message_stream(kwargs, self._settings, beta=self._beta)
        parse = self._streaming(message_events)
        return MessageStreamManager(lambda: self._client._process(call, parse, raw=False))

    def _count_tokens(self, kwargs: dict[str, Any]) -> MessageTokensCount:
        call = _calls.count_tokens(kwargs, self._settings, beta=self._beta)
        return self._client._process(call, _decoder(MessageTokensCount))


class Messages(_MessagesBase):
    """``client.messages``: create, stream and count_tokens, and ``batches``."""

    def __init__(self, client: Client) -> None:
        super().__init__(client)
        self.batches = Batches(client)

    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        """These methods, returning the raw HTTP response."""
        return MessagesWithRawResponse(self)

    @overload
    def create(self, **kwargs: Unpack[MessageCreateKwargs]) -> Message: ...
    @overload
    def create(
        self, **kwargs: Unpack[MessageCreateStreamingKwargs]
    ) -> Stream[MessageStreamEvent]: ...
    @overload
    def create(
        self, **kwargs: Unpack[MessageCreateWithStreamKwargs]
    ) -> Message | Stream[MessageStreamEvent]: ...
    def create(self, **kwargs: Any) -> Message | Stream[MessageStreamEvent]:
        """Send a Message request; with ``stream=True`` the typed events arrive as a Stream."""
        return self._create(kwargs)

    def stream(self, **kwargs: Unpack[MessageStreamKwargs]) -> MessageStreamManager:
        """A streaming request to use in ``with``: events, text, and the final message."""
        return self._stream(dict(kwargs))

    def count_tokens(self, **kwargs: Unpack[MessageCountTokensKwargs]) -> MessageTokensCount:
        """Count the input tokens of a request without creating a message."""
        return self._count_tokens(dict(kwargs))


class BetaMessages(_MessagesBase):
    """``client.beta.messages``: beta fields allowed, ``betas=[...]`` sent as ``anthropic-beta``."""

    _beta = True

    def __init__(self, client: Client) -> None:
        super().__init__(client)
        self.batches = BetaBatches(client)

    @cached_property
    def with_raw_response(self) -> BetaMessagesWithRawResponse:
        """These methods, returning the raw HTTP response."""
        return BetaMessagesWithRawResponse(self)

    @overload
    def create(self, **kwargs: Unpack[BetaMessageCreateKwargs]) -> Message: ...
    @overload
    def create(
        self, **kwargs: Unpack[BetaMessageCreateStreamingKwargs]
    ) -> Stream[MessageStreamEvent]: ...
    @overload
    def create(
        self, **kwargs: Unpack[BetaMessageCreateWithStreamKwargs]
    ) -> Message | Stream[MessageStreamEvent]: ...
    def create(self, **kwargs: Any) -> Message | Stream[MessageStreamEvent]:
        """Send a Message request; with ``stream=True`` the typed events arrive as a Stream."""
        return self._create(kwargs)

    def stream(self, **kwargs: Unpack[BetaMessageStreamKwargs]) -> MessageStreamManager:
        """A streaming request to use in ``with``: events, text, and the final message."""
        return self._stream(dict(kwargs))

    def count_tokens(self, **kwargs: Unpack[BetaMessageCountTokensKwargs]) -> MessageTokensCount:
        """Count the input tokens of a request without creating a message."""
        return self._count_tokens(dict(kwargs))


# --------------------------------------------------------------------------- batches


class _BatchesBase(_Resource):
    _beta = False

    def _create(self, kwargs: dict[str, Any]) -> MessageBatch:
        call = _calls.batch_create(kwargs, self._settings, beta=self._beta)
        return self._client._process(call, _decoder(MessageBatch))

    def _one(
        self, method: str, batch_id: str, kwargs: dict[str, Any], suffix: str = ""
    ) -> MessageBatch:
        call = _calls.batch_path(
            method, batch_id, kwargs, self._settings, beta=self._beta, suffix=suffix
        )
        return self._client._process(call, _decoder(MessageBatch))

    def _delete(self, batch_id: str, kwargs: dict[str, Any]) -> DeletedMessageBatch:
        call = _calls.batch_path("DELETE", batch_id, kwargs, self._settings, beta=self._beta)
        return self._client._process(call, _decoder(DeletedMessageBatch))

    def _list(self, kwargs: dict[str, Any]) -> SyncPage[MessageBatch]:
        return self._page(_calls.batch_list(kwargs, self._settings, beta=self._beta), MessageBatch)

    def _results(
        self, batch_id: str, kwargs: dict[str, Any]
    ) -> Stream[MessageBatchIndividualResponse]:
        # Like the SDK: look the batch up (with only the workspace of the call's options), then
        # read its results_url.
        lookup = _calls.batch_path(
            "GET", batch_id, _calls.workspace_of(kwargs), self._settings, beta=self._beta
        )
        batch = self._client._process(lookup, _decoder(MessageBatch), raw=False)
        if not batch.results_url:
            raise ValueError(
                f"batch {batch_id} has no results_url yet (status {batch.processing_status})"
            )
        call = _calls.batch_results(batch.results_url, kwargs, self._settings, beta=self._beta)
        return self._client._process(call, self._streaming(result_lines))


class Batches(_BatchesBase):
    """``client.messages.batches``: the Message Batches API."""

    @cached_property
    def with_raw_response(self) -> BatchesWithRawResponse:
        """These methods, returning the raw HTTP response."""
        return BatchesWithRawResponse(self)

    def create(self, **kwargs: Unpack[BatchCreateKwargs]) -> MessageBatch:
        """Submit a batch of Messages requests."""
        return self._create(dict(kwargs))

    def retrieve(self, message_batch_id: str, **kwargs: Unpack[RequestOptions]) -> MessageBatch:
        """Fetch a batch (poll this until ``processing_status`` is ``"ended"``)."""
        return self._one("GET", message_batch_id, dict(kwargs))

    def list(self, **kwargs: Unpack[ListKwargs]) -> SyncPage[MessageBatch]:
        """The workspace's batches, newest first; iterate for all of them."""
        return self._list(dict(kwargs))

    def cancel(self, message_batch_id: str, **kwargs: Unpack[RequestOptions]) -> MessageBatch:
        """Ask for a batch to be canceled."""
        return self._one("POST", message_batch_id, dict(kwargs), "/cancel")

    def delete(
        self, message_batch_id: str, **kwargs: Unpack[RequestOptions]
    ) -> DeletedMessageBatch:
        """Delete an ended batch."""
        return self._delete(message_batch_id, dict(kwargs))

    def results(
        self, message_batch_id: str, **kwargs: Unpack[RequestOptions]
    ) -> Stream[MessageBatchIndividualResponse]:
        """Stream an ended batch's results, one typed line at a time."""
        return self._results(message_batch_id, dict(kwargs))


class BetaBatches(_BatchesBase):
    """``client.beta.messages.batches``: batches with ``betas=[...]``."""

    _beta = True

    @cached_property
    def with_raw_response(self) -> BetaBatchesWithRawResponse:
        """These methods, returning the raw HTTP response."""
        return BetaBatchesWithRawResponse(self)

    def create(self, **kwargs: Unpack[BetaBatchCreateKwargs]) -> MessageBatch:
        """Submit a batch of Messages requests."""
        return self._create(dict(kwargs))

    def retrieve(self, message_batch_id: str, **kwargs: Unpack[BetaOptions]) -> MessageBatch:
        """Fetch a batch (poll this until ``processing_status`` is ``"ended"``)."""
        return self._one("GET", message_batch_id, dict(kwargs))

    def list(self, **kwargs: Unpack[BetaListKwargs]) -> SyncPage[MessageBatch]:
        """The workspace's batches, newest first; iterate for all of them."""
        return self._list(dict(kwargs))

    def cancel(self, message_batch_id: str, **kwargs: Unpack[BetaOptions]) -> MessageBatch:
        """Ask for a batch to be canceled."""
        return self._one("POST", message_batch_id, dict(kwargs), "/cancel")

    def delete(self, message_batch_id: str, **kwargs: Unpack[BetaOptions]) -> DeletedMessageBatch:
        """Delete an ended batch."""
        return self._delete(message_batch_id, dict(kwargs))

    def results(
        self, message_batch_id: str, **kwargs: Unpack[BetaOptions]
    ) -> Stream[MessageBatchIndividualResponse]:
        """Stream an ended batch's results, one typed line at a time."""
        return self._results(message_batch_id, dict(kwargs))


# --------------------------------------------------------------------------- models, completions


class Models(_Resource):
    """``client.models`` (and ``client.beta.models``): the models the API serves."""

    _beta = False

    @cached_property
    def with_raw_response(self) -> ModelsWithRawResponse:
        """These methods, returning the raw HTTP response."""
        return ModelsWithRawResponse(self)

    def retrieve(self, model_id: str, **kwargs: Unpack[BetaOptions]) -> ModelInfo:
        """One model, by id or alias."""
        call = _calls.model_retrieve(model_id, dict(kwargs), self._settings, beta=self._beta)
        return self._client._process(call, _decoder(ModelInfo))

    def list(self, **kwargs: Unpack[ModelListKwargs]) -> SyncPage[ModelInfo]:
        """The available models, newest first; iterate for all of them."""
        return self._page(
            _calls.model_list(dict(kwargs), self._settings, beta=self._beta), ModelInfo
        )


class BetaModels(Models):
    """``client.beta.models``: the same, sent with ``?beta=true``."""

    _beta = True


class Completions(_Resource):
    """``client.completions``: the legacy Text Completions API."""

    @cached_property
    def with_raw_response(self) -> CompletionsWithRawResponse:
        """These methods, returning the raw HTTP response."""
        return CompletionsWithRawResponse(self)

    @overload
    def create(self, **kwargs: Unpack[CompletionCreateKwargs]) -> Completion: ...
    @overload
    def create(self, **kwargs: Unpack[CompletionCreateStreamingKwargs]) -> Stream[Completion]: ...
    @overload
    def create(
        self, **kwargs: Unpack[CompletionCreateWithStreamKwargs]
    ) -> Completion | Stream[Completion]: ...
    def create(self, **kwargs: Any) -> Completion | Stream[Completion]:
        """Create a completion; with ``stream=True`` the chunks arrive as a Stream."""
        call = _calls.completion_create(kwargs, self._settings)
        if call.stream:
            return self._client._process(call, self._streaming(completion_events))
        return self._client._process(call, _decoder(Completion))


class Beta:
    """``client.beta``: ``messages`` (with ``batches``) and ``models`` on the beta endpoints."""

    def __init__(self, client: Client) -> None:
        self.messages = BetaMessages(client)
        self.models = BetaModels(client)


# --------------------------------------------------------------------------- raw responses


class MessagesWithRawResponse:
    """``client.messages.with_raw_response``."""

    def __init__(self, messages: Messages) -> None:
        self._messages = messages
        self.count_tokens = _raw(messages.count_tokens)
        self.batches = BatchesWithRawResponse(messages.batches)

    @overload
    def create(self, **kwargs: Unpack[MessageCreateKwargs]) -> APIResponse[Message]: ...
    @overload
    def create(
        self, **kwargs: Unpack[MessageCreateStreamingKwargs]
    ) -> APIResponse[Stream[MessageStreamEvent]]: ...
    @overload
    def create(
        self, **kwargs: Unpack[MessageCreateWithStreamKwargs]
    ) -> APIResponse[Message | Stream[MessageStreamEvent]]: ...
    def create(self, **kwargs: Any) -> APIResponse[Any]:
        """``messages.create``, returning the raw HTTP response."""
        with raw_mode():
            return self._messages.create(**kwargs)  # type: ignore[no-any-return]


class BetaMessagesWithRawResponse:
    """``client.beta.messages.with_raw_response``."""

    def __init__(self, messages: BetaMessages) -> None:
        self._messages = messages
        self.count_tokens = _raw(messages.count_tokens)
        self.batches = BetaBatchesWithRawResponse(messages.batches)

    @overload
    def create(self, **kwargs: Unpack[BetaMessageCreateKwargs]) -> APIResponse[Message]: ...
    @overload
    def create(
        self, **kwargs: Unpack[BetaMessageCreateStreamingKwargs]
    ) -> APIResponse[Stream[MessageStreamEvent]]: ...
    @overload
    def create(
        self, **kwargs: Unpack[BetaMessageCreateWithStreamKwargs]
    ) -> APIResponse[Message | Stream[MessageStreamEvent]]: ...
    def create(self, **kwargs: Any) -> APIResponse[Any]:
        """``beta.messages.create``, returning the raw HTTP response."""
        with raw_mode():
            return self._messages.create(**kwargs)  # type: ignore[no-any-return]


class BatchesWithRawResponse:
    """``client.messages.batches.with_raw_response``."""

    def __init__(self, batches: Batches) -> None:
        self.create = _raw(batches.create)
        self.retrieve = _raw(batches.retrieve)
        self.list = _raw(batches.list)
        self.cancel = _raw(batches.cancel)
        self.delete = _raw(batches.delete)
        self.results = _raw(batches.results)


class BetaBatchesWithRawResponse:
    """``client.beta.messages.batches.with_raw_response``."""

    def __init__(self, batches: BetaBatches) -> None:
        self.create = _raw(batches.create)
        self.retrieve = _raw(batches.retrieve)
        self.list = _raw(batches.list)
        self.cancel = _raw(batches.cancel)
        self.delete = _raw(batches.delete)
        self.results = _raw(batches.results)


class ModelsWithRawResponse:
    """``client.models.with_raw_response`` (and the beta one)."""

    def __init__(self, models: Models) -> None:
        self.retrieve = _raw(models.retrieve)
        self.list = _raw(models.list)


class CompletionsWithRawResponse:
    """``client.completions.with_raw_response``."""

    def __init__(self, completions: Completions) -> None:
        self._completions = completions

    @overload
    def create(self, **kwargs: Unpack[CompletionCreateKwargs]) -> APIResponse[Completion]: ...
    @overload
    def create(
        self, **kwargs: Unpack[CompletionCreateStreamingKwargs]
    ) -> APIResponse[Stream[Completion]]: ...
    @overload
    def create(
        self, **kwargs: Unpack[CompletionCreateWithStreamKwargs]
    ) -> APIResponse[Completion | Stream[Completion]]: ...
    def create(self, **kwargs: Any) -> APIResponse[Any]:
        """``completions.create``, returning the raw HTTP response."""
        with raw_mode():
            return self._completions.create(**kwargs)  # type: ignore[no-any-return]
