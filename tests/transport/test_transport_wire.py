"""Wire compatibility: the same call through the official SDK and through msgtypes sends the
same requests (method, path, query, the API's headers, JSON body) to a recording server on
127.0.0.1, for every resource method, stable and beta, sync and async.
"""

from __future__ import annotations

import asyncio
import json
import warnings
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import anthropic
import pytest
from transport_server import LoopbackServer, Recorded, api_reply, serve, track

import msgtypes
from msgtypes import (
    CacheControlEphemeral,
    ImageBlockParam,
    MessageParam,
    Metadata,
    TextBlockParam,
    ThinkingConfigEnabled,
    Tool,
    ToolChoiceAuto,
    URLImageSource,
)

KEY = "sk-ant-wire-test-0123456789"
# Every header is compared except the SDK's own telemetry (x-stainless-*, its user-agent) and
# what the HTTP layer adds (host, length, encoding, connection): the JSON text may differ in
# spacing, so the bodies are compared parsed.
NOT_COMPARED = frozenset({"user-agent", "host", "content-length", "accept-encoding", "connection"})

MESSAGES: list[dict[str, Any]] = [{"role": "user", "content": "Hello"}]
BASE: dict[str, Any] = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": MESSAGES}
RICH: dict[str, Any] = {
    **BASE,
    "messages": [
        {"role": "user", "content": [{"type": "text", "text": "What is 2+2?"}]},
        {"role": "assistant", "content": "Let me see."},
        {"role": "user", "content": "Go on."},
    ],
    "system": [{"type": "text", "text": "Be brief.", "cache_control": {"type": "ephemeral"}}],
    # A tool written the way the SDK docs write it: no "type".
    "tools": [
        {
            "name": "get_weather",
            "description": "Weather for a city",
            "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}},
        },
        {"type": "bash_20250124", "name": "bash"},
    ],
    "tool_choice": {"type": "auto", "disable_parallel_tool_use": True},
    "thinking": {"type": "enabled", "budget_tokens": 1024},
    "metadata": {"user_id": "u-1"},
    "stop_sequences": ["END"],
    "temperature": 1,
    "top_k": 5,
    "service_tier": "auto",
}
BETA_FIELDS: dict[str, Any] = {
    "context_management": {
        "edits": [{"type": "clear_tool_uses_20250919", "keep": {"type": "tool_uses", "value": 3}}]
    },
    "mcp_servers": [{"type": "url", "name": "docs", "url": "https://mcp.example.com/sse"}],
    "container": "container_abc",
    "output_config": {"effort": "high"},
}
BETAS = ["context-management-2025-06-27", "mcp-client-2025-11-20"]
COUNT: dict[str, Any] = {"model": "claude-sonnet-4-5", "messages": MESSAGES, "system": "Be brief."}
BATCH: dict[str, Any] = {
    "requests": [{"custom_id": "r1", "params": BASE}, {"custom_id": "r2", "params": RICH}]
}
EXTRAS: dict[str, Any] = {
    "extra_headers": {"x-custom": "1"},
    "extra_query": {"trace": "yes"},
    "extra_body": {"extra_field": [1, 2]},
}
COMPLETION: dict[str, Any] = {
    "model": "claude-2.1",
    "max_tokens_to_sample": 50,
    "prompt": "\n\nHuman: Hi\n\nAssistant:",
    "stop_sequences": ["\n\nHuman:"],
}

# The same request written with Structs (the SDK gets their builtins form).
STRUCT_ARGS: dict[str, Any] = {
    "model": "claude-sonnet-4-5",
    "max_tokens": 2048,
    "messages": [
        MessageParam(
            role="user",
            content=[
                TextBlockParam(text="Describe", cache_control=CacheControlEphemeral(ttl="1h")),
                ImageBlockParam(source=URLImageSource(url="https://example.com/a.png")),
            ],
        )
    ],
    "tools": [Tool(name="lookup", input_schema={"type": "object"})],
    "tool_choice": ToolChoiceAuto(),
    "thinking": ThinkingConfigEnabled(budget_tokens=1024),
    "metadata": Metadata(user_id="u-2"),
}


