"""Fixtures for the fake API tests: a fake, the fake served on 127.0.0.1, SDK clients on it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import anthropic
import pytest

from msgtypes.testing import FakeAPI, ManualClock, Server, serve

API_KEY = "test-key"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def fake(clock: ManualClock) -> FakeAPI:
    return FakeAPI(seed=7, clock=clock, batch_processing_seconds=60.0)


@pytest.fixture
def server(fake: FakeAPI) -> Iterator[Server]:
    with serve(fake) as running:
        yield running


@pytest.fixture
def sdk(server: Server) -> Iterator[anthropic.Anthropic]:
    with anthropic.Anthropic(base_url=server.base_url, api_key=API_KEY, max_retries=0) as client:
        yield client


@pytest.fixture
async def async_sdk(server: Server) -> AsyncIterator[anthropic.AsyncAnthropic]:
    async with anthropic.AsyncAnthropic(
        base_url=server.base_url, api_key=API_KEY, max_retries=0
    ) as client:
        yield client
