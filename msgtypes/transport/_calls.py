"""One function per endpoint: keyword arguments in, :class:`~._request.Call` out.

Paths, query strings and ``anthropic-beta`` values are those of the official SDK that sends the
client's API version (``_versions``: anthropic 0.75.0 for 2023-06-01, 2.14.0 for 2026-10-21):
beta count_tokens always sends ``token-counting-2024-11-01`` after the caller's betas; on
2023-06-01 beta methods add ``?beta=true`` and beta batches send ``message-batches-2024-09-24``;
batch results are read from the batch's ``results_url``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
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
    ModelListKwargs,
    RequestOptions,
)
from ._request import Call, LintMode, Query, body_from, call_options, check_kwargs
from ._versions import WireForm

__all__ = [
    "COUNT_TOKENS_BETA",
    "Settings",
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
    "workspace_of",
]

COUNT_TOKENS_BETA = "token-counting-2024-11-01"

# List parameters in the order the SDK sends them (``lifecycle`` as ``lifecycle[]``, repeated).
_LIST_PARAMS = ("after_id", "before_id", "lifecycle", "limit")


@dataclass(frozen=True)
class Settings:
    """What a client's settings change in the calls it makes."""

    lint: LintMode
    form: WireForm

    def beta_query(self, beta: bool) -> bool:
        """Whether a method of ``client.beta`` adds ``?beta=true``."""
        return beta and self.form.beta_query

    def batches_betas(self, beta: bool) -> tuple[str, ...]:
        """The betas a batch method sends after the caller's."""
        return self.form.batches_beta if beta else ()


def _betas(kwargs: Mapping[str, Any], *always: str) -> list[str]:
    return [*(str(b) for b in kwargs.get("betas") or ()), *always]


def _options(kwargs: Mapping[str, Any], name: str, beta: bool) -> None:
    check_kwargs(name, kwargs, BetaOptions if beta else RequestOptions)


def _require_id(kind: str, value: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"expected a non-empty {kind}, got {value!r}")
    return value


# --------------------------------------------------------------------------- messages


def message_create(kwargs: Mapping[str, Any], settings: Settings, *, beta: bool) -> Call:
    """``POST /v1/messages`` from ``messages.create`` arguments (``stream`` may be set)."""
    accepted = BetaMessageCreateWithStreamKwargs if beta else MessageCreateWithStreamKwargs
    check_kwargs("create", kwargs, accepted)
    body = _body(kwargs, settings, MessageCreateParams, "messages", _betas(kwargs))
    return call_options(
        kwargs,
        method="POST",
        path="/v1/messages",
        body=body,
        beta=settings.beta_query(beta),
        stream=body.get("stream") is True,
    )


def message_stream(kwargs: Mapping[str, Any], settings: Settings, *, beta: bool) -> Call:
    """``POST /v1/messages`` with ``"stream": true``, from ``messages.stream`` arguments."""
    check_kwargs("stream", kwargs, BetaMessageStreamKwargs if beta else MessageStreamKwargs)
    body = _body(
        {**kwargs, "stream": True}, settings, MessageCreateParams, "messages", _betas(kwargs)
    )
    return call_options(
        kwargs,
        method="POST",
        path="/v1/messages",
        body=body,
        beta=settings.beta_query(beta),
        stream=True,
    )


def count_tokens(kwargs: Mapping[str, Any], settings: Settings, *, beta: bool) -> Call:
    """``POST /v1/messages/count_tokens``."""
    check_kwargs(
        "count_tokens",
        kwargs,
        BetaMessageCountTokensKwargs if beta else MessageCountTokensKwargs,
    )
    always = (COUNT_TOKENS_BETA,) if beta else ()
    betas = _betas(kwargs, *always)
    body = _body(kwargs, settings, MessageCountTokensParams, "count_tokens", betas)
    return call_options(
        kwargs,
        method="POST",
        path="/v1/messages/count_tokens",
        body=body,
        beta=settings.beta_query(beta),
        betas_then=always,
    )


def _body(
    kwargs: Mapping[str, Any], settings: Settings, type: Any, endpoint: str, betas: list[str]
) -> dict[str, Any]:
    return body_from(
        kwargs,
        type=type,
        lint=settings.lint,
        endpoint=endpoint,
        betas=betas,
        api_version=settings.form.api_version,
    )


# --------------------------------------------------------------------------- batches


