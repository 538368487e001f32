"""The error body the API returns (``{"type": "error", "error": {...}, "request_id": ...}``).

These are data, not exceptions: the transport raises its own exception classes and attaches
the decoded :class:`ErrorResponse`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Literal, Union

from ._base import ResponseStruct, Unknown


class InvalidRequestErrorObject(ResponseStruct, tag_field="type", tag="invalid_request_error"):
    """400: the request's format or content is wrong."""

    type: ClassVar[Literal["invalid_request_error"]] = "invalid_request_error"
    message: str


class AuthenticationErrorObject(ResponseStruct, tag_field="type", tag="authentication_error"):
    """401: the API key is missing or invalid."""

    type: ClassVar[Literal["authentication_error"]] = "authentication_error"
    message: str


class BillingErrorObject(ResponseStruct, tag_field="type", tag="billing_error"):
    """A billing problem on the account."""

    type: ClassVar[Literal["billing_error"]] = "billing_error"
    message: str


class PermissionErrorObject(ResponseStruct, tag_field="type", tag="permission_error"):
    """403: the API key may not use this resource."""

    type: ClassVar[Literal["permission_error"]] = "permission_error"
    message: str


class NotFoundErrorObject(ResponseStruct, tag_field="type", tag="not_found_error"):
    """404: the resource (or model) does not exist."""

    type: ClassVar[Literal["not_found_error"]] = "not_found_error"
    message: str


class RequestTooLargeErrorObject(ResponseStruct, tag_field="type", tag="request_too_large"):
    """413: the request body exceeds the size limit."""

    type: ClassVar[Literal["request_too_large"]] = "request_too_large"
    message: str


class RateLimitErrorObject(ResponseStruct, tag_field="type", tag="rate_limit_error"):
    """429: a rate or acceleration limit was hit."""

    type: ClassVar[Literal["rate_limit_error"]] = "rate_limit_error"
    message: str


class GatewayTimeoutErrorObject(ResponseStruct, tag_field="type", tag="timeout_error"):
    """The request timed out inside the API."""

    type: ClassVar[Literal["timeout_error"]] = "timeout_error"
    message: str


class APIErrorObject(ResponseStruct, tag_field="type", tag="api_error"):
    """500: an unexpected error inside the API."""

    type: ClassVar[Literal["api_error"]] = "api_error"
    message: str


class OverloadedErrorObject(ResponseStruct, tag_field="type", tag="overloaded_error"):
    """529: the API is temporarily overloaded."""

    type: ClassVar[Literal["overloaded_error"]] = "overloaded_error"
    message: str


_ErrorObjectMembers = Union[
    InvalidRequestErrorObject,
    AuthenticationErrorObject,
    BillingErrorObject,
    PermissionErrorObject,
    NotFoundErrorObject,
    RequestTooLargeErrorObject,
    RateLimitErrorObject,
    GatewayTimeoutErrorObject,
    APIErrorObject,
    OverloadedErrorObject,
]
if TYPE_CHECKING:  # the type checker also sees Unknown: a type newer than this version
    ErrorObject = Union[_ErrorObjectMembers, Unknown]
else:
    ErrorObject = _ErrorObjectMembers


class ErrorResponse(ResponseStruct, tag_field="type", tag="error"):
    """An API error body; also the data of an ``error`` event in a stream."""

    type: ClassVar[Literal["error"]] = "error"
    error: ErrorObject
    request_id: str | None = None

    @property
    def message(self) -> str:
        """The error's human-readable message."""
        error = self.error
        if isinstance(error, Unknown):
            value = error.get("message")
            return value if isinstance(value, str) else ""
        return error.message