def _sdk_form(kwargs: dict[str, Any]) -> dict[str, Any]:
    return {k: msgtypes.to_builtins(v) for k, v in kwargs.items()}


def _drain(it: Any) -> None:
    for _ in it:
        pass


# Each case: name, then a function calling the SDK and one calling msgtypes (sync).
Case = tuple[str, Callable[[Any], object], Callable[[Any], object]]


def _same(call: Callable[[Any], object]) -> tuple[Callable[[Any], object], Callable[[Any], object]]:
    return call, call


def _stream_final(resource: str, kwargs: dict[str, Any]) -> Callable[[Any], object]:
    def run(client: Any) -> object:
        target = client.beta.messages if resource == "beta" else client.messages
        with target.stream(**kwargs) as stream:
            return stream.get_final_message()

    return run


SYNC_CASES: list[Case] = [
    ("messages.create", *_same(lambda c: c.messages.create(**BASE))),
    ("messages.create rich dicts", *_same(lambda c: c.messages.create(**RICH))),
    (
        "messages.create structs",
        lambda c: c.messages.create(**_sdk_form(STRUCT_ARGS)),
        lambda c: c.messages.create(**STRUCT_ARGS),
    ),
    ("messages.create extras", *_same(lambda c: c.messages.create(**BASE, **EXTRAS))),
    (
        "messages.create stream=True",
        *_same(lambda c: _drain(c.messages.create(**BASE, stream=True))),
    ),
    ("messages.stream", *_same(_stream_final("stable", RICH))),
    ("messages.stream container", *_same(_stream_final("stable", {**BASE, "container": "c1"}))),
    ("messages.count_tokens", *_same(lambda c: c.messages.count_tokens(**COUNT))),
    (
        "messages.count_tokens tools",
        *_same(lambda c: c.messages.count_tokens(**COUNT, tools=RICH["tools"])),
    ),
    ("batches.create", *_same(lambda c: c.messages.batches.create(**BATCH))),
    ("batches.retrieve", *_same(lambda c: c.messages.batches.retrieve("msgbatch_01"))),
    ("batches.list all pages", *_same(lambda c: list(c.messages.batches.list(limit=2)))),
    (
        "batches.list after_id",
        *_same(lambda c: list(c.messages.batches.list(after_id="msgbatch_00", limit=3))),
    ),
    (
        "batches.list before_id",
        *_same(lambda c: list(c.messages.batches.list(before_id="msgbatch_04", limit=1))),
    ),
    ("batches.cancel", *_same(lambda c: c.messages.batches.cancel("msgbatch_01"))),
    ("batches.delete", *_same(lambda c: c.messages.batches.delete("msgbatch_01"))),
    ("batches.results", *_same(lambda c: list(c.messages.batches.results("msgbatch_02")))),
    ("models.list", *_same(lambda c: list(c.models.list(limit=2)))),
    ("models.list betas", *_same(lambda c: c.models.list(betas=["b1"], limit=3).data)),
    ("models.retrieve", *_same(lambda c: c.models.retrieve("claude-sonnet-4-5"))),
    ("models.retrieve betas", *_same(lambda c: c.models.retrieve("m", betas=["b1", "b2"]))),
    ("completions.create", *_same(lambda c: c.completions.create(**COMPLETION))),
    (
        "completions.create betas",
        *_same(lambda c: c.completions.create(**COMPLETION, betas=["b1"], temperature=0.5)),
    ),
    (
        "completions.create stream",
        *_same(lambda c: _drain(c.completions.create(**COMPLETION, stream=True))),
    ),
    # ----------------------------------------------------------------------------- beta
    ("beta.messages.create", *_same(lambda c: c.beta.messages.create(**BASE))),
    (
        "beta.messages.create betas",
        *_same(lambda c: c.beta.messages.create(**RICH, **BETA_FIELDS, betas=BETAS)),
    ),
    (
        "beta.messages.create output_format",
        *_same(
            lambda c: c.beta.messages.create(
                **BASE,
                output_format={"type": "json_schema", "schema": {"type": "object"}},
                betas=["structured-outputs-2025-11-13"],
            )
        ),
    ),
    (
        "beta.messages.create stream",
        *_same(lambda c: _drain(c.beta.messages.create(**BASE, stream=True, betas=BETAS))),
    ),
    (
        "beta.messages.stream",
        *_same(_stream_final("beta", {**RICH, **BETA_FIELDS, "betas": BETAS})),
    ),
    ("beta.messages.count_tokens", *_same(lambda c: c.beta.messages.count_tokens(**COUNT))),
    (
        "beta.messages.count_tokens betas",
        *_same(
            lambda c: c.beta.messages.count_tokens(
                **COUNT,
                betas=BETAS,
                context_management=BETA_FIELDS["context_management"],
                output_config={"effort": "low"},
            )
        ),
    ),
    ("beta.batches.create", *_same(lambda c: c.beta.messages.batches.create(**BATCH))),
    (
        "beta.batches.create betas",
        *_same(lambda c: c.beta.messages.batches.create(**BATCH, betas=["b1"])),
    ),
    ("beta.batches.retrieve", *_same(lambda c: c.beta.messages.batches.retrieve("msgbatch_01"))),
    (
        "beta.batches.retrieve betas",
        *_same(lambda c: c.beta.messages.batches.retrieve("msgbatch_01", betas=["b1"])),
    ),
    (
        "beta.batches.list",
        *_same(lambda c: list(c.beta.messages.batches.list(limit=2, betas=["b1"]))),
    ),
    ("beta.batches.cancel", *_same(lambda c: c.beta.messages.batches.cancel("msgbatch_03"))),
    (
        "beta.batches.delete",
        *_same(lambda c: c.beta.messages.batches.delete("msgbatch_03", betas=["b1"])),
    ),
    (
        "beta.batches.results",
        *_same(lambda c: list(c.beta.messages.batches.results("msgbatch_02", betas=["b1"]))),
    ),
    ("beta.models.list", *_same(lambda c: list(c.beta.models.list(limit=2)))),
    ("beta.models.list betas", *_same(lambda c: list(c.beta.models.list(betas=["b1"])))),
    ("beta.models.retrieve", *_same(lambda c: c.beta.models.retrieve("m1", betas=["b1"]))),
]


