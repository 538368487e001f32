"""Message Batches with a lifecycle: in_progress -> (canceling ->) ended, driven by a clock.

Request ``i`` of ``n`` finishes ``processing_seconds * (i + 1) / n`` after the batch was created,
so counts move as time passes. State changes happen when the app "ticks" (at the start of every
request, before it is handled, or on an explicit ``process``): a batch is therefore always
``in_progress`` in its own create response. A cancel leaves the batch ``canceling`` until a tick
at a later time (with a manual clock: until it is advanced), then the requests not yet done are
``canceled`` and the batch has ended. A batch not done within 24 hours expires.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from ..batches import (
    MessageBatch,
    MessageBatchCanceledResult,
    MessageBatchErroredResult,
    MessageBatchExpiredResult,
    MessageBatchIndividualResponse,
    MessageBatchRequestCounts,
    MessageBatchResult,
    MessageBatchSucceededResult,
)
from ._clock import Clock

__all__ = ["BatchRecord", "BatchStore", "Processor"]

EXPIRY = timedelta(hours=24)
Status = Literal["in_progress", "canceling", "ended"]
Processor = Callable[[bytes, tuple[str, ...], str], MessageBatchResult]
"""Runs one request (its raw ``params`` JSON, the batch's betas and the API version the batch
was created with) and returns its result."""


@dataclass
class BatchItem:
    """One request of a batch."""

    custom_id: str
    params: bytes
    due: datetime | None
    result: MessageBatchResult | None = None


@dataclass
class BatchRecord:
    """A batch as the fake keeps it."""

    id: str
    created_at: datetime
    items: list[BatchItem]
    betas: tuple[str, ...] = ()
    api_version: str = "2023-06-01"
    status: Status = "in_progress"
    cancel_initiated_at: datetime | None = None
    ended_at: datetime | None = None

    @property
    def expires_at(self) -> datetime:
        """When unfinished requests expire."""
        return self.created_at + EXPIRY

    def counts(self) -> MessageBatchRequestCounts:
        """Requests per state."""
        counts = MessageBatchRequestCounts()
        for item in self.items:
            if item.result is None:
                counts.processing += 1
            elif isinstance(item.result, MessageBatchSucceededResult):
                counts.succeeded += 1
            elif isinstance(item.result, MessageBatchErroredResult):
                counts.errored += 1
            elif isinstance(item.result, MessageBatchCanceledResult):
                counts.canceled += 1
            elif isinstance(item.result, MessageBatchExpiredResult):
                counts.expired += 1
        return counts

    def to_struct(self, base_url: str) -> MessageBatch:
        """The API object; ``results_url`` points at ``base_url`` once the batch has ended."""
        ended = self.status == "ended"
        return MessageBatch(
            id=self.id,
            created_at=self.created_at,
            expires_at=self.expires_at,
            processing_status=self.status,
            request_counts=self.counts(),
            archived_at=None,
            cancel_initiated_at=self.cancel_initiated_at,
            ended_at=self.ended_at,
            results_url=f"{base_url}/v1/messages/batches/{self.id}/results" if ended else None,
        )

    def results(self) -> list[MessageBatchIndividualResponse]:
        """One line per request, in request order (only meaningful once ended)."""
        return [
            MessageBatchIndividualResponse(custom_id=item.custom_id, result=item.result)
            for item in self.items
            if item.result is not None
        ]


@dataclass
class BatchStore:
    """Every batch of one app, with the clock and processor that move them along."""

    clock: Clock
    processor: Processor
    processing_seconds: float | None = 0.0
    batches: dict[str, BatchRecord] = field(default_factory=dict)

    def create(
        self,
        batch_id: str,
        requests: list[tuple[str, bytes]],
        betas: tuple[str, ...],
        api_version: str = "2023-06-01",
    ) -> BatchRecord:
        """Store a new in-progress batch."""
        now = self.clock.now()
        count = len(requests)
        items = []
        for number, (custom_id, params) in enumerate(requests):
            due = None
            if self.processing_seconds is not None:
                due = now + timedelta(seconds=self.processing_seconds * (number + 1) / count)
            items.append(BatchItem(custom_id, params, due))
        record = BatchRecord(batch_id, now, items, betas, api_version)
        self.batches[batch_id] = record
        return record

    def newest_first(self) -> list[BatchRecord]:
        """Every batch, most recently created first."""
        return sorted(self.batches.values(), key=lambda b: b.created_at, reverse=True)

    def tick(self) -> None:
        """Apply everything that is due by now."""
        now = self.clock.now()
        for record in self.batches.values():
            if record.status != "ended":
                self._advance(record, now, force=False)

    def process(self) -> None:
        """Finish every batch now, whatever the clock says."""
        now = self.clock.now()
        for record in self.batches.values():
            if record.status != "ended":
                self._advance(record, now, force=True)

    def _advance(self, record: BatchRecord, now: datetime, *, force: bool) -> None:
        expired = now >= record.expires_at
        for item in record.items:
            if item.result is not None:
                continue
            if force or (item.due is not None and item.due <= now and item.due < record.expires_at):
                item.result = self.processor(item.params, record.betas, record.api_version)
        pending = [item for item in record.items if item.result is None]
        if record.status == "canceling" and (force or _after(now, record.cancel_initiated_at)):
            for item in pending:
                item.result = MessageBatchCanceledResult()
            record.status, record.ended_at = "ended", now
        elif expired and pending:
            for item in pending:
                item.result = MessageBatchExpiredResult()
            record.status, record.ended_at = "ended", record.expires_at
        elif not pending and record.status == "in_progress":
            done = [item.due or now for item in record.items]
            record.status, record.ended_at = "ended", min(now, max(done, default=now))

    def cancel(self, record: BatchRecord) -> None:
        """Start canceling an in-progress batch; it ends once the clock has moved on."""
        if record.status == "in_progress":
            record.status = "canceling"
            record.cancel_initiated_at = self.clock.now()


def _after(now: datetime, then: datetime | None) -> bool:
    return then is None or now > then
