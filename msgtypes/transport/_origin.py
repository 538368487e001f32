"""Where the API key may go: only to the origin of ``base_url``.

An origin is a scheme, a host and a port. The client sends every request with
``follow_redirects=False`` (also through an ``http_client`` of yours made with
``follow_redirects=True``: the per-request setting wins) and follows a redirect itself only when
its target has the same origin, for at most :data:`MAX_REDIRECTS` hops per request. A redirect to
another origin is refused with :class:`~msgtypes.CrossOriginError` before anything is sent
there, and so is a batch ``results_url`` on another origin.

Why refuse instead of following without the key: httpx (and httpx2) strip only
``Authorization`` on a cross-origin redirect, so ``x-api-key`` (sent on 2023-06-01) and, on
307/308, the prompt in the body would go along; stripping both would still send the request
somewhere the caller never named, and a caller who means another host can say so with
``base_url``. Refusing leaks nothing and says where the redirect pointed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._exceptions import CrossOriginError, TooManyRedirectsError

if TYPE_CHECKING:
    import httpx

__all__ = ["MAX_REDIRECTS", "Origin", "check_origin", "next_hop", "origin_of", "show_origin"]

#: Same-origin redirects followed per request before :class:`~msgtypes.TooManyRedirectsError`.
MAX_REDIRECTS = 5

Origin = tuple[str, str, int]
_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin_of(url: httpx.URL) -> Origin:
    """The scheme, host and port of ``url`` (the default port filled in)."""
    scheme = url.scheme.lower()
    return scheme, url.host.lower(), url.port or _DEFAULT_PORTS.get(scheme, 0)


def show_origin(origin: Origin) -> str:
    """``scheme://host:port`` (an IPv6 host in brackets)."""
    scheme, host, port = origin
    return f"{scheme}://[{host}]:{port}" if ":" in host else f"{scheme}://{host}:{port}"


def check_origin(url: httpx.URL, allowed: Origin, *, what: str) -> None:
    """Raise :class:`~msgtypes.CrossOriginError` unless ``url`` is on the ``allowed`` origin."""
    target = origin_of(url)
    if target != allowed:
        raise CrossOriginError(
            f"{what} points to {show_origin(target)}, another origin than the base URL's "
            f"({show_origin(allowed)}); nothing was sent there (the API key and the request "
            "body go only to the base URL's origin)",
            origin=show_origin(target),
        )


def next_hop(response: httpx.Response, allowed: Origin, hops: int) -> httpx.Request | None:
    """The request that follows the redirect ``response``, or None when it is no redirect.

    Raises :class:`~msgtypes.CrossOriginError` for a target on another origin and
    :class:`~msgtypes.TooManyRedirectsError` when ``hops`` redirects were already followed.
    """
    target = response.next_request
    if target is None:
        return None
    response.next_request = None  # it holds the key; only the request actually sent stays
    request_id = response.headers.get("request-id")
    try:
        check_origin(target.url, allowed, what=f"an HTTP {response.status_code} redirect")
    except CrossOriginError as error:
        error.request_id = request_id
        raise
    if hops >= MAX_REDIRECTS:
        raise TooManyRedirectsError(
            f"more than {MAX_REDIRECTS} redirects in a row (MAX_REDIRECTS); the last one, to "
            f"{target.url.path}, was not followed",
            request_id=request_id,
        )
    return target
