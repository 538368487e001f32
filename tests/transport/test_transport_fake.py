"""The client against the fake API (``msgtypes.testing``) served by uvicorn on 127.0.0.1:
a whole session, a batch lifecycle, and every injected fault, sync and async."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import pytest
from transport_server import track

import msgtypes
from msgtypes.testing import (
    DropConnection,
    FakeAPI,
    Overloaded,
    RateLimited,
    ServerError,
    Slow,
    StreamError,
    serve,
)

pytest.importorskip("uvicorn")  # the fake's server is an optional extra

KEY = "sk-ant-fake"
MODEL = "claude-opus-4-8"  # a current model: lint warns about deprecated ones
BASE: dict[str, Any] = {
    "model": MODEL,
    "max_tokens": 128,
    "messages": [{"role": "user", "content": "Say hello"}],
}
MODES = ["sync", "async"]


@pytest.fixture(scope="module")
def fake_server() -> Iterator[Any]:
    with serve(FakeAPI(seed=7)) as server:
        yield server


@pytest.fixture
def fake(fake_server: Any) -> Iterator[FakeAPI]:
    app: FakeAPI = fake_server.app
    app.reset()
    app.faults.clear()
    app.replies.clear()
    yield app
    app.faults.clear()


class Run:
    """Calls a sync or async client the same way; records the retry sleeps."""

    def __init__(self, mode: str, base_url: str, **options: Any) -> None:
        self.mode = mode
        self.sleeps: list[float] = []
        if mode == "sync":
            self.client: Any = track(
                msgtypes.Client(api_key=KEY, base_url=base_url, sleep=self.sleeps.append, **options)
            )
        else:

            async def sleep(seconds: float) -> None:
                self.sleeps.append(seconds)

            self.client = track(
                msgtypes.AsyncClient(api_key=KEY, base_url=base_url, sleep=sleep, **options)
            )

    async def __call__(self, call: Any) -> Any:
        result = call(self.client)
        return await result if inspect.isawaitable(result) else result

    async def items(self, iterable: Any) -> list[Any]:
        if self.mode == "sync":
            return list(iterable)
        return [item async for item in iterable]

    async def final(self, **kwargs: Any) -> tuple[list[str], Any]:
        """Text deltas read with messages.stream(), then the final message (or the error)."""
        texts: list[str] = []
        try:
            if self.mode == "sync":
                with self.client.messages.stream(**kwargs) as stream:
                    texts.extend(stream.text_stream)
                    return texts, stream.get_final_message()
            async with self.client.messages.stream(**kwargs) as astream:
                texts.extend([t async for t in astream.text_stream])
                return texts, await astream.get_final_message()
        except msgtypes.APIError as error:
            return texts, error


@pytest.mark.parametrize("mode", MODES)
async def test_a_session(mode: str, fake: FakeAPI, fake_server: Any) -> None:
    run = Run(mode, fake_server.base_url, lint="error")
    fake.replies.push("Hello from the fake!")
    message = await run(lambda c: c.messages.create(**BASE))
    assert message.content[0].text == "Hello from the fake!"
    fake.replies.push("Streamed hello")
    texts, final = await run.final(**BASE)
    assert "".join(texts) == "Streamed hello" == final.content[0].text
    counted = await run(lambda c: c.messages.count_tokens(model=MODEL, messages=BASE["messages"]))
    assert counted.input_tokens > 0
    models = await run.items(await run(lambda c: c.models.list(limit=2)))
    assert len(models) > 2 and len({m.id for m in models}) == len(models)
    info = await run(lambda c: c.models.retrieve(models[0].id))
    assert info.id == models[0].id
    raw = await run(lambda c: c.messages.with_raw_response.create(**BASE))
    assert raw.request_id and raw.parse().role == "assistant"


@pytest.mark.parametrize("mode", MODES)
async def test_batch_lifecycle(mode: str, fake: FakeAPI, fake_server: Any) -> None:
    run = Run(mode, fake_server.base_url)
    requests = [
        {"custom_id": "first", "params": BASE},
        {"custom_id": "second", "params": {**BASE, "model": "claude-nonexistent-9"}},
    ]
    batch = await run(lambda c: c.messages.batches.create(requests=requests))
    done = await run(lambda c: c.messages.batches.retrieve(batch.id))
    assert done.processing_status == "ended"
    results = {
        r.custom_id: r.result
        for r in await run.items(await run(lambda c: c.messages.batches.results(batch.id)))
    }
    assert type(results["first"]).__name__ == "MessageBatchSucceededResult"
    assert type(results["second"]).__name__ == "MessageBatchErroredResult"
    listed = [b.id for b in await run.items(await run(lambda c: c.messages.batches.list()))]
    assert batch.id in listed
    deleted = await run(lambda c: c.messages.batches.delete(batch.id))
    assert deleted.id == batch.id
    with pytest.raises(msgtypes.NotFoundError) as info:
        await run(lambda c: c.messages.batches.retrieve(batch.id))
    assert info.value.error_type == "not_found_error" and info.value.request_id


@pytest.mark.parametrize("mode", MODES)
async def test_the_fake_rejects_what_the_api_rejects(
    mode: str, fake: FakeAPI, fake_server: Any
) -> None:
    run = Run(mode, fake_server.base_url)
    with pytest.raises(msgtypes.NotFoundError):
        await run(lambda c: c.messages.create(**{**BASE, "model": "claude-nonexistent-9"}))
    with pytest.raises(msgtypes.BadRequestError) as info:
        await run(lambda c: c.beta.messages.create(**BASE, context_management={"edits": []}))
    assert info.value.error_type == "invalid_request_error"


@pytest.mark.parametrize("mode", MODES)
async def test_rate_limit_is_waited_out(mode: str, fake: FakeAPI, fake_server: Any) -> None:
    fake.faults.add(RateLimited(retry_after=0.05), route="messages")
    run = Run(mode, fake_server.base_url)
    assert (await run(lambda c: c.messages.create(**BASE))).role == "assistant"
    assert run.sleeps == [0.05]


@pytest.mark.parametrize("mode", MODES)
async def test_overloaded_and_server_errors(mode: str, fake: FakeAPI, fake_server: Any) -> None:
    fake.faults.add(Overloaded(), times=None, route="messages")
    run = Run(mode, fake_server.base_url, max_retries=2)
    with pytest.raises(msgtypes.OverloadedError) as info:
        await run(lambda c: c.messages.create(**BASE))
    assert info.value.status_code == 529 and len(run.sleeps) == 2
    fake.faults.clear()
    fake.faults.add(ServerError(), times=1, route="count_tokens")
    counted = await run(lambda c: c.messages.count_tokens(model=MODEL, messages=BASE["messages"]))
    assert counted.input_tokens > 0


@pytest.mark.parametrize("mode", MODES)
async def test_slow_answer_times_out(mode: str, fake: FakeAPI, fake_server: Any) -> None:
    fake.faults.add(Slow(seconds=1.0), times=None, route="messages")
    run = Run(mode, fake_server.base_url, timeout=0.2, max_retries=1)
    with pytest.raises(msgtypes.APITimeoutError):
        await run(lambda c: c.messages.create(**BASE))
    assert len(run.sleeps) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_dropped_stream(mode: str, fake: FakeAPI, fake_server: Any) -> None:
    fake.replies.push("one two three four five six")
    fake.faults.add(DropConnection(after_events=3), route="messages")
    run = Run(mode, fake_server.base_url)
    _, outcome = await run.final(**BASE)
    assert isinstance(outcome, msgtypes.APIConnectionError)
    assert run.sleeps == []


@pytest.mark.parametrize("mode", MODES)
async def test_error_event_mid_stream(mode: str, fake: FakeAPI, fake_server: Any) -> None:
    fake.replies.push("one two three four five six")
    fake.faults.add(StreamError(after_events=3), route="messages")
    run = Run(mode, fake_server.base_url)
    _, outcome = await run.final(**BASE)
    assert isinstance(outcome, msgtypes.OverloadedError) and outcome.in_stream
    assert outcome.request_id
    assert run.sleeps == []
