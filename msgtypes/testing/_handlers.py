"""The endpoints of the fake API: Messages, count_tokens, Message Batches, Models, Completions.

Every body is decoded strictly into its msgtypes Struct; a structural problem is a 400 worded
the way the API words it. The faithful fake then answers 404 for a model it does not list and
lints the body: the first ``error`` diagnostic is a 400, prefixed with the API-style location of
its pointer. The mock only checks structure and types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Annotated, Any

import msgspec
from msgspec import Meta

from .._exceptions import NestingDepthError
from ..batches import (
    BatchCreateParams,
    CustomId,
    DeletedMessageBatch,
    MessageBatchErroredResult,
    MessageBatchResult,
    MessageBatchSucceededResult,
)
from ..codec import convert, decode, to_builtins
from ..completions import Completion, CompletionCreateParams
from ..content import ContentBlock, TextBlock, ThinkingBlock, ToolUseBlock
from ..errors import ErrorResponse
from ..messages import (
    CacheCreation,
    CountTokensContextManagementResponse,
    Message,
    MessageCountTokensParams,
    MessageCreateParams,
    MessageTokensCount,
    RefusalStopDetails,
    Usage,
)
from ..versions import API_VERSIONS, LEGACY_API_VERSION, Body, changes
from . import _turns
from ._batches import BatchItem, BatchRecord
from ._errors import STATUS_OF, api_location, describe_validation_error, error_body
from ._events import Event, completion_events, message_events
from ._faults import Fault, http_error_of
from ._models import DEFAULT_LIFECYCLES, LIFECYCLES, ModelRecord, paginate
from ._replies import Reply, echo_reply
from ._tokens import request_tokens, text_tokens
from ._wire import encode

if TYPE_CHECKING:
    from msglint import Diagnostic

    from ._app import FakeAPI

__all__ = ["MAX_CREDIT_TOKENS", "TOO_DEEP", "Handlers", "Out", "Request"]

#: Fallback credit tokens the fake remembers (to redeem them); the oldest are forgotten first.
MAX_CREDIT_TOKENS = 10_000

#: The message for a body nested deeper than the JSON decoder goes (about 1,000 levels).
TOO_DEEP = "The request body is not valid JSON: it is nested too deeply"

# Handlers whose body prepare() decodes and lints: the body type and the linter's endpoint.
_CHECKED: dict[str, tuple[Any, str]] = {
    "create_message": (MessageCreateParams, "messages"),
    "count_tokens": (MessageCountTokensParams, "count_tokens"),
    "complete": (CompletionCreateParams, "complete"),
}

_SAMPLE_PARAMS = (
    b'{"model":"claude-sonnet-4-5-20250929","max_tokens":1024,'
    b'"messages":[{"role":"user","content":"Hello, world"}]}'
)


Problem = tuple[str, str]
"""An API error type and message."""


@dataclass
class Out:
    """A response about to be written: a JSON body, or stream events."""

    status: int = 200
    body: bytes = b""
    events: list[Event] | None = None
    content_type: str = "application/json"
    headers: list[tuple[str, str]] = field(default_factory=list)
    fault: Fault | None = None


@dataclass
class Request:
    """A request the app has read."""

    method: str
    path: str
    query: dict[str, str]  # the last value of each parameter (see query_all)
    headers: dict[str, str]
    body: bytes
    request_id: str
    base_url: str
    betas: tuple[str, ...] = ()
    api_version: str = LEGACY_API_VERSION  # the anthropic-version header (checked by the app)
    query_all: dict[str, list[str]] = field(default_factory=dict)  # every value, in order
    checked: tuple[Any, Problem | None] | None = None  # set by Handlers.prepare

    def error(self, error_type: str, message: str, *, status: int | None = None) -> Out:
        """The API's error response."""
        code = status if status is not None else STATUS_OF.get(error_type, 400)
        return Out(status=code, body=error_body(error_type, message, self.request_id))


