"""A small HTTP client for the Anthropic API that speaks msgtypes Structs.

``Client`` / ``AsyncClient`` send what the official SDK sends for the same call and return
Structs; ``MessageStream`` and ``Stream`` are what streaming calls give; ``APIResponse`` is what
``with_raw_response`` methods give; ``SyncPage`` / ``AsyncPage`` are list results. This package
imports httpx2 (or httpx, when httpx2 is not installed), so ``import msgtypes`` loads it only
when ``msgtypes.Client`` is first used.
"""

from __future__ import annotations

from ._client import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncClient, Client
from ._limits import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_STREAM_IDLE_TIMEOUT,
    DEFAULT_STREAM_TIMEOUT,
    DEFAULT_TOTAL_TIMEOUT,
    Limits,
)
from ._origin import MAX_REDIRECTS
from ._request import LintWarning
from ._response import APIResponse, AsyncPage, AsyncPaginator, SyncPage
from ._stream import (
    AsyncMessageStream,
    AsyncMessageStreamManager,
    AsyncStream,
    MessageStream,
    MessageStreamManager,
    Stream,
)

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_STREAM_IDLE_TIMEOUT",
    "DEFAULT_STREAM_TIMEOUT",
    "DEFAULT_TIMEOUT",
    "DEFAULT_TOTAL_TIMEOUT",
    "MAX_REDIRECTS",
    "APIResponse",
    "AsyncClient",
    "AsyncMessageStream",
    "AsyncMessageStreamManager",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncStream",
    "Client",
    "Limits",
    "LintWarning",
    "MessageStream",
    "MessageStreamManager",
    "Stream",
    "SyncPage",
]