def batch_create(kwargs: Mapping[str, Any], settings: Settings, *, beta: bool) -> Call:
    """``POST /v1/messages/batches``."""
    check_kwargs("create", kwargs, BetaBatchCreateKwargs if beta else BatchCreateKwargs)
    always = settings.batches_betas(beta)
    body = _body(kwargs, settings, BatchCreateParams, "batch", _betas(kwargs, *always))
    return call_options(
        kwargs,
        method="POST",
        path="/v1/messages/batches",
        body=body,
        beta=settings.beta_query(beta),
        betas_then=always,
    )


def batch_path(
    method: str,
    batch_id: str,
    kwargs: Mapping[str, Any],
    settings: Settings,
    *,
    beta: bool,
    suffix: str = "",
) -> Call:
    """retrieve (GET), delete (DELETE) or cancel (POST ``/cancel``) of one batch."""
    _options(kwargs, {"GET": "retrieve", "DELETE": "delete"}.get(method, "cancel"), beta)
    _require_id("message_batch_id", batch_id)
    return call_options(
        kwargs,
        method=method,
        path=f"/v1/messages/batches/{batch_id}{suffix}",
        beta=settings.beta_query(beta),
        betas_then=settings.batches_betas(beta),
    )


def _list_query(kwargs: Mapping[str, Any]) -> Query:
    query: Query = {}
    for key in _LIST_PARAMS:
        if key not in kwargs:
            continue
        value = kwargs[key]
        if key == "lifecycle":
            if isinstance(value, str):
                raise TypeError("lifecycle must be a list of stages, not a string")
            query["lifecycle[]"] = [str(stage) for stage in value]
        else:
            query[key] = str(value)
    return query


def batch_list(kwargs: Mapping[str, Any], settings: Settings, *, beta: bool) -> Call:
    """``GET /v1/messages/batches`` (one page)."""
    check_kwargs("list", kwargs, BetaListKwargs if beta else ListKwargs)
    return call_options(
        kwargs,
        method="GET",
        path="/v1/messages/batches",
        query=_list_query(kwargs),
        beta=settings.beta_query(beta),
        betas_then=settings.batches_betas(beta),
    )


def batch_results(
    results_url: str, kwargs: Mapping[str, Any], settings: Settings, *, beta: bool
) -> Call:
    """``GET`` the batch's ``results_url``, streamed as JSON Lines."""
    _options(kwargs, "results", beta)
    return call_options(
        kwargs,
        method="GET",
        path=results_url,
        headers={"Accept": "application/binary"},
        betas_then=settings.batches_betas(beta),
        stream=True,
    )


def workspace_of(kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """Only the ``workspace_id`` of a call's options (what a batch lookup takes along)."""
    return {key: kwargs[key] for key in ("workspace_id",) if key in kwargs}


def page_params(call: Call) -> Query:
    """The query parameters a list call's next page builds on (its ``beta=true`` marker is
    left out: a page cursor replaces it, as in the SDK)."""
    return {key: value for key, value in call.query.items() if key != "beta"}


def next_page(call: Call, params: Query) -> Call:
    """The same list call for another page."""
    return dataclasses.replace(call, query=params)


# --------------------------------------------------------------------------- models, completions


def model_retrieve(
    model_id: str, kwargs: Mapping[str, Any], settings: Settings, *, beta: bool
) -> Call:
    """``GET /v1/models/{model_id}``."""
    _options(kwargs, "retrieve", True)
    _require_id("model_id", model_id)
    return call_options(
        kwargs, method="GET", path=f"/v1/models/{model_id}", beta=settings.beta_query(beta)
    )


def model_list(kwargs: Mapping[str, Any], settings: Settings, *, beta: bool) -> Call:
    """``GET /v1/models`` (one page)."""
    check_kwargs("list", kwargs, ModelListKwargs)
    return call_options(
        kwargs,
        method="GET",
        path="/v1/models",
        query=_list_query(kwargs),
        beta=settings.beta_query(beta),
    )


def completion_create(kwargs: Mapping[str, Any], settings: Settings) -> Call:
    """``POST /v1/complete`` (legacy Text Completions)."""
    check_kwargs("create", kwargs, CompletionCreateWithStreamKwargs)
    body = _body(kwargs, settings, CompletionCreateParams, "complete", _betas(kwargs))
    return call_options(
        kwargs,
        method="POST",
        path="/v1/complete",
        body=body,
        stream=body.get("stream") is True,
    )
