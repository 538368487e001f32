"""A local fake of the Anthropic API, for offline tests (yours and ours).

```python
from msgtypes.testing import FakeAPI, Reply, RateLimited, serve

fake = FakeAPI()
fake.replies.push("Hello!", Reply.tool_use("get_weather", {"city": "Paris"}))
fake.faults.add(RateLimited(retry_after=0.1), route="messages")

with serve(fake) as server:            # uvicorn on 127.0.0.1, a free port
    client = anthropic.Anthropic(base_url=server.base_url, api_key="test")
```

In-process, without a socket: ``httpx.Client(transport=fake.transport())`` or
``httpx.AsyncClient(transport=fake.async_transport())`` (or any ASGI-capable transport:
``FakeAPI`` is a plain ASGI app); :class:`FakeAnthropic` has clients ready on it, and is what
the ``fake_anthropic`` pytest fixture yields. From a shell: ``python -m msgtypes.testing``.
"""

from __future__ import annotations

from ._app import ConnectionDropped, FakeAPI, RecordedRequest
from ._clock import Clock, ManualClock, SystemClock
from ._faults import (
    DropConnection,
    Fault,
    Faults,
    Fired,
    HTTPError,
    Overloaded,
    RateLimited,
    Route,
    ServerError,
    Slow,
    StreamError,
)
from ._fixture import FakeAnthropic
from ._models import BUILTIN_MODELS, ModelRecord
from ._replies import Replies, Reply, ReplyLike, Responder, echo_reply, sample_from_schema
from ._server import Server, serve

__all__ = [
    "BUILTIN_MODELS",
    "Clock",
    "ConnectionDropped",
    "DropConnection",
    "FakeAPI",
    "FakeAnthropic",
    "Fault",
    "Faults",
    "Fired",
    "HTTPError",
    "ManualClock",
    "ModelRecord",
    "Overloaded",
    "RateLimited",
    "RecordedRequest",
    "Replies",
    "Reply",
    "ReplyLike",
    "Responder",
    "Route",
    "ServerError",
    "Server",
    "Slow",
    "StreamError",
    "SystemClock",
    "echo_reply",
    "sample_from_schema",
    "serve",
]
