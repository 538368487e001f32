"""Client calls that must type-check, with the types they must produce."""

from __future__ import annotations

from typing_extensions import assert_type

from msgtypes import (
    AsyncClient,
    Client,
    Completion,
    DeletedMessageBatch,
    Message,
    MessageBatch,
    MessageBatchIndividualResponse,
    MessageParam,
    MessageStreamEvent,
    MessageTokensCount,
    ModelInfo,
    Tool,
)
from msgtypes.transport import (
    APIResponse,
    AsyncPage,
    AsyncPaginator,
    AsyncStream,
    MessageStream,
    Stream,
    SyncPage,
)

client = Client(api_key="k", lint="warn")
turns = [MessageParam(role="user", content="hi")]
dict_turns: list[dict[str, str]] = []

assert_type(client.messages.create(model="m", max_tokens=5, messages=turns), Message)
assert_type(
    client.messages.create(
        model="m",
        max_tokens=5,
        messages=[{"role": "user", "content": [{"type": "text", "text": "hi"}]}],
        tools=[Tool(name="t", input_schema={}), {"name": "u", "input_schema": {}}],
        tool_choice={"type": "auto"},
        thinking={"type": "enabled", "budget_tokens": 2048},
        extra_headers={"x": "y"},
        timeout=3.0,
    ),
    Message,
)
assert_type(
    client.messages.create(model="m", max_tokens=5, messages=turns, stream=True),
    Stream[MessageStreamEvent],
)
flag: bool = bool(dict_turns)
assert_type(
    client.messages.create(model="m", max_tokens=5, messages=turns, stream=flag),
    Message | Stream[MessageStreamEvent],
)
with client.messages.stream(model="m", max_tokens=5, messages=turns) as stream:
    assert_type(stream, MessageStream)
    for text in stream.text_stream:
        assert_type(text, str)
    assert_type(stream.get_final_message(), Message)
assert_type(client.messages.count_tokens(model="m", messages=turns), MessageTokensCount)
assert_type(client.messages.batches.list(limit=3), SyncPage[MessageBatch])
assert_type(client.messages.batches.delete("b"), DeletedMessageBatch)
for line in client.messages.batches.results("b"):
    assert_type(line, MessageBatchIndividualResponse)
assert_type(client.models.retrieve("m", betas=["x"]), ModelInfo)
assert_type(client.completions.create(model="m", max_tokens_to_sample=1, prompt="p"), Completion)
assert_type(
    client.beta.messages.create(
        model="m",
        max_tokens=5,
        messages=turns,
        betas=["context-management-2025-06-27"],
        context_management={"edits": []},
    ),
    Message,
)
assert_type(
    client.messages.with_raw_response.create(model="m", max_tokens=5, messages=turns),
    APIResponse[Message],
)
assert_type(client.models.with_raw_response.list(), APIResponse[SyncPage[ModelInfo]])


async def use_async(aclient: AsyncClient) -> None:
    assert_type(await aclient.messages.create(model="m", max_tokens=5, messages=turns), Message)
    assert_type(
        await aclient.messages.create(model="m", max_tokens=5, messages=turns, stream=True),
        AsyncStream[MessageStreamEvent],
    )
    assert_type(aclient.models.list(), AsyncPaginator[ModelInfo])
    assert_type(await aclient.models.list(), AsyncPage[ModelInfo])
    async for model in aclient.models.list():
        assert_type(model, ModelInfo)
    async with aclient.beta.messages.stream(
        model="m", max_tokens=5, messages=turns, betas=["x"]
    ) as astream:
        async for text in astream.text_stream:
            assert_type(text, str)
        assert_type(await astream.get_final_message(), Message)
    raw = await aclient.messages.batches.with_raw_response.retrieve("b")
    assert_type(raw, APIResponse[MessageBatch])
