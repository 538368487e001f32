"""Every client a test opens is closed after it (no sockets left to the garbage collector)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from transport_server import close_tracked


@pytest.fixture(autouse=True)
async def _close_clients() -> AsyncIterator[None]:
    yield
    await close_tracked()
