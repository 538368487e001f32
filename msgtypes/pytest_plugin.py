"""The ``fake_anthropic`` pytest fixture, registered through the ``pytest11`` entry point:
installing msgtypes is enough to use it.

```python
from msgtypes.testing import Reply

def test_reply(fake_anthropic):
    fake_anthropic.replies.push(Reply.text("Bonjour"))
    message = fake_anthropic.client.messages.create(...)   # or .sdk for the official SDK
```

Each test gets a fresh fake (:class:`~msgtypes.testing.FakeAnthropic`) and its clients, closed
after the test. pytest imports this module in every session of a project that installs msgtypes,
so it lives outside ``msgtypes.testing`` (whose import is several times that of ``msgtypes``):
the fake is imported only when a test asks for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .testing import FakeAnthropic

__all__ = ["fake_anthropic"]


@pytest.fixture
def fake_anthropic() -> Iterator[FakeAnthropic]:
    """A running fake Anthropic API with ready clients on it, in-process (no socket).

    ``.client`` / ``.async_client``: msgtypes clients; ``.sdk`` / ``.async_sdk``: the official
    SDK's (when ``anthropic`` is installed); ``.replies``, ``.faults``, ``.requests``: script
    the replies, inject faults, read what was sent; ``.api``: the ``FakeAPI`` itself.
    """
    from .testing import FakeAnthropic

    with FakeAnthropic() as fake:
        yield fake
