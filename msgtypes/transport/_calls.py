"""One function per endpoint: keyword arguments in, :class:`~._request.Call` out.

Paths, query strings and ``anthropic-beta`` values are those of the official SDK
(anthropic 0.75.0): beta methods add ``?beta=true``; beta count_tokens always sends
``token-counting-2024-11-01`` and beta batches ``message-batches-2024-09-24`` after the
caller's betas; batch results are read from the batch's ``results_url``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from ..batches import BatchCreateParams
from ..completions import CompletionCreateParams
from ..messages import MessageCountTokensParams, MessageCreateParams
from ._params import (
    BatchCreateKwargs,
    BetaBatchCreateKwargs,
    BetaListKwargs,
    BetaMessageCountTokensKwargs,
    BetaMessageCreateWithStreamKwargs,
    BetaMessageStreamKwargs,
    BetaOptions,
    CompletionCreateWithStreamKwargs,
    ListKwargs,
    MessageCountTokensKwargs,
    MessageCreateWithStreamKwargs,
    MessageStreamKwargs,
    RequestOptions,
)
from ._request import Call, LintMode, body_from, call_options, check_kwargs

__all__ = [
    "BATCHES_BETA",
    "COUNT_TOKENS_BETA",
    "batch_create",
    "batch_list",
    "batch_path",
    "batch_results",
    "completion_create",
    "count_tokens",
    "message_create",
    "message_stream",
    "model_list",
    "model_retrieve",
    "next_page",
    "page_params",
]

BATCHES_BETA = "message-batches-2024-09-24"
COUNT_TOKENS_BETA = "token-counting-2024-11-01"

_LIST_PARAMS = ("after_id", "before_id", "limit")


def _betas(kwargs: Mapping[str, Any], *always: str) -> list[str]:
    return [*(str(b) for b in kwargs.get("betas") or ()), *always]


def _options(kwargs: Mapping[str, Any], name: str, beta: bool) -> None:
    check_kwargs(name, kwargs, BetaOptions if beta else RequestOptions)


def _require_id(kind: str, value: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"expected a non-empty {kind}, got {value!r}")
    return value


# --------------------------------------------------------------------------- messages


def message_create(kwargs: Mapping[str, Any], *, lint: LintMode, beta: bool) -> Call:
    """``POST /v1/messages`` from ``messages.create`` arguments (``stream`` may be set)."""
    accepted = BetaMessageCreateWithStreamKwargs if beta else MessageCreateWithStreamKwargs
    check_kwargs("create", kwargs, accepted)
    body = body_from(
        kwargs, type=MessageCreateParams, lint=lint, endpoint="messages", betas=_betas(kwargs)
    )
    return call_options(
        kwargs,
        method="POST",
        path="/v1/messages",
        body=body,
        beta=beta,
        stream=body.get("stream") is True,
    )


def message_stream(kwargs: Mapping[str, Any], *, lint: LintMode, beta: bool) -> Call:
    """``POST /v1/messages`` with ``"stream": true``, from ``messages.stream`` arguments."""
    check_kwargs("stream", kwargs, BetaMessageStreamKwargs if beta else MessageStreamKwargs)
    body = body_from(
        {**kwargs, "stream": True},
        type=MessageCreateParams,
        lint=lint,
        endpoint="messages",
        betas=_betas(kwargs),
    )
    return call_options(
        kwargs, method="POST", path="/v1/messages", body=body, beta=beta, stream=True
    )


def count_tokens(kwargs: Mapping[str, Any], *, lint: LintMode, beta: bool) -> Call:
    """``POST /v1/messages/count_tokens``."""
    check_kwargs(
        "count_tokens",
        kwargs,
        BetaMessageCountTokensKwargs if beta else MessageCountTokensKwargs,
    )
    always = (COUNT_TOKENS_BETA,) if beta else ()
    body = body_from(
        kwargs,
        type=MessageCountTokensParams,
        lint=lint,
        endpoint="count_tokens",
        betas=_betas(kwargs, *always),
    )
    return call_options(
        kwargs,
        method="POST",
        path="/v1/messages/count_tokens",
        body=body,
        beta=beta,
        betas_then=always,
    )


# --------------------------------------------------------------------------- batches


def batch_create(kwargs: Mapping[str, Any], *, lint: LintMode, beta: bool) -> Call:
    """``POST /v1/messages/batches``."""
    check_kwargs("create", kwargs, BetaBatchCreateKwargs if beta else BatchCreateKwargs)
    always = (BATCHES_BETA,) if beta else ()
    body = body_from(
        kwargs, type=BatchCreateParams, lint=lint, endpoint="batch", betas=_betas(kwargs, *always)
    )
    return call_options(
        kwargs,
        method="POST",
        path="/v1/messages/batches",
        body=body,
        beta=beta,
        betas_then=always,
    )


def batch_path(
    method: str, batch_id: str, kwargs: Mapping[str, Any], *, beta: bool, suffix: str = ""
) -> Call:
    """retrieve (GET), delete (DELETE) or cancel (POST ``/cancel``) of one batch."""
    _options(kwargs, {"GET": "retrieve", "DELETE": "delete"}.get(method, "cancel"), beta)
    _require_id("message_batch_id", batch_id)
    return call_options(
        kwargs,
        method=method,
        path=f"/v1/messages/batches/{batch_id}{suffix}",
        beta=beta,
        betas_then=(BATCHES_BETA,) if beta else (),
    )


def _list_query(kwargs: Mapping[str, Any]) -> dict[str, str]:
    return {key: str(kwargs[key]) for key in _LIST_PARAMS if key in kwargs}


def batch_list(kwargs: Mapping[str, Any], *, beta: bool) -> Call:
    """``GET /v1/messages/batches`` (one page)."""
    check_kwargs("list", kwargs, BetaListKwargs if beta else ListKwargs)
    return call_options(
        kwargs,
        method="GET",
        path="/v1/messages/batches",
        query=_list_query(kwargs),
        beta=beta,
        betas_then=(BATCHES_BETA,) if beta else (),
    )


def batch_results(results_url: str, kwargs: Mapping[str, Any], *, beta: bool) -> Call:
    """``GET`` the batch's ``results_url``, streamed as JSON Lines."""
    _options(kwargs, "results", beta)
    return call_options(
        kwargs,
        method="GET",
        path=results_url,
        headers={"Accept": "application/binary"},
        betas_then=(BATCHES_BETA,) if beta else (),
        stream=True,
    )


