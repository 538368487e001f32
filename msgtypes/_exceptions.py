"""Exceptions raised by msgtypes' streaming decoder and HTTP client.

The hierarchy::

    MsgtypesError
    ├── APIError                    anything the API (or the way to it) did wrong
    │   ├── APIStatusError          an error status, or an ``error`` event inside a stream
    │   │   ├── BadRequestError             400 invalid_request_error
    │   │   ├── AuthenticationError         401 authentication_error
    │   │   ├── PermissionDeniedError       403 permission_error
    │   │   ├── NotFoundError               404 not_found_error
    │   │   ├── ConflictError               409
    │   │   ├── RequestTooLargeError        413 request_too_large
    │   │   ├── UnprocessableEntityError    422
    │   │   ├── RateLimitError              429 rate_limit_error
    │   │   ├── InternalServerError         500 and other 5xx (api_error)
    │   │   └── OverloadedError             529 overloaded_error
    │   ├── APIConnectionError      the connection failed or dropped
    │   │   ├── APITimeoutError             the request timed out (or passed a deadline)
    │   │   └── IncompleteStreamError       a stream ended before ``message_stop``
    │   ├── CrossOriginError        refused: the request would have gone to another origin
    │   ├── TooManyRedirectsError   refused: more same-origin redirects than allowed
    │   └── ResponseTooLargeError   the answer passed ``max_response_bytes``; reading stopped
    ├── PreflightLintError          ``lint="error"`` found problems; nothing was sent
    ├── NestingDepthError           JSON nested deeper than the decoder can follow
    │                               (also a ``msgspec.DecodeError``)
    ├── EventTooLargeError          one server-sent event is over ``max_event_bytes``
    └── LineTooLongError            one JSON Lines line is over ``max_line_bytes``

Every API error carries the decoded :class:`~msgtypes.ErrorResponse` body when there was one,
the ``request-id``, and (for status errors) the status code and response headers. The API key is
never part of a message or repr.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import msgspec

if TYPE_CHECKING:
    from .errors import ErrorResponse

__all__ = [
    "MsgtypesError",
    "APIError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "RequestTooLargeError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "OverloadedError",
    "APIConnectionError",
    "APITimeoutError",
    "IncompleteStreamError",
    "CrossOriginError",
    "TooManyRedirectsError",
    "ResponseTooLargeError",
    "PreflightLintError",
    "NestingDepthError",
    "EventTooLargeError",
    "LineTooLongError",
    "status_error",
]


class MsgtypesError(Exception):
    """Base of every exception msgtypes raises on purpose."""


class APIError(MsgtypesError):
    """The API, or the connection to it, failed."""

    def __init__(
        self,
        message: str,
        *,
        body: ErrorResponse | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.body = body
        self.request_id = request_id

    @property
    def error_type(self) -> str | None:
        """The API's ``error.type`` (e.g. ``"overloaded_error"``), when a body was decoded."""
        if self.body is None:
            return None
        error = self.body.error
        return error.type if isinstance(error.type, str) else None


# --------------------------------------------------------------------------- status errors


class APIStatusError(APIError):
    """The API answered with an error status, or sent an ``error`` event in a stream."""

    status_code: int = 0

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        body: ErrorResponse | None = None,
        request_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        in_stream: bool = False,
    ) -> None:
        super().__init__(message, body=body, request_id=request_id)
        if status_code is not None:
            self.status_code = status_code
        self.headers: Mapping[str, str] = dict(headers or {})
        self.in_stream = in_stream

    def __str__(self) -> str:
        where = " (in stream)" if self.in_stream else ""
        rid = f" [request-id {self.request_id}]" if self.request_id else ""
        return f"{self.status_code}{where}: {self.message}{rid}"


class BadRequestError(APIStatusError):
    """400: the request is malformed or invalid."""

    status_code = 400


class AuthenticationError(APIStatusError):
    """401: the API key is missing or invalid."""

    status_code = 401


class PermissionDeniedError(APIStatusError):
    """403: the API key may not use this resource."""

    status_code = 403