def _wire(request: Recorded, base_url: str) -> dict[str, object]:
    """The parts of a request the API sees."""
    path = request.path
    return {
        "method": request.method,
        "path": path,
        "query": request.query,
        "headers": {
            name: value
            for name, value in request.headers.items()
            if name not in NOT_COMPARED and not name.startswith("x-stainless-")
        },
        "body": request.json(),
    }


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    with serve(api_reply) as srv:
        yield srv


def _record(server: LoopbackServer, run: Callable[[], object]) -> list[dict[str, object]]:
    before = len(server.requests)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        run()
    return [_wire(r, server.url) for r in server.requests[before:]]


@pytest.mark.parametrize(
    ("name", "sdk_call", "our_call"), SYNC_CASES, ids=[c[0] for c in SYNC_CASES]
)
def test_sync_requests_match_the_sdk(
    server: LoopbackServer,
    name: str,
    sdk_call: Callable[[Any], object],
    our_call: Callable[[Any], object],
) -> None:
    sdk = track(anthropic.Anthropic(api_key=KEY, base_url=server.url, max_retries=0))
    ours = track(msgtypes.Client(api_key=KEY, base_url=server.url, max_retries=0))
    expected = _record(server, lambda: sdk_call(sdk))
    got = _record(server, lambda: our_call(ours))
    assert expected, "the SDK sent nothing"
    assert got == expected


