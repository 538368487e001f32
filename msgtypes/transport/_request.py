"""What one API call sends: method, path, query, headers and body, built from keyword arguments.

This part is the same for the sync and the async client, and free of I/O. The body is the
caller's own values turned into JSON builtins (Structs encoded, dicts kept as written), after
checking them against the request Struct: the wire then carries exactly what the caller wrote,
as the official SDK does, while a mistake still fails here instead of at the API.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import msgspec

from .._exceptions import PreflightLintError
from ..codec import convert, to_builtins
from ._params import option_names
from ._versions import DEFAULT_API_VERSION

if TYPE_CHECKING:
    from ._http import TimeoutType

__all__ = [
    "HEADER_OPTIONS",
    "NOT_GIVEN",
    "Call",
    "LintMode",
    "LintWarning",
    "NotGiven",
    "Query",
    "body_from",
    "call_options",
    "check_kwargs",
    "preflight",
]

LintMode = Literal["off", "warn", "error"]


class NotGiven:
    """Marks an option the caller did not pass (``None`` is a meaningful timeout)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN = NotGiven()
_OPTIONS = option_names()

#: Method options sent as headers (as the official SDK 2.x sends them; ``extra_headers`` win).
HEADER_OPTIONS = {
    "workspace_id": "anthropic-workspace-id",
    "user_profile_id": "anthropic-user-profile-id",
}

Query = dict[str, "str | list[str]"]
"""Query parameters in the order they are sent; a list value is sent as one parameter each."""


@dataclass
class Call:
    """One request to make: everything but the client-wide settings."""

    method: str
    path: str  # relative to base_url, or an absolute URL (batch results)
    query: Query = field(default_factory=dict)
    headers: dict[str, str | None] = field(default_factory=dict)
    body: bytes | None = None
    timeout: TimeoutType | NotGiven = NOT_GIVEN
    stream: bool = False


def check_kwargs(name: str, kwargs: Mapping[str, Any], accepted: type) -> None:
    """Raise TypeError, as Python would, for a keyword the method does not take."""
    allowed = accepted.__annotations__
    for key in kwargs:
        if key not in allowed:
            raise TypeError(f"{name}() got an unexpected keyword argument {key!r}")
    missing = [key for key in getattr(accepted, "__required_keys__", ()) if key not in kwargs]
    if missing:
        names = ", ".join(repr(key) for key in sorted(missing))
        raise TypeError(f"{name}() missing required keyword argument(s): {names}")


def body_from(
    kwargs: Mapping[str, Any],
    *,
    type: Any,
    lint: LintMode = "off",
    endpoint: str = "messages",
    betas: Sequence[str] = (),
    api_version: str = DEFAULT_API_VERSION,
) -> dict[str, Any]:
    """The JSON body for the body fields among ``kwargs``, linted and checked against ``type``.

    Returns builtins (dicts, lists, scalars). With ``lint`` on, the linter sees the body
    first, with the rules of ``api_version`` ("warn" warns, "error" raises
    :class:`~msgtypes.PreflightLintError`). Raises
    ``msgspec.ValidationError`` when the values do not fit the request Struct.
    """
    fields = {
        key: list(value) if isinstance(value, Iterator) else value
        for key, value in kwargs.items()
        if key not in _OPTIONS
    }
    body: dict[str, Any] = to_builtins(fields)
    if lint != "off":
        preflight(body, lint=lint, endpoint=endpoint, betas=betas, api_version=api_version)
    # convert() may repair the object it is given (a tool without "type" becomes a custom
    # tool), so it gets its own copy and the body keeps what the caller wrote.
    convert(msgspec.json.decode(msgspec.json.encode(body)), type=type)
    return body


def preflight(
    body: Mapping[str, Any],
    *,
    lint: LintMode,
    endpoint: str,
    betas: Sequence[str],
    api_version: str = DEFAULT_API_VERSION,
) -> None:
    """Run the offline linter on a body about to be sent with ``anthropic-version:
    api_version``."""
    import msglint as linter  # the linter is loaded only when a client asks for it

    diagnostics = linter.check(body, endpoint=endpoint, betas=list(betas), api_version=api_version)
    errors = [d for d in diagnostics if d.severity == "error"]
    if lint == "error" and errors:
        raise PreflightLintError(errors)
    shown = [d for d in diagnostics if d.severity != "info" and (lint == "warn" or d not in errors)]
    if shown:
        text = "; ".join(f"{d.code} {d.path or '/'}: {d.message}" for d in shown)
        warnings.warn(f"msgtypes lint ({endpoint}): {text}", LintWarning, stacklevel=4)


class LintWarning(UserWarning):
    """The pre-flight linter found problems in a request (``lint="warn"``)."""


def call_options(
    kwargs: Mapping[str, Any],
    *,
    method: str,
    path: str,
    body: dict[str, Any] | None = None,
    query: Query | None = None,
    headers: Mapping[str, str | None] | None = None,
    betas_then: tuple[str, ...] = (),
    beta: bool = False,
    stream: bool = False,
) -> Call:
    """Assemble a :class:`Call` from a method's kwargs and the endpoint's fixed parts.

    ``beta`` adds ``?beta=true`` (unless other query parameters replace it). The
    ``anthropic-beta`` header is the caller's ``betas`` joined by commas, followed by
    ``betas_then`` (the beta an endpoint always needs); ``workspace_id`` and ``user_profile_id``
    become their headers (:data:`HEADER_OPTIONS`); ``extra_headers`` still override them all.
    """
    all_query: Query = dict(query or {})
    extra_query = kwargs.get("extra_query")
    if extra_query:
        all_query.update({key: _query_value(value) for key, value in extra_query.items()})
    if beta and not all_query:
        # The SDK writes ``?beta=true`` into the path and hands any other query parameters to
        # httpx, which then replaces the path's query: so ``beta=true`` goes out only when there
        # are no other parameters (list cursors, extra_query). We send the same.
        all_query["beta"] = "true"
    all_headers: dict[str, str | None] = dict(headers or {})
    betas = kwargs.get("betas")
    if isinstance(betas, str):
        raise TypeError("betas must be a list of strings, not a string")
    if betas is not None or betas_then:
        values = [*(str(b) for b in (betas or ())), *betas_then]
        all_headers["anthropic-beta"] = ",".join(values)
    for option, header in HEADER_OPTIONS.items():
        value = kwargs.get(option)
        if value is not None:
            all_headers[header] = str(value)
    extra_headers = kwargs.get("extra_headers")
    if extra_headers:
        all_headers.update(extra_headers)
    content = None
    if body is not None:
        extra_body = kwargs.get("extra_body")
        if extra_body:
            body = {**body, **extra_body}
        content = msgspec.json.encode(body)
    return Call(
        method=method,
        path=path,
        query=all_query,
        headers=all_headers,
        body=content,
        timeout=kwargs.get("timeout", NOT_GIVEN),
        stream=stream,
    )


def _query_value(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)