class _ShapeRequest(msgspec.Struct, forbid_unknown_fields=True):
    custom_id: CustomId
    params: msgspec.Raw


class _BatchShape(msgspec.Struct, forbid_unknown_fields=True):
    """A batch create body with each request's params kept raw (linted when processed)."""

    requests: Annotated[list[_ShapeRequest], Meta(min_length=1, max_length=100_000)]


class Handlers:
    """The endpoint handlers of one :class:`FakeAPI` (called with the app's lock held).

    :meth:`prepare` decodes and lints a body before its handler runs, without the lock, so that
    a slow lint holds up only its own request.
    """

    def __init__(self, app: FakeAPI) -> None:
        self.app = app
        self.minted: dict[str, None] = {}  # fallback credit tokens handed out, oldest first

    # ------------------------------------------------------------------ validation

    def prepare(self, name: str, request: Request) -> None:
        """Check the body of a request for handler ``name`` into ``request.checked``."""
        if name == "create_batch":
            request.checked = self.check_batch_shape(request.body)
            return
        spec = _CHECKED.get(name)
        if spec is not None:
            request.checked = self.check(
                request.body, spec[0], spec[1], request.betas, request.api_version
            )

    def _checked(self, request: Request, tp: Any, endpoint: str) -> tuple[Any, Problem | None]:
        if request.checked is not None:
            return request.checked
        return self.check(request.body, tp, endpoint, request.betas, request.api_version)

    def check(
        self,
        body: bytes,
        tp: Any,
        endpoint: str,
        betas: tuple[str, ...],
        api_version: str = LEGACY_API_VERSION,
    ) -> tuple[Any, Problem | None]:
        """``body`` decoded into ``tp``, or the problem the API would report for it on
        ``api_version``: fields the version removed are refused in both modes (the API's
        schema rejects them), the rest of the version's rules come with the linter."""
        failure: msgspec.DecodeError | None = None
        try:
            value = decode(body, type=tp)
        except NestingDepthError:
            return None, ("invalid_request_error", TOO_DEEP)
        except msgspec.DecodeError as exc:  # ValidationError is a DecodeError too
            value, failure = None, exc
        try:
            document = msgspec.json.decode(body)
        except (msgspec.DecodeError, RecursionError):
            document = None
        if failure is not None:
            # structural problems in the API's own (pydantic) wording, from msgspec's error
            return None, ("invalid_request_error", self._describe(failure, document, tp))
        version = rules_version(api_version)
        removed = _removed_field(value, endpoint, version)
        if removed is not None:
            return None, ("invalid_request_error", f"{removed}: Extra inputs are not permitted")
        if self.app.mock:
            return value, None
        model = getattr(value, "model", None)
        today = self.app.clock.now().date()
        if isinstance(model, str) and not self.app.models.accepts(model, today):
            return None, ("not_found_error", f"model: {model}")
        diagnostics = self._lint(body, endpoint, betas, version)
        if diagnostics:
            return None, ("invalid_request_error", _message(diagnostics[0], document, tp))
        return value, None

    @staticmethod
    def _lint(
        body: bytes, endpoint: str, betas: tuple[str, ...], api_version: str
    ) -> list[Diagnostic]:
        import msglint

        found = msglint.check(body, endpoint=endpoint, betas=betas, api_version=api_version)
        # E000 is the linter reporting its own failure, not a problem of the request
        return [d for d in found if d.severity == "error" and d.code != "E000"]

    @staticmethod
    def _describe(failure: msgspec.DecodeError, document: Any, tp: Any) -> str:
        if isinstance(failure, msgspec.ValidationError):
            return describe_validation_error(failure, document, tp)
        return f"The request body is not valid JSON: {failure}"

    # ------------------------------------------------------------------ messages

    def create_message(self, request: Request) -> Out:
        """``POST /v1/messages``."""
        params, problem = self._checked(request, MessageCreateParams, "messages")
        if problem is not None:
            return request.error(*problem)
        answer = self.app.replies.next(params)
        fault: Fault | None = None
        if not isinstance(answer, (Message, Reply)):
            error = http_error_of(answer)
            if error is not None:
                out = request.error(error.error_type, error.message, status=error.status)
                out.headers.extend(error.headers)
                out.fault = answer
                return out
            fault, answer = answer, self.app.replies.next(params, queued=False)
            if not isinstance(answer, (Message, Reply)):
                answer = echo_reply(params)
        message = self.message(params, answer, service_tier="standard", betas=request.betas)
        if params.stream is True:
            return Out(events=message_events(message), fault=fault)
        return Out(body=encode(message), fault=fault)

    def message(
        self,
        params: MessageCreateParams,
        answer: Message | Reply,
        *,
        service_tier: str,
        betas: tuple[str, ...] = (),
        queued: bool = True,
    ) -> Message:
        """The Message for ``answer``: ids, model and usage filled in, and what the request
        asks for on top (fallbacks after a refusal, compaction, fallback credit: ``_turns``).
        A scripted whole Message is sent as it is, unless it refuses and fallbacks follow."""
        if isinstance(answer, Message) and not (_turns.is_refusal(answer) and params.fallbacks):
            return answer
        hops = _turns.run_fallbacks(params, answer, lambda hop: self._hop(hop, queued))
        served = hops[-1].reply
        input_tokens = request_tokens(to_builtins(params))
        blocks: list[ContentBlock] = []
        iterations: list[Any] = []
        compacted = _turns.compaction(params, input_tokens)
        summary_tokens = 0
        if compacted is not None:
            blocks.append(compacted)
            iterations.append(_turns.compaction_usage(compacted, input_tokens))
            summary_tokens = iterations[0].output_tokens
        blocks.extend(_turns.seams(hops, self._model_id))
        stop_reason, stop_sequence = served.stop_reason, served.stop_sequence
        edit = _turns.compaction_edit(params)
        if compacted is not None and edit is not None and edit.pause_after_compaction is True:
            stop_reason, stop_sequence = "compaction", None
        else:
            blocks.extend(self._with_id(block) for block in served.content)
        outputs = [max(1, sum(_output_tokens(b) for b in hop.reply.content)) for hop in hops]
        if len(hops) > 1 or compacted is not None:
            iterations.extend(_turns.hop_usage(hops, input_tokens, outputs))
        usage = Usage(
            input_tokens=input_tokens,
            output_tokens=sum(outputs) + summary_tokens,
            cache_creation=CacheCreation(),
            cache_creation_input_tokens=0,
            cache_read_input_tokens=0,
            fallback_credit=_turns.credit_usage(params.fallback_credit_token, self.minted),
            iterations=iterations or None,
            service_tier="batch" if service_tier == "batch" else "standard",
        )
        return Message(
            id=self.app.ids.message(),
            content=blocks,
            model=self._model_id(params.model),
            role="assistant",
            stop_reason=stop_reason,
            stop_sequence=stop_sequence,
            stop_details=self._stop_details(served, betas),
            usage=usage,
        )

    def _hop(self, params: MessageCreateParams, queued: bool) -> Message | Reply | None:
        """A fallback model's answer (the script's next one); None when it is a fault, which
        skips that model as the API skips a fallback whose request fails."""
        answer = self.app.replies.next(params, queued=queued)
        return answer if isinstance(answer, (Message, Reply)) else None

    def _stop_details(self, served: Message | Reply, betas: tuple[str, ...]) -> Any:
        """The served answer's stop details; a refusal under a fallback-credit beta gets a
        credit token (kept, at most :data:`MAX_CREDIT_TOKENS`, to be redeemed later)."""
        details = served.stop_details
        if not isinstance(details, RefusalStopDetails) or details.fallback_credit_token:
            return details
        if not _turns.FALLBACK_CREDIT_BETAS.intersection(betas):
            return details
        token = self.app.ids.make("fbct_")
        self.minted[token] = None
        while len(self.minted) > MAX_CREDIT_TOKENS:
            del self.minted[next(iter(self.minted))]
        return msgspec.structs.replace(
            details, fallback_credit_token=token, fallback_has_prefill_claim=False
        )

    def _model_id(self, name: str) -> str:
        """The dated id an alias resolves to (the API answers with it)."""
        model = self.app.models.resolve(name)
        return model.id if model is not None else name

    def _with_id(self, block: ContentBlock) -> ContentBlock:
        if isinstance(block, ToolUseBlock) and not block.id:
            return msgspec.structs.replace(block, id=self.app.ids.tool_use())
        return block

    def count_tokens(self, request: Request) -> Out:
        """``POST /v1/messages/count_tokens``."""
        params, problem = self._checked(request, MessageCountTokensParams, "count_tokens")
        if problem is not None:
            return request.error(*problem)
        tokens = request_tokens(to_builtins(params))
        edits = None
        if params.context_management:
            edits = CountTokensContextManagementResponse(original_input_tokens=tokens)
        return Out(body=encode(MessageTokensCount(input_tokens=tokens, context_management=edits)))

    # ------------------------------------------------------------------ completions

    def complete(self, request: Request) -> Out:
        """``POST /v1/complete`` (legacy): echoes the last Human turn."""
        params, problem = self._checked(request, CompletionCreateParams, "complete")
        if problem is not None:
            return request.error(*problem)
        turn = params.prompt.rsplit("\n\nHuman:", 1)[-1].split("\n\nAssistant:", 1)[0].strip()
        text, stop_reason = " " + turn, "stop_sequence"
        limit = params.max_tokens_to_sample * 4
        if len(text) > limit:
            text, stop_reason = text[:limit], "max_tokens"
        completion = Completion(
            id=self.app.ids.completion(),
            completion=text,
            model=self._model_id(params.model),
            stop_reason=stop_reason,
        )
        if params.stream is True:
            return Out(events=completion_events(completion))
        return Out(body=encode(completion))

    # ------------------------------------------------------------------ batches

    def create_batch(self, request: Request) -> Out:
        """``POST /v1/messages/batches``: params are checked later, per request."""
        _, problem = request.checked or self.check_batch_shape(request.body)
        if problem is not None:
            return request.error(*problem)
        shape = msgspec.json.decode(request.body, type=_BatchShape)
        requests = [(r.custom_id, bytes(r.params)) for r in shape.requests]
        record = self.app.batches.create(
            self.app.ids.batch(), requests, request.betas, request.api_version
        )
        return Out(body=encode(record.to_struct(request.base_url)))

    def check_batch_shape(self, body: bytes) -> tuple[Any, Problem | None]:
        """The outer structure of a batch body (the mock also checks every request's params)."""
        if self.app.mock:
            return self.check(body, BatchCreateParams, "batch", ())
        try:
            document = msgspec.json.decode(body)
        except msgspec.DecodeError as exc:
            return None, ("invalid_request_error", self._describe(exc, None, BatchCreateParams))
        except RecursionError:
            return None, ("invalid_request_error", TOO_DEEP)
        try:
            shape = msgspec.json.decode(body, type=_BatchShape)
        except msgspec.ValidationError as exc:
            message = describe_validation_error(exc, document, BatchCreateParams)
            return None, ("invalid_request_error", message)
        seen: set[str] = set()
        for number, item in enumerate(shape.requests):
            if not bytes(item.params).lstrip().startswith(b"{"):
                message = f"requests.{number}.params: Input should be a valid dictionary"
                return None, ("invalid_request_error", message)
            if item.custom_id in seen:
                message = (
                    f"requests.{number}.custom_id: Duplicate custom_id {item.custom_id!r}; "
                    "custom_id must be unique for each request within the Message Batch"
                )
                return None, ("invalid_request_error", message)
            seen.add(item.custom_id)
        return shape, None

    def run_batch_request(
        self, params_json: bytes, betas: tuple[str, ...], api_version: str = LEGACY_API_VERSION
    ) -> MessageBatchResult:
        """Process one batch request the way a Messages request is, with the API version of
        the batch's create request (the queue is not used)."""
        params, problem = self.check(
            params_json, MessageCreateParams, "messages", betas, api_version
        )
        if problem is not None:
            return _errored(*problem)
        answer = self.app.replies.next(params, queued=False)
        if not isinstance(answer, (Message, Reply)):
            error = http_error_of(answer)
            if error is not None:
                return _errored(error.error_type, error.message)
            answer = echo_reply(params)
        return MessageBatchSucceededResult(
            message=self.message(params, answer, service_tier="batch", betas=betas, queued=False)
        )

    def _batch(self, request: Request, batch_id: str) -> BatchRecord | Out:
        record = self.app.batches.batches.get(batch_id)
        if record is not None:
            return record
        if self.app.mock:
            return self._invented_batch(batch_id)
        return request.error("not_found_error", f"Message Batch {batch_id} not found")

    def _invented_batch(self, batch_id: str) -> BatchRecord:
        """A plausible ended batch for an id the mock has never seen."""
        now = self.app.clock.now()
        item = BatchItem("my-custom-id-1", _SAMPLE_PARAMS, None)
        item.result = self.run_batch_request(_SAMPLE_PARAMS, ())
        created = now - timedelta(hours=1)
        return BatchRecord(batch_id, created, [item], status="ended", ended_at=now)

    def list_batches(self, request: Request) -> Out:
        """``GET /v1/messages/batches``, newest first."""
        records = self.app.batches.newest_first()
        return self._page(request, [r.to_struct(request.base_url) for r in records])

    def retrieve_batch(self, request: Request, id: str) -> Out:
        """``GET /v1/messages/batches/{id}``."""
        record = self._batch(request, id)
        if isinstance(record, Out):
            return record
        return Out(body=encode(record.to_struct(request.base_url)))

    def cancel_batch(self, request: Request, id: str) -> Out:
        """``POST /v1/messages/batches/{id}/cancel``."""
        record = self._batch(request, id)
        if isinstance(record, Out):
            return record
        if self.app.mock and id not in self.app.batches.batches:
            record.status, record.ended_at = "canceling", None
            record.cancel_initiated_at = self.app.clock.now()
        self.app.batches.cancel(record)
        return Out(body=encode(record.to_struct(request.base_url)))

    def delete_batch(self, request: Request, id: str) -> Out:
        """``DELETE /v1/messages/batches/{id}``: only an ended batch can be deleted."""
        record = self._batch(request, id)
        if isinstance(record, Out):
            return record
        if record.status != "ended":
            return request.error(
                "invalid_request_error",
                f"Message Batch {id} cannot be deleted while it is {record.status}; "
                "cancel it and wait until it has ended.",
            )
        self.app.batches.batches.pop(id, None)
        return Out(body=encode(DeletedMessageBatch(id=id)))

    def batch_results(self, request: Request, id: str) -> Out:
        """``GET /v1/messages/batches/{id}/results``: JSON Lines, one per request."""
        record = self._batch(request, id)
        if isinstance(record, Out):
            return record
        if record.status != "ended":
            return request.error(
                "invalid_request_error",
                f"Results of Message Batch {id} are not available until it has ended "
                f"(processing_status: {record.status}).",
            )
        body = b"".join(encode(line) + b"\n" for line in record.results())
        return Out(body=body, content_type="application/binary")

    # ------------------------------------------------------------------ models

    def list_models(self, request: Request) -> Out:
        """``GET /v1/models``, newest first: the active and deprecated models, or those of the
        ``lifecycle[]`` stages asked for (at most 3)."""
        stages = request.query_all.get("lifecycle[]", request.query_all.get("lifecycle", []))
        for number, stage in enumerate(stages):
            if stage not in LIFECYCLES:
                return request.error(
                    "invalid_request_error",
                    f"lifecycle.{number}: Input should be 'active', 'deprecated' or 'retired'",
                )
        if len(stages) > len(LIFECYCLES):
            return request.error(
                "invalid_request_error", "lifecycle: List should have at most 3 items"
            )
        today = self.app.clock.now().date()
        chosen = self.app.models.listed(today, stages or DEFAULT_LIFECYCLES)  # type: ignore[arg-type]
        return self._page(request, [m.info(today) for m in chosen])

    def retrieve_model(self, request: Request, id: str) -> Out:
        """``GET /v1/models/{id}``: an id or an alias."""
        model = self.app.models.resolve(id)
        if model is None:
            if not self.app.mock:
                return request.error("not_found_error", f"model: {id}")
            model = ModelRecord(id, id, self.app.clock.now())
        return Out(body=encode(model.info(self.app.clock.now().date())))

    # ------------------------------------------------------------------ pagination

    def _page(self, request: Request, items: list[Any]) -> Out:
        query = request.query
        raw = query.get("limit", "20")
        try:
            limit = int(raw)
        except ValueError:
            return request.error(
                "invalid_request_error",
                "limit: Input should be a valid integer, unable to parse string as an integer",
            )
        if limit < 1 or limit > 1000:
            bound = "greater than or equal to 1" if limit < 1 else "less than or equal to 1000"
            return request.error("invalid_request_error", f"limit: Input should be {bound}")
        after_id, before_id = query.get("after_id"), query.get("before_id")
        if after_id is not None and before_id is not None and not self.app.mock:
            return request.error(
                "invalid_request_error", "Only one of before_id and after_id may be given"
            )
        ids = [item.id for item in items]
        page, has_more = paginate(items, ids, limit=limit, after_id=after_id, before_id=before_id)
        body = {
            "data": page,
            "has_more": has_more,
            "first_id": page[0].id if page else None,
            "last_id": page[-1].id if page else None,
        }
        return Out(body=encode(body))


