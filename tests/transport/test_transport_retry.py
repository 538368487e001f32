"""The retry policy on its own: which responses are retried and how long to wait."""

from __future__ import annotations

from email.utils import formatdate

import httpx
from hypothesis import given
from hypothesis import strategies as st

from msgtypes.transport._retry import (
    INITIAL_RETRY_DELAY,
    MAX_RETRY_DELAY,
    parse_retry_after,
    retry_delay,
    should_retry,
)

NOW = 1_750_000_000.0


def now() -> float:
    return NOW


@given(st.integers(min_value=100, max_value=599))
def test_which_statuses_are_retried(status: int) -> None:
    expected = status in (408, 409, 429) or status >= 500
    assert should_retry(status, {}) is expected


@given(st.integers(min_value=100, max_value=599))
def test_x_should_retry_decides(status: int) -> None:
    assert should_retry(status, httpx.Headers({"X-Should-Retry": "true"})) is True
    assert should_retry(status, httpx.Headers({"x-should-retry": "false"})) is False


@given(st.integers(min_value=0, max_value=10_000), st.floats(min_value=0.0, max_value=1.0))
def test_backoff_doubles_up_to_the_cap_with_jitter(retries: int, r: float) -> None:
    delay = retry_delay(retries, None, rand=lambda: r)
    full = min(INITIAL_RETRY_DELAY * 2 ** min(retries, 60), MAX_RETRY_DELAY)
    assert 0.75 * full - 1e-9 <= delay <= full
    assert delay == full * (1 - 0.25 * r)


def test_backoff_sequence() -> None:
    assert [retry_delay(n, rand=lambda: 0.0) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


@given(st.floats(min_value=0.001, max_value=60.0, allow_nan=False))
def test_reasonable_retry_after_is_obeyed(seconds: float) -> None:
    assert retry_delay(0, {"retry-after": repr(seconds)}, rand=lambda: 0.0) == seconds
    millis = {"retry-after-ms": repr(seconds * 1000)}
    assert abs(retry_delay(3, millis, rand=lambda: 0.0) - seconds) < 1e-9


@given(
    st.one_of(st.floats(max_value=0.0, allow_nan=False), st.floats(min_value=60.001, max_value=1e9))
)
def test_unreasonable_retry_after_is_ignored(seconds: float) -> None:
    assert retry_delay(1, {"retry-after": repr(seconds)}, rand=lambda: 0.0) == 1.0


def test_retry_after_forms() -> None:
    assert parse_retry_after({"retry-after": "7"}) == 7.0
    assert parse_retry_after({"retry-after": "1.5"}) == 1.5
    assert parse_retry_after({"retry-after-ms": "1500", "retry-after": "9"}) == 1.5
    assert parse_retry_after({"retry-after-ms": "soon", "retry-after": "9"}) == 9.0
    date = formatdate(NOW + 30, usegmt=True)
    assert parse_retry_after({"retry-after": date}, now=now) == 30.0
    assert retry_delay(0, {"retry-after": date}, now=now) == 30.0
    assert parse_retry_after({"retry-after": "whenever"}) is None
    assert parse_retry_after({}) is None
    assert parse_retry_after(None) is None
