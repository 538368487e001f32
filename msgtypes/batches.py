"""Message Batches: the create body, the batch object, and the per-request results."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, ClassVar, Generic, Literal, TypeVar, Union

from msgspec import Meta

from ._base import RequestStruct, ResponseStruct, Unknown
from .errors import ErrorResponse
from .messages import Message, MessageCreateParams

CustomId = Annotated[
    str,
    Meta(
        pattern=r"^[a-zA-Z0-9_-]{1,64}$",
        description="Caller's id for the request: 1-64 letters, digits, '_' or '-'.",
    ),
]


class MessageBatchRequest(RequestStruct):
    """One request of a batch: your id for it and its Messages parameters."""

    custom_id: CustomId
    params: MessageCreateParams


class BatchCreateParams(RequestStruct):
    """Body of ``POST /v1/messages/batches``."""

    requests: Annotated[list[MessageBatchRequest], Meta(min_length=1, max_length=100_000)]


class MessageBatchRequestCounts(ResponseStruct):
    """How many requests of the batch are in each state."""

    canceled: int = 0
    errored: int = 0
    expired: int = 0
    processing: int = 0
    succeeded: int = 0


class MessageBatch(ResponseStruct, tag_field="type", tag="message_batch"):
    """A batch and its processing state."""

    type: ClassVar[Literal["message_batch"]] = "message_batch"
    id: str
    created_at: datetime
    expires_at: datetime
    processing_status: Literal["in_progress", "canceling", "ended"]
    request_counts: MessageBatchRequestCounts
    archived_at: datetime | None = None
    cancel_initiated_at: datetime | None = None
    ended_at: datetime | None = None
    results_url: str | None = None


class DeletedMessageBatch(ResponseStruct, tag_field="type", tag="message_batch_deleted"):
    """Confirmation that a batch was deleted."""

    type: ClassVar[Literal["message_batch_deleted"]] = "message_batch_deleted"
    id: str


class MessageBatchSucceededResult(ResponseStruct, tag_field="type", tag="succeeded"):
    """The request produced a Message."""

    type: ClassVar[Literal["succeeded"]] = "succeeded"
    message: Message


class MessageBatchErroredResult(ResponseStruct, tag_field="type", tag="errored"):
    """The request failed (invalid params or a server error)."""

    type: ClassVar[Literal["errored"]] = "errored"
    error: ErrorResponse


class MessageBatchCanceledResult(ResponseStruct, tag_field="type", tag="canceled"):
    """The batch was canceled before this request ran."""

    type: ClassVar[Literal["canceled"]] = "canceled"


class MessageBatchExpiredResult(ResponseStruct, tag_field="type", tag="expired"):
    """The batch expired (24 hours) before this request ran."""

    type: ClassVar[Literal["expired"]] = "expired"


if TYPE_CHECKING:
    MessageBatchResult = Union[
        MessageBatchSucceededResult,
        MessageBatchErroredResult,
        MessageBatchCanceledResult,
        MessageBatchExpiredResult,
        Unknown,
    ]
else:
    MessageBatchResult = Union[
        MessageBatchSucceededResult,
        MessageBatchErroredResult,
        MessageBatchCanceledResult,
        MessageBatchExpiredResult,
    ]


class MessageBatchIndividualResponse(ResponseStruct):
    """One line of a batch's results file."""

    custom_id: str
    result: MessageBatchResult


T = TypeVar("T")


class Page(ResponseStruct, Generic[T]):
    """One page of a list endpoint (``data`` plus cursors for the next page)."""

    data: list[T]
    has_more: bool
    first_id: str | None = None
    last_id: str | None = None


MessageBatchListPage = Page[MessageBatch]