# The linter's pointer to its own command-line flag, which the API would not say.
_FLAG_NOTE = re.compile(r" \(--api-version [^)]*\)$")


def _message(diagnostic: Diagnostic, document: Any, tp: Any) -> str:
    location = api_location(diagnostic.path, document, tp) if document is not None else ""
    text = _FLAG_NOTE.sub("", diagnostic.message)
    return f"{location}: {text}" if location else text


def rules_version(api_version: str) -> str:
    """The version whose rules apply to a request sent with ``api_version`` (2023-01-01, which
    the API still accepts, has no rules of its own in the versions table: 2023-06-01's)."""
    return api_version if api_version in API_VERSIONS else LEGACY_API_VERSION


_BODIES: dict[str, Body] = {"messages": "messages", "count_tokens": "count_tokens"}


def _removed_field(value: Any, endpoint: str, api_version: str) -> str | None:
    """The first top-level field of ``value`` that ``api_version`` removed, if any."""
    body = _BODIES.get(endpoint)
    if body is None:
        return None
    for change in changes(api_version, body):
        if change.kind == "removed" and change.where.isidentifier():
            if getattr(value, change.where, msgspec.UNSET) is not msgspec.UNSET:
                return change.where
    return None


def _errored(error_type: str, message: str) -> MessageBatchErroredResult:
    body = {"type": "error", "error": {"type": error_type, "message": message}}
    return MessageBatchErroredResult(error=convert(body, type=ErrorResponse))


def _output_tokens(block: ContentBlock) -> int:
    if isinstance(block, TextBlock):
        return text_tokens(block.text)
    if isinstance(block, ThinkingBlock):
        return text_tokens(block.thinking)
    if isinstance(block, ToolUseBlock):
        return text_tokens(msgspec.json.encode(block.input).decode()) + text_tokens(block.name)
    return text_tokens(encode(block).decode())