class NotFoundError(APIStatusError):
    """404: the resource or model does not exist."""

    status_code = 404


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state."""

    status_code = 409


class RequestTooLargeError(APIStatusError):
    """413: the body exceeds the endpoint's size limit."""

    status_code = 413


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but could not be processed."""

    status_code = 422


class RateLimitError(APIStatusError):
    """429: a rate limit was hit; see the ``retry-after`` header."""

    status_code = 429


class InternalServerError(APIStatusError):
    """500 or another 5xx: an error inside the API."""

    status_code = 500


class OverloadedError(APIStatusError):
    """529: the API is temporarily overloaded."""

    status_code = 529


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: RequestTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    529: OverloadedError,
}

_BY_ERROR_TYPE: dict[str, type[APIStatusError]] = {
    "invalid_request_error": BadRequestError,
    "authentication_error": AuthenticationError,
    "permission_error": PermissionDeniedError,
    "not_found_error": NotFoundError,
    "request_too_large": RequestTooLargeError,
    "rate_limit_error": RateLimitError,
    "api_error": InternalServerError,
    "overloaded_error": OverloadedError,
}


def status_error(
    status_code: int | None,
    body: ErrorResponse | None,
    *,
    request_id: str | None = None,
    headers: Mapping[str, str] | None = None,
    in_stream: bool = False,
) -> APIStatusError:
    """The exception for an error status (or, inside a stream, for an error event's type)."""
    error_type = None
    message = ""
    if body is not None:
        message = body.message
        error = body.error
        error_type = error.type if isinstance(error.type, str) else None
    cls: type[APIStatusError] = APIStatusError
    if in_stream and error_type in _BY_ERROR_TYPE:
        cls = _BY_ERROR_TYPE[error_type]
    elif status_code is not None:
        cls = _BY_STATUS.get(status_code) or (
            InternalServerError if status_code >= 500 else APIStatusError
        )
    code = status_code if status_code is not None and not in_stream else cls.status_code
    if request_id is None and body is not None:
        request_id = body.request_id
    return cls(
        message or f"HTTP {code}",
        status_code=code,
        body=body,
        request_id=request_id,
        headers=headers,
        in_stream=in_stream,
    )


# --------------------------------------------------------------------------- connection errors


class APIConnectionError(APIError):
    """The request could not be sent, or the connection dropped before the answer was complete."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class IncompleteStreamError(APIConnectionError):
    """A stream ended before its ``message_stop`` event: the message is not complete."""


# --------------------------------------------------------------------------- refused by the client


class CrossOriginError(APIError):
    """A request would have gone to another origin than ``base_url``'s, so it was not sent.

    A redirect, or a batch's ``results_url``, pointed there. The API key and the body go only to
    the origin (scheme, host, port) they were given for: nothing was sent to ``origin``.
    """

    def __init__(self, message: str, *, origin: str, request_id: str | None = None) -> None:
        super().__init__(message, request_id=request_id)
        self.origin = origin


class TooManyRedirectsError(APIError):
    """Same-origin redirects went on for more hops than the client follows; the last one was
    not followed."""


class ResponseTooLargeError(APIError):
    """A response body passed the client's ``max_response_bytes`` (for a stream: the bytes read
    between two delivered items); the client stopped reading and closed the connection."""

    def __init__(self, message: str, *, limit: int, request_id: str | None = None) -> None:
        super().__init__(message, request_id=request_id)
        self.limit = limit


# --------------------------------------------------------------------------- preflight


class PreflightLintError(MsgtypesError):
    """``lint="error"``: the linter found errors in the request, so it was not sent."""

    def __init__(self, diagnostics: Sequence[Any]) -> None:
        self.diagnostics = list(diagnostics)
        lines = [
            f"{getattr(d, 'code', '?')} {getattr(d, 'path', '') or '/'}: {getattr(d, 'message', d)}"
            for d in self.diagnostics
        ]
        super().__init__(
            f"request has {len(self.diagnostics)} lint problem(s):\n  " + "\n  ".join(lines)
        )


# --------------------------------------------------------------------------- input limits


class NestingDepthError(MsgtypesError, msgspec.DecodeError):
    """JSON arrays/objects nest deeper than the decoder can follow; nothing of it was decoded.

    msgspec, like the standard library's ``json``, follows nesting by recursion and stops at the
    interpreter's recursion limit (``sys.getrecursionlimit()``, 1000 by default, less the depth
    of the calling code). It is a ``msgspec.DecodeError``, so code that handles malformed JSON
    handles this too.
    """

    def __init__(self, what: str = "JSON") -> None:
        super().__init__(
            f"{what} is nested too deeply to decode (the limit is Python's recursion limit, "
            f"{sys.getrecursionlimit()} levels less the caller's depth); nothing was decoded"
        )


class EventTooLargeError(MsgtypesError, ValueError):
    """One server-sent event (its lines up to the closing blank line) is over ``limit`` bytes.

    Raised after every event before it; the rest of the stream is not read.
    """

    def __init__(self, limit: int) -> None:
        super().__init__(
            f"a server-sent event is longer than max_event_bytes={limit}; "
            "it and the rest of the stream were not read"
        )
        self.limit = limit


class LineTooLongError(MsgtypesError, ValueError):
    """Line ``lineno`` of a JSON Lines input is longer than ``limit`` bytes.

    Raised after every line before it, without buffering the rest of the long line.
    """

    def __init__(self, lineno: int, limit: int) -> None:
        super().__init__(
            f"line {lineno} is longer than max_line_bytes={limit}; "
            "it and the rest of the input were not read"
        )
        self.lineno = lineno
        self.limit = limit
