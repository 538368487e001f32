"""Wire compatibility: the same call through the official SDK and through msgtypes sends the
same requests (method, path, query, the API's headers, JSON body) to a recording server on
127.0.0.1, for every resource method, stable and beta, sync and async, and for both API
versions:

* ``Client(api_version="2023-06-01")`` against anthropic 0.75.0, live (it is in the dev venv);
* ``Client()`` (2026-10-21) against anthropic 2.14.0, whose requests for the same cases were
  recorded into ``wire_snapshots/anthropic-2.14.0.json`` by ``make wire-snapshot VERSION=2.14.0``
  (the two SDKs cannot share a venv).

The calls are listed in ``wire_cases.py``.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import anthropic
import pytest
from transport_server import LoopbackServer, Recorded, api_reply, serve, track
from wire_cases import (
    BASE,
    BETAS,
    KEY,
    SDK_VERSIONS,
    STRUCTS_AS_DICTS,
    Case,
    Generation,
    arun,
    cases,
    run,
    wire,
)

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

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from record_wire import generation_of, snapshot_path  # noqa: E402

CURRENT_SDK = SDK_VERSIONS["current"]
SNAPSHOT: dict[str, Any] = json.loads(snapshot_path(CURRENT_SDK).read_text())
REFRESH = f"(re-record with `make wire-snapshot VERSION={CURRENT_SDK}`)"
LEGACY_VERSION = "2023-06-01"

# The Struct-built form of STRUCTS_AS_DICTS (the SDK is given the dicts).
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


def _wire(request: Recorded) -> dict[str, Any]:
    return wire(request.method, request.path, request.query, request.headers, request.body)


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    with serve(api_reply) as srv:
        yield srv


def _record(server: LoopbackServer, call: Callable[[], object]) -> list[dict[str, Any]]:
    before = len(server.requests)
    call()
    return [_wire(r) for r in server.requests[before:]]


def _ours(server: LoopbackServer, generation: Generation) -> msgtypes.Client:
    if generation == "legacy":
        client = msgtypes.Client(
            api_key=KEY, base_url=server.url, max_retries=0, api_version=LEGACY_VERSION
        )
    else:
        client = msgtypes.Client(api_key=KEY, base_url=server.url, max_retries=0)
    return track(client)


def _ours_async(server: LoopbackServer, generation: Generation) -> msgtypes.AsyncClient:
    version = LEGACY_VERSION if generation == "legacy" else msgtypes.DEFAULT_API_VERSION
    return track(
        msgtypes.AsyncClient(api_key=KEY, base_url=server.url, max_retries=0, api_version=version)
    )


def _ids(found: list[Case]) -> list[str]:
    return [case.name for case in found]


# ----------------------------------------------------------------------------- sync


@pytest.mark.parametrize("case", cases("legacy"), ids=_ids(cases("legacy")))
def test_2023_06_01_requests_match_anthropic_0_75(server: LoopbackServer, case: Case) -> None:
    sdk = track(anthropic.Anthropic(api_key=KEY, base_url=server.url, max_retries=0))
    expected = _record(server, lambda: run(sdk, case))
    got = _record(server, lambda: run(_ours(server, "legacy"), case))
    assert expected, "the SDK sent nothing"
    assert got == expected


@pytest.mark.parametrize("case", cases("current"), ids=_ids(cases("current")))
def test_2026_10_21_requests_match_anthropic_2_14(server: LoopbackServer, case: Case) -> None:
    expected = SNAPSHOT["sync"].get(case.name)
    assert expected, f"{case.name!r} is not in the {CURRENT_SDK} snapshot {REFRESH}"
    got = _record(server, lambda: run(_ours(server, "current"), case))
    assert got == expected


@pytest.mark.parametrize("generation", ["legacy", "current"])
def test_structs_send_what_their_dicts_send(server: LoopbackServer, generation: Generation) -> None:
    """A request built from Structs is the request the SDK sends for its dict form."""
    assert msgtypes.to_builtins(STRUCT_ARGS) == STRUCTS_AS_DICTS
    (case,) = [c for c in cases(generation) if c.name == "messages.create structs"]
    got = _record(server, lambda: run(_ours(server, generation), case, **STRUCT_ARGS))
    if generation == "current":
        assert got == SNAPSHOT["sync"][case.name]
    else:
        sdk = track(anthropic.Anthropic(api_key=KEY, base_url=server.url, max_retries=0))
        assert got == _record(server, lambda: run(sdk, case))


def test_the_snapshot_is_of_the_current_cases() -> None:
    """The committed recording has every current case, and only those, sync and async."""
    assert SNAPSHOT["sdk"] == CURRENT_SDK
    assert generation_of(CURRENT_SDK) == "current" == SNAPSHOT["generation"]
    assert set(SNAPSHOT["sync"]) == set(_ids(cases("current"))), REFRESH
    assert set(SNAPSHOT["async"]) == set(_ids(cases("current", asynchronous=True))), REFRESH
    for requests in [*SNAPSHOT["sync"].values(), *SNAPSHOT["async"].values()]:
        assert requests, "a recorded case sent nothing"
        for request in requests:
            assert request["headers"]["anthropic-version"] == "2026-10-21"
            assert request["headers"]["authorization"] == f"Bearer {KEY}"
            assert "x-api-key" not in request["headers"]


@pytest.mark.parametrize("generation", ["legacy", "current"])
def test_every_resource_method_is_compared(generation: Generation) -> None:
    """The case list covers each public method of each resource, stable and beta."""
    methods = {case.method for case in cases(generation)}
    async_methods = {case.method for case in cases(generation, asynchronous=True)}
    for method in (
        "messages.create",
        "messages.stream",
        "messages.count_tokens",
        "messages.batches.create",
        "messages.batches.retrieve",
        "messages.batches.list",
        "messages.batches.cancel",
        "messages.batches.delete",
        "messages.batches.results",
        "models.list",
        "models.retrieve",
    ):
        assert method in methods and "beta." + method in methods, method
    assert {"messages.create", "beta.messages.create", "models.list"} <= async_methods
    # anthropic 2.x has no Text Completions: only the 2023-06-01 form is compared
    assert ("completions.create" in methods) == (generation == "legacy")


def test_the_two_versions_differ_where_the_sdks_do(server: LoopbackServer) -> None:
    """The same beta call on each version: the key's header, ``?beta=true`` and the batches
    beta are what tells the two SDK generations apart."""
    legacy, current = (_ours(server, generation) for generation in ("legacy", "current"))
    old = _record(server, lambda: legacy.beta.messages.batches.list(limit=5, betas=["b1"]))
    new = _record(server, lambda: current.beta.messages.batches.list(limit=5, betas=["b1"]))
    assert old[0]["headers"]["x-api-key"] == KEY and "authorization" not in old[0]["headers"]
    assert new[0]["headers"]["authorization"] == f"Bearer {KEY}"
    assert "x-api-key" not in new[0]["headers"]
    assert old[0]["headers"]["anthropic-beta"] == "b1,message-batches-2024-09-24"
    assert new[0]["headers"]["anthropic-beta"] == "b1"
    created = _record(server, lambda: legacy.beta.messages.create(**BASE, betas=["b1"]))
    assert created[0]["query"] == [["beta", "true"]]
    assert _record(server, lambda: current.beta.messages.create(**BASE))[0]["query"] == []


def test_comparison_notices_a_difference(server: LoopbackServer) -> None:
    """The recorded form is sensitive: a different body or header makes the lists differ."""
    ours = _ours(server, "current")
    one = _record(server, lambda: ours.messages.create(**BASE))
    other = _record(server, lambda: ours.messages.create(**{**BASE, "max_tokens": 7}))
    beta = _record(server, lambda: ours.beta.messages.create(**BASE, betas=["x"]))
    assert one != other
    assert one != beta
    assert beta[0]["headers"]["anthropic-beta"] == "x"


# ----------------------------------------------------------------------------- async


@pytest.mark.parametrize(
    "case", cases("legacy", asynchronous=True), ids=_ids(cases("legacy", asynchronous=True))
)
async def test_async_2023_06_01_requests_match_anthropic_0_75(
    server: LoopbackServer, case: Case
) -> None:
    sdk = track(anthropic.AsyncAnthropic(api_key=KEY, base_url=server.url, max_retries=0))
    before = len(server.requests)
    await arun(sdk, case)
    middle = len(server.requests)
    await arun(_ours_async(server, "legacy"), case)
    expected = [_wire(r) for r in server.requests[before:middle]]
    got = [_wire(r) for r in server.requests[middle:]]
    assert expected
    assert got == expected


@pytest.mark.parametrize(
    "case", cases("current", asynchronous=True), ids=_ids(cases("current", asynchronous=True))
)
async def test_async_2026_10_21_requests_match_anthropic_2_14(
    server: LoopbackServer, case: Case
) -> None:
    expected = SNAPSHOT["async"].get(case.name)
    assert expected, f"{case.name!r} is not in the {CURRENT_SDK} snapshot {REFRESH}"
    before = len(server.requests)
    await arun(_ours_async(server, "current"), case)
    assert [_wire(r) for r in server.requests[before:]] == expected


async def test_async_beta_stream_keeps_the_beta_query(server: LoopbackServer) -> None:
    """The SDK's async ``beta.messages.stream`` (0.75.0) leaves out ``?beta=true``, unlike its
    sync twin and every other beta method; msgtypes sends it in both, and is otherwise equal."""
    kwargs = {**BASE, "betas": BETAS}
    sdk = track(anthropic.AsyncAnthropic(api_key=KEY, base_url=server.url, max_retries=0))
    ours = _ours_async(server, "legacy")
    before = len(server.requests)
    async with sdk.beta.messages.stream(**kwargs) as stream:
        await stream.get_final_message()
    async with ours.beta.messages.stream(**kwargs) as ours_stream:
        await ours_stream.get_final_message()
    sdk_wire, our_wire = (_wire(r) for r in server.requests[before:])
    assert sdk_wire["query"] == []
    assert our_wire["query"] == [["beta", "true"]]
    assert {**our_wire, "query": []} == sdk_wire
    sync_sdk = track(anthropic.Anthropic(api_key=KEY, base_url=server.url, max_retries=0))
    with sync_sdk.beta.messages.stream(**kwargs) as sync_stream:
        sync_stream.get_final_message()
    assert _wire(server.requests[-1]) == our_wire


def test_what_is_left_out_of_the_comparison(server: LoopbackServer) -> None:
    """The SDK's telemetry headers are the only ones not copied; the API's all are."""
    sdk = track(anthropic.Anthropic(api_key=KEY, base_url=server.url, max_retries=0))
    ours = _ours(server, "legacy")
    before = len(server.requests)
    sdk.beta.messages.create(**BASE, betas=["b1"])
    ours.beta.messages.create(**BASE, betas=["b1"])
    theirs, mine = server.requests[before:]
    sdk_only = set(theirs.headers) - set(mine.headers)
    assert sdk_only and all(name.startswith("x-stainless-") for name in sdk_only)
    shared = {"x-api-key", "anthropic-version", "content-type", "anthropic-beta", "accept"}
    assert shared <= set(_wire(mine)["headers"])


def test_bodies_are_json_objects_not_reencoded_text(server: LoopbackServer) -> None:
    """Sanity of the recorder itself: bodies parse, GETs have none."""
    ours = _ours(server, "current")
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
