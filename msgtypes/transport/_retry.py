"""When to retry a failed request, and how long to wait first.

The policy is the official SDK's: connection errors, timeouts, 408, 409, 429 and every 5xx
(529 overloaded included) are retried, unless the API says otherwise with ``x-should-retry``.
The wait honours ``retry-after-ms`` / ``retry-after`` when the API asks for 0-60 seconds, and
is otherwise an exponential backoff from 0.5 s, doubling up to 8 s, shortened by up to 25 %
of random jitter so that many clients do not retry in lock step.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable, Mapping

__all__ = [
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "parse_retry_after",
    "retry_delay",
    "should_retry",
]

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
_RETRY_STATUSES = frozenset({408, 409, 429})


def should_retry(status_code: int, headers: Mapping[str, str]) -> bool:
    """Whether a response with this status and these headers is worth another try.

    ``headers`` must look keys up case-insensitively (``httpx.Headers`` does) or use
    lower-case keys.
    """
    verdict = headers.get("x-should-retry")
    if verdict == "true":
        return True
    if verdict == "false":
        return False
    return status_code in _RETRY_STATUSES or status_code >= 500


def parse_retry_after(
    headers: Mapping[str, str] | None, *, now: Callable[[], float] = time.time
) -> float | None:
    """Seconds the server asked us to wait, or None when it did not say (or said nonsense).

    ``retry-after-ms`` (milliseconds) wins over ``retry-after``, which may be seconds
    (fractions allowed) or an HTTP date.
    """
    if not headers:
        return None
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return float(millis) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    return float(email.utils.mktime_tz(parsed) - now())


def retry_delay(
    retries_taken: int,
    headers: Mapping[str, str] | None = None,
    *,
    rand: Callable[[], float] = random.random,
    now: Callable[[], float] = time.time,
) -> float:
    """Seconds to sleep before retry number ``retries_taken + 1``."""
    asked = parse_retry_after(headers, now=now)
    if asked is not None and 0 < asked <= MAX_RETRY_AFTER:
        return asked
    backoff = min(INITIAL_RETRY_DELAY * 2.0 ** min(retries_taken, 1000), MAX_RETRY_DELAY)
    return max(backoff * (1 - 0.25 * rand()), 0.0)
