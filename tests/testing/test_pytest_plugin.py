"""The ``fake_anthropic`` fixture, reached the way a user reaches it: installed msgtypes, the
``pytest11`` entry point, a test suite of their own run by pytest in a separate process."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

#: The inner runs judge model dates on the same day as ours (see tests/conftest.py).
PIN_TODAY = """
import pytest

@pytest.fixture(autouse=True)
def _linter_today(monkeypatch):
    import datetime, msglint.engine
    monkeypatch.setattr(msglint.engine, "_today", lambda: datetime.date(2026, 11, 29))
"""

USER_TESTS = '''
import anthropic
import httpx
import pytest

import msgtypes
from msgtypes.testing import DropConnection, FakeAPI, RateLimited, Reply

MODEL = "claude-sonnet-5-5"
HELLO = [{"role": "user", "content": "Hello there"}]


def test_ready_clients_share_one_fake(fake_anthropic):
    assert isinstance(fake_anthropic.api, FakeAPI)
    assert isinstance(fake_anthropic.client, msgtypes.Client)
    assert isinstance(fake_anthropic.sdk, anthropic.Anthropic)
    fake_anthropic.replies.push("from the script", Reply.tool_use("lookup", {"q": "x"}))
    ours = fake_anthropic.client.messages.create(model=MODEL, max_tokens=64, messages=HELLO)
    theirs = fake_anthropic.sdk.messages.create(model=MODEL, max_tokens=64, messages=HELLO)
    assert ours.content[0].text == "from the script"
    assert theirs.stop_reason == "tool_use" and theirs.content[0].name == "lookup"
    assert [r.path for r in fake_anthropic.requests] == ["/v1/messages", "/v1/messages"]
    assert fake_anthropic.requests[1].headers["x-api-key"] == "[redacted]"  # never kept


def test_no_socket_is_opened(fake_anthropic, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the fixture's clients must not open sockets")

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", refuse)
    message = fake_anthropic.client.messages.create(model=MODEL, max_tokens=64, messages=HELLO)
    assert message.content[0].text == "Hello there"


def test_faults_reach_both_clients(fake_anthropic):
    fake_anthropic.faults.add(RateLimited(retry_after=0.01), times=2)
    fake_anthropic.client.messages.create(model=MODEL, max_tokens=64, messages=HELLO)
    fake_anthropic.sdk.messages.create(model=MODEL, max_tokens=64, messages=HELLO)
    assert fake_anthropic.faults.count(RateLimited) == 2  # both retried after the 429
    fake_anthropic.faults.add(DropConnection(), route="messages")
    with pytest.raises(msgtypes.APIConnectionError):
        fake_anthropic.client.with_options(max_retries=0).messages.create(
            model=MODEL, max_tokens=64, messages=HELLO
        )


def test_the_fake_still_checks_requests(fake_anthropic):
    with pytest.raises(anthropic.BadRequestError, match="max_tokens"):
        fake_anthropic.sdk.messages.create(model=MODEL, max_tokens=-1, messages=HELLO)


async def test_async_clients(fake_anthropic):
    fake_anthropic.replies.push("async one", "async two")
    ours = await fake_anthropic.async_client.messages.create(
        model=MODEL, max_tokens=64, messages=HELLO
    )
    theirs = await fake_anthropic.async_sdk.messages.create(
        model=MODEL, max_tokens=64, messages=HELLO
    )
    assert [ours.content[0].text, theirs.content[0].text] == ["async one", "async two"]


def test_each_test_gets_a_fresh_fake(fake_anthropic):
    assert fake_anthropic.requests == [] and len(fake_anthropic.replies) == 0
'''


def suite(pytester: pytest.Pytester) -> None:
    """An ini for async tests and a conftest pinning the linter's today, as ours does."""
    pytester.makeini("[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n")
    pytester.makeconftest(PIN_TODAY)


def test_the_fixture_comes_from_the_entry_point(pytester: pytest.Pytester) -> None:
    suite(pytester)
    pytester.makepyfile(test_user=USER_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=6)
    # Disabling the plugin by its entry point name takes the fixture away: that is where it was.
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:msgtypes")
    result.assert_outcomes(errors=6)
    result.stdout.fnmatch_lines(["*fixture 'fake_anthropic' not found*"])


def test_every_pytest_session_pays_little_for_the_plugin() -> None:
    """pytest imports the plugin in every session of a project that has msgtypes installed:
    it must not load the fake, httpx, asyncio or the linter until a test asks."""
    import subprocess
    import sys

    code = (
        "import sys, msgtypes.pytest_plugin\n"
        "print(sorted({'msgtypes.testing', 'httpx', 'asyncio', 'msglint'} & set(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