def page_params(call: Call) -> dict[str, str]:
    """The query parameters a list call's next page builds on (its ``beta=true`` marker is
    left out: a page cursor replaces it, as in the SDK)."""
    return {key: value for key, value in call.query.items() if key != "beta"}


def next_page(call: Call, params: dict[str, str]) -> Call:
    """The same list call for another page."""
    return dataclasses.replace(call, query=params)


# --------------------------------------------------------------------------- models, completions


def model_retrieve(model_id: str, kwargs: Mapping[str, Any], *, beta: bool) -> Call:
    """``GET /v1/models/{model_id}``."""
    _options(kwargs, "retrieve", True)
    _require_id("model_id", model_id)
    return call_options(kwargs, method="GET", path=f"/v1/models/{model_id}", beta=beta)


def model_list(kwargs: Mapping[str, Any], *, beta: bool) -> Call:
    """``GET /v1/models`` (one page)."""
    check_kwargs("list", kwargs, BetaListKwargs)
    return call_options(
        kwargs, method="GET", path="/v1/models", query=_list_query(kwargs), beta=beta
    )


def completion_create(kwargs: Mapping[str, Any], *, lint: LintMode) -> Call:
    """``POST /v1/complete`` (legacy Text Completions)."""
    check_kwargs("create", kwargs, CompletionCreateWithStreamKwargs)
    body = body_from(
        kwargs, type=CompletionCreateParams, lint=lint, endpoint="complete", betas=_betas(kwargs)
    )
    return call_options(
        kwargs,
        method="POST",
        path="/v1/complete",
        body=body,
        stream=body.get("stream") is True,
    )