def test_every_resource_method_is_compared() -> None:
    """The case list covers each public method of each resource, stable and beta."""
    names = " ".join(case[0] for case in SYNC_CASES)
    for method in (
        "messages.create",
        "messages.stream",
        "messages.count_tokens",
        "batches.create",
        "batches.retrieve",
        "batches.list",
        "batches.cancel",
        "batches.delete",
        "batches.results",
        "models.list",
        "models.retrieve",
        "completions.create",
    ):
        assert method in names
        if not method.startswith("completions"):
            beta = (
                method if method.startswith("models") else method.replace("batches", "beta.batches")
            )
            beta = "beta." + method if beta == method else beta
            assert beta in names, beta


def test_comparison_notices_a_difference(server: LoopbackServer) -> None:
    """The recorded form is sensitive: a different body or header makes the lists differ."""
    ours = track(msgtypes.Client(api_key=KEY, base_url=server.url, max_retries=0))
    one = _record(server, lambda: ours.messages.create(**BASE))
    other = _record(server, lambda: ours.messages.create(**{**BASE, "max_tokens": 7}))
    beta = _record(server, lambda: ours.beta.messages.create(**BASE, betas=["x"]))
    assert one != other
    assert one != beta
    assert beta[0]["query"] == [("beta", "true")]
    assert beta[0]["headers"]["anthropic-beta"] == "x"  # type: ignore[index]


# ----------------------------------------------------------------------------- async


async def _astream_final(client: Any, resource: str, kwargs: dict[str, Any]) -> object:
    target = client.beta.messages if resource == "beta" else client.messages
    async with target.stream(**kwargs) as stream:
        return await stream.get_final_message()


async def _adrain(it: Any) -> None:
    async for _ in it:
        pass


async def _alist(paginator: Any) -> list[Any]:
    return [item async for item in paginator]


AsyncCase = tuple[str, Callable[[Any], Awaitable[object]]]

ASYNC_CASES: list[AsyncCase] = [
    ("messages.create", lambda c: c.messages.create(**RICH)),
    ("messages.create stream", lambda c: _adrain_awaited(c.messages.create(**BASE, stream=True))),
    ("messages.stream", lambda c: _astream_final(c, "stable", RICH)),
    ("messages.count_tokens", lambda c: c.messages.count_tokens(**COUNT)),
    ("batches.create", lambda c: c.messages.batches.create(**BATCH)),
    ("batches.retrieve", lambda c: c.messages.batches.retrieve("msgbatch_01")),
    ("batches.list", lambda c: _alist(c.messages.batches.list(limit=2))),
    ("batches.cancel", lambda c: c.messages.batches.cancel("msgbatch_01")),
    ("batches.delete", lambda c: c.messages.batches.delete("msgbatch_01")),
    ("batches.results", lambda c: _adrain_awaited(c.messages.batches.results("msgbatch_01"))),
    ("models.list", lambda c: _alist(c.models.list(limit=2, betas=["b1"]))),
    ("models.retrieve", lambda c: c.models.retrieve("m1")),
    ("completions.create", lambda c: c.completions.create(**COMPLETION)),
    ("beta.messages.create", lambda c: c.beta.messages.create(**BASE, betas=BETAS)),
    ("beta.messages.count_tokens", lambda c: c.beta.messages.count_tokens(**COUNT, betas=BETAS)),
    ("beta.batches.create", lambda c: c.beta.messages.batches.create(**BATCH, betas=["b1"])),
    ("beta.batches.list", lambda c: _alist(c.beta.messages.batches.list(limit=3))),
    (
        "beta.batches.results",
        lambda c: _adrain_awaited(c.beta.messages.batches.results("msgbatch_01")),
    ),
    ("beta.models.list", lambda c: _alist(c.beta.models.list(limit=4))),
    ("beta.models.retrieve", lambda c: c.beta.models.retrieve("m1")),
]


