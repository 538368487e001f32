"""Which HTTP library the client runs on: ``httpx2`` when it is installed, else ``httpx``.

httpx has had no release since 2024-12; ``httpx2`` is its API-compatible continuation, which the
official SDK moved to in 2.0. The client builds its own connection pool with the preferred one
(:data:`http`, with :data:`core`, its httpcore), and accepts a client or transport of either as
``http_client``: requests are built by that client, so they are of its library, and errors of
both libraries are caught (:func:`transport_errors` and friends look at the libraries loaded,
so the other one is never imported for nothing). Values that cross from one library to the other
(a ``Timeout``) are rebuilt with :func:`timeout_for`.

For the type checker :data:`http` is ``httpx``: the two share their API, so code checked against
one runs on the other. Nothing here is imported by ``import msgtypes``.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any, Union

__all__ = [
    "LIBRARIES",
    "core",
    "http",
    "http_errors",
    "is_timeout",
    "is_timeout_config",
    "library_of",
    "loaded",
    "timeout_for",
    "transport_errors",
]

#: The HTTP libraries the client works with, preferred first.
LIBRARIES = ("httpx2", "httpx")


def _load() -> tuple[ModuleType, ModuleType]:
    try:
        import httpcore2
        import httpx2
    except ImportError:
        import httpcore
        import httpx

        return httpx, httpcore
    return httpx2, httpcore2


if TYPE_CHECKING:
    import httpcore as core
    import httpx as http
    import httpx2

    #: What ``http_client`` takes: a client, or a transport to wrap in one, of either library.
    SyncHTTP = Union[http.Client, httpx2.Client, http.BaseTransport, httpx2.BaseTransport]
    AsyncHTTP = Union[
        http.AsyncClient, httpx2.AsyncClient, http.AsyncBaseTransport, httpx2.AsyncBaseTransport
    ]
    URLType = Union[str, http.URL, httpx2.URL]
    #: A timeout: seconds, None (no limit) or either library's ``Timeout``.
    TimeoutType = Union[float, http.Timeout, httpx2.Timeout, None]
else:
    http, core = _load()


def loaded() -> tuple[ModuleType, ...]:
    """The supported HTTP libraries imported in this process (the preferred one always is)."""
    return tuple(sys.modules[name] for name in LIBRARIES if sys.modules.get(name) is not None)


def library_of(value: object) -> ModuleType:
    """The library (httpx or httpx2) an object or class of theirs comes from; the preferred
    library for anything else."""
    kind = value if isinstance(value, type) else type(value)
    for cls in kind.__mro__:
        root = cls.__module__.partition(".")[0]
        if root in LIBRARIES and sys.modules.get(root) is not None:
            return sys.modules[root]
    return http


def transport_errors() -> tuple[type[Exception], ...]:
    """``TransportError`` of every loaded library (what a failed send raises)."""
    return tuple(lib.TransportError for lib in loaded())


def http_errors() -> tuple[type[Exception], ...]:
    """``HTTPError`` of every loaded library (what a failed body read raises)."""
    return tuple(lib.HTTPError for lib in loaded())


def is_timeout(error: BaseException) -> bool:
    """Whether ``error`` is a timeout of either library."""
    return isinstance(error, tuple(lib.TimeoutException for lib in loaded()))


def is_timeout_config(value: object) -> bool:
    """Whether ``value`` is a ``Timeout`` of either library."""
    return isinstance(value, tuple(lib.Timeout for lib in loaded()))


def timeout_for(library: ModuleType, value: Any) -> Any:
    """``value`` (a number, None or a ``Timeout`` of either library) as ``library`` takes it."""
    if not is_timeout_config(value) or isinstance(value, library.Timeout):
        return value
    return library.Timeout(
        connect=value.connect, read=value.read, write=value.write, pool=value.pool
    )
