"""Rules about Message Batches: custom ids, streaming, and size limits of bodies and batches."""

from __future__ import annotations

from typing import Any

import msgtypes as m
from msgtypes.batches import MAX_BATCH_REQUESTS

from ..diagnostics import Diagnostic
from ..engine import Context, semantic_rule
from . import get, register

MAX_MESSAGES_BODY = 32 * 1024 * 1024
MAX_BATCH_BODY = 256 * 1024 * 1024


@register("E260", "duplicate-custom-id")
def _duplicate() -> None:
    """## What it does
    Checks that every request of a batch has its own `custom_id`.

    ## Why is this bad?
    `custom_id` must be unique within a Message Batch; results are matched to requests by it.

    ## Example
    Two requests with `"custom_id": "row-1"`.

    ## Use instead
    Number the requests: `row-1`, `row-2`, ...
    """


@register("W261", "stream-in-batch", severity="warning")
def _stream() -> None:
    """## What it does
    Warns about `stream` set inside a batch request's `params`.

    ## Why is this bad?
    Batches are not streamed; the official SDK types batch params as non-streaming, and such a
    request is likely to come back errored.

    ## Example
    ```json
    {"custom_id": "a", "params": {"stream": true, ...}}
    ```

    ## Use instead
    Remove `stream`.
    """


@register("E262", "request-too-large")
def _too_large() -> None:
    """## What it does
    Checks the body size limits: 32 MB for Messages and count_tokens requests, 256 MB for a batch.
    msglint reads no input past 256 MB: a larger document is reported without being checked,
    and a larger JSONL file is checked up to that point.

    ## Why is this bad?
    The API (at its edge) answers `413 request_too_large`.

    ## Example
    A Messages request carrying 40 MB of base64 PDFs.

    ## Use instead
    Use the Files API for large documents, or split the batch.
    """


@semantic_rule("batch")
def check_batch(ctx: Context, params: Any, base: str) -> None:
    """Unique custom ids and stream flags across the requests of a batch body."""
    requests = getattr(params, "requests", None)
    if not isinstance(requests, list):
        return
    seen: dict[str, int] = {}
    for i, request in enumerate(requests):
        if not isinstance(request, m.MessageBatchRequest):
            continue
        if isinstance(request.custom_id, str):
            if request.custom_id in seen:
                ctx.report(
                    "E260",
                    f"{base}/requests/{i}/custom_id",
                    f"custom_id {request.custom_id!r} is already used by request "
                    f"{seen[request.custom_id]}",
                )
            else:
                seen[request.custom_id] = i
    if ctx.size > MAX_BATCH_BODY:
        ctx.report("E262", base, f"batch body is {ctx.size:,} bytes; the limit is 256 MB")


@semantic_rule("messages")
def check_request_size(ctx: Context, params: Any, base: str) -> None:
    """Body size of a Messages request; stream inside batch params."""
    if base == "" and ctx.endpoint in ("messages", "count_tokens") and ctx.size > MAX_MESSAGES_BODY:
        ctx.report("E262", "", f"request body is {ctx.size:,} bytes; the limit is 32 MB")
    if base.endswith("/params") and getattr(params, "stream", None) is True:
        ctx.report(
            "W261",
            f"{base}/stream",
            "stream is not supported in batch requests",
            hint="remove stream",
        )


class BatchFileChecks:
    """The rules across the lines of one batch JSONL file: unique ``custom_id``s (E260), the
    request count (E106) and the total size (E262).

    Fed every line in file order; in parallel runs the lines are checked in worker processes but
    this object lives in the main process.
    """

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}
        self.count = 0
        self.size = 0
        self.first_line = 1

    def add(self, line: int, custom_id: str | None, size: int) -> list[Diagnostic]:
        """Take the next request line: its 1-based line number, its ``custom_id`` when it is a
        string, and its size in bytes. Diagnostics returned belong to that line."""
        found: list[Diagnostic] = []
        self.count += 1
        self.size += size
        if self.count == 1:
            self.first_line = line
        if custom_id is not None:
            first = self.seen.get(custom_id)
            if first is not None:
                found.append(
                    get("E260").diagnostic(
                        "/custom_id",
                        f"custom_id {custom_id!r} is already used on line {first}",
                    )
                )
            else:
                self.seen[custom_id] = line
        if self.count == MAX_BATCH_REQUESTS + 1:
            found.append(
                get("E106").diagnostic(
                    "",
                    f"a batch holds at most {MAX_BATCH_REQUESTS:,} requests; this is request "
                    f"{self.count:,}",
                    hint="split the file into several batches",
                )
            )
        return found

    def finish(self) -> list[Diagnostic]:
        """Diagnostics about the file as a whole, once every line has been added."""
        if self.size > MAX_BATCH_BODY:
            return [
                get("E262").diagnostic(
                    "",
                    f"the batch is {self.size:,} bytes; a batch body is limited to 256 MB",
                    line=self.first_line,
                    column=1,
                    hint="split the file into several batches",
                )
            ]
        return []