async def _adrain_awaited(pending: Awaitable[Any]) -> None:
    await _adrain(await pending)


@pytest.mark.parametrize(("name", "call"), ASYNC_CASES, ids=[c[0] for c in ASYNC_CASES])
async def test_async_requests_match_the_sdk(
    server: LoopbackServer, name: str, call: Callable[[Any], Awaitable[object]]
) -> None:
    sdk = track(anthropic.AsyncAnthropic(api_key=KEY, base_url=server.url, max_retries=0))
    ours = track(msgtypes.AsyncClient(api_key=KEY, base_url=server.url, max_retries=0))
    before = len(server.requests)
    await call(sdk)
    middle = len(server.requests)
    await call(ours)
    expected = [_wire(r, server.url) for r in server.requests[before:middle]]
    got = [_wire(r, server.url) for r in server.requests[middle:]]
    assert expected
    assert got == expected


async def test_async_beta_stream_keeps_the_beta_query(server: LoopbackServer) -> None:
    """The SDK's async ``beta.messages.stream`` (0.75.0) leaves out ``?beta=true``, unlike its
    sync twin and every other beta method; msgtypes sends it in both, and is otherwise equal."""
    kwargs = {**BASE, "betas": BETAS}
    sdk = track(anthropic.AsyncAnthropic(api_key=KEY, base_url=server.url, max_retries=0))
    ours = track(msgtypes.AsyncClient(api_key=KEY, base_url=server.url, max_retries=0))
    before = len(server.requests)
    await _astream_final(sdk, "beta", kwargs)
    await _astream_final(ours, "beta", kwargs)
    sdk_wire, our_wire = (_wire(r, server.url) for r in server.requests[before:])
    assert sdk_wire["query"] == []
    assert our_wire["query"] == [("beta", "true")]
    assert {**our_wire, "query": []} == sdk_wire
    sync_sdk = track(anthropic.Anthropic(api_key=KEY, base_url=server.url, max_retries=0))
    _stream_final("beta", kwargs)(sync_sdk)
    assert _wire(server.requests[-1], server.url) == our_wire


def test_what_is_left_out_of_the_comparison(server: LoopbackServer) -> None:
    """The SDK's telemetry headers are the only ones not copied; the API's all are."""
    sdk = track(anthropic.Anthropic(api_key=KEY, base_url=server.url, max_retries=0))
    ours = track(msgtypes.Client(api_key=KEY, base_url=server.url, max_retries=0))
    before = len(server.requests)
    sdk.beta.messages.create(**BASE, betas=["b1"])
    ours.beta.messages.create(**BASE, betas=["b1"])
    theirs, mine = server.requests[before:]
    sdk_only = set(theirs.headers) - set(mine.headers)
    assert sdk_only and all(name.startswith("x-stainless-") for name in sdk_only)
    shared = {"x-api-key", "anthropic-version", "content-type", "anthropic-beta", "accept"}
    assert shared <= set(_wire(mine, server.url)["headers"])  # type: ignore[call-overload]


def test_bodies_are_json_objects_not_reencoded_text(server: LoopbackServer) -> None:
    """Sanity of the recorder itself: bodies parse, GETs have none."""
    ours = track(msgtypes.Client(api_key=KEY, base_url=server.url, max_retries=0))
    before = len(server.requests)
    ours.messages.create(**BASE)
    ours.models.retrieve("m")
    post, get = server.requests[before:]
    assert json.loads(post.body) == BASE
    assert get.body == b"" and "content-type" not in get.headers


def test_async_loop_is_clean() -> None:
    """Running an async comparison in a fresh loop leaves no pending tasks behind."""

    async def main() -> int:
        with serve(api_reply) as srv:
            ours = msgtypes.AsyncClient(api_key=KEY, base_url=srv.url)
            await ours.messages.create(**BASE)
            await ours.close()
        return len([t for t in asyncio.all_tasks() if t is not asyncio.current_task()])

    assert asyncio.run(main()) == 0
