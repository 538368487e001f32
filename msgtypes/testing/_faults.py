"""Faults a test can inject: error statuses, slowness, cut connections, error events.

Arm them on an app with ``app.faults.add(fault, times=..., route=...)``, or put one in the
Messages reply queue (``app.replies.push(fault)``) to hit exactly that request.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Literal, Union, get_args

__all__ = [
    "DropConnection",
    "Fault",
    "Faults",
    "HTTPError",
    "Overloaded",
    "RateLimited",
    "Route",
    "ServerError",
    "Slow",
    "StreamError",
]

Route = Literal["messages", "count_tokens", "batches", "models", "complete"]
ROUTES: tuple[str, ...] = get_args(Route)

# --------------------------------------------------------------------------- error responses


@dataclass(frozen=True)
class HTTPError:
    """Answer with this status and the API's error body (``error.type`` / ``error.message``)."""

    status: int
    error_type: str
    message: str
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class RateLimited:
    """429 ``rate_limit_error`` with a ``retry-after`` header (seconds; fractions are allowed
    so tests stay fast, though the API itself sends whole seconds)."""

    retry_after: float = 1.0
    message: str = "Number of request tokens has exceeded your per-minute rate limit"

    def as_http_error(self) -> HTTPError:
        """The equivalent :class:`HTTPError`."""
        value = self.retry_after
        text = str(int(value)) if value == int(value) else repr(value)
        return HTTPError(429, "rate_limit_error", self.message, (("retry-after", text),))


@dataclass(frozen=True)
class Overloaded:
    """529 ``overloaded_error``: the API is temporarily overloaded."""

    message: str = "Overloaded"

    def as_http_error(self) -> HTTPError:
        """The equivalent :class:`HTTPError`."""
        return HTTPError(529, "overloaded_error", self.message)


@dataclass(frozen=True)
class ServerError:
    """500 ``api_error`` (or another 5xx status)."""

    status: int = 500
    message: str = "Internal server error"

    def as_http_error(self) -> HTTPError:
        """The equivalent :class:`HTTPError`."""
        return HTTPError(self.status, "api_error", self.message)


# --------------------------------------------------------------------------- transport faults


@dataclass(frozen=True)
class Slow:
    """Wait ``seconds`` before answering, and ``per_event`` seconds before each stream event."""

    seconds: float = 0.0
    per_event: float = 0.0


@dataclass(frozen=True)
class DropConnection:
    """Cut the connection mid-response: after ``after_events`` stream events, or halfway
    through a non-streaming body. Over a socket the TCP connection really closes."""

    after_events: int = 1


@dataclass(frozen=True)
class StreamError:
    """Send an ``event: error`` after ``after_events`` stream events, then end the stream
    (what the API does when it fails mid-stream). Matches streaming requests only."""

    after_events: int = 1
    error_type: str = "overloaded_error"
    message: str = "Overloaded"


Fault = Union[HTTPError, RateLimited, Overloaded, ServerError, Slow, DropConnection, StreamError]
FAULT_TYPES = (HTTPError, RateLimited, Overloaded, ServerError, Slow, DropConnection, StreamError)


def http_error_of(fault: Fault) -> HTTPError | None:
    """The error response a fault answers with, if it is an error-status fault."""
    if isinstance(fault, HTTPError):
        return fault
    if isinstance(fault, (RateLimited, Overloaded, ServerError)):
        return fault.as_http_error()
    return None


@dataclass
class _Armed:
    fault: Fault
    remaining: int | None
    route: str | None


@dataclass(frozen=True)
class Fired:
    """A fault that was injected: which one, on which route, for which request id."""

    fault: Fault
    route: str
    request_id: str


@dataclass
class Faults:
    """The faults armed on one app, matched first-armed first; at most one per request."""

    fired: list[Fired] = field(default_factory=list)
    _armed: list[_Armed] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, fault: Fault, *, times: int | None = 1, route: Route | None = None) -> None:
        """Inject ``fault`` into the next ``times`` matching requests (``None``: every one).

        ``route`` limits it to one endpoint family: ``messages``, ``count_tokens``, ``batches``,
        ``models`` or ``complete``. A :class:`StreamError` only matches streaming requests.
        """
        if not isinstance(fault, FAULT_TYPES):
            raise TypeError(f"not a fault: {fault!r}")
        if route is not None and route not in ROUTES:
            raise ValueError(f"unknown route {route!r}; expected one of {', '.join(ROUTES)}")
        if times is not None and times < 1:
            raise ValueError("times must be at least 1 (or None for always)")
        with self._lock:
            self._armed.append(_Armed(fault, times, route))

    def clear(self) -> None:
        """Disarm every fault and forget the ones fired."""
        with self._lock:
            self._armed.clear()
            self.fired.clear()

    def count(self, kind: type | None = None) -> int:
        """How many faults (of type ``kind``, or any) have been injected so far."""
        with self._lock:
            return sum(1 for f in self.fired if kind is None or isinstance(f.fault, kind))

    def __len__(self) -> int:
        with self._lock:
            return len(self._armed)

    def take(self, route: str, *, streaming: bool, request_id: str) -> Fault | None:
        """The fault for this request, if one is armed for it (used by the app)."""
        with self._lock:
            for armed in self._armed:
                if armed.route is not None and armed.route != route:
                    continue
                if isinstance(armed.fault, StreamError) and not streaming:
                    continue
                if armed.remaining is not None:
                    armed.remaining -= 1
                    if armed.remaining == 0:
                        self._armed.remove(armed)
                self.fired.append(Fired(armed.fault, route, request_id))
                return armed.fault
        return None

    def record(self, fault: Fault, route: str, request_id: str) -> None:
        """Note a fault injected through the reply queue."""
        with self._lock:
            self.fired.append(Fired(fault, route, request_id))
