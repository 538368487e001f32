"""Today's response fields reach the user through every way of calling: a refusal's
``stop_details``, per-hop ``usage.iterations``, ``usage.fallback_credit`` and the ``fallback`` /
``compaction`` blocks, from a plain ``create``, a streamed ``create``, ``messages.stream`` (the
accumulated message) and ``with_raw_response``. The streams are the recordings shipped with
anthropic 2.14.0 (tests/fixtures/sdk-2.14/streams), replayed by a loopback server.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec
import pytest
from transport_server import LoopbackServer, Reply, Script, serve, track

import msgtypes
from msgtypes import Client

STREAMS = Path(__file__).resolve().parents[1] / "fixtures" / "sdk-2.14" / "streams"
KEY = "sk-ant-new-fields-0123456789"
PARAMS: dict[str, Any] = {
    "model": "claude-opus-4-8",
    "max_tokens": 64,
    "messages": [{"role": "user", "content": "Hi"}],
}


def _stream(name: str) -> bytes:
    # the recordings pad some lines with spaces after the JSON; the API's own lines end at "}"
    lines = [line.rstrip() for line in (STREAMS / name).read_bytes().splitlines()]
    return b"\n".join(lines)


def _final(name: str) -> dict[str, Any]:
    """The message a stream describes, assembled by hand from its start and its last delta."""
    events = [
        msgspec.json.decode(line.removeprefix(b"data: "))
        for line in _stream(name).splitlines()
        if line.startswith(b"data: ")
    ]
    message = dict(next(e for e in events if e["type"] == "message_start")["message"])
    delta = next(e for e in reversed(events) if e["type"] == "message_delta")
    message.update(delta["delta"])
    message["usage"] = {**message["usage"], **delta["usage"]}
    message["content"] = [e["content_block"] for e in events if e["type"] == "content_block_start"]
    return message


def _decoded(name: str) -> msgtypes.Message:
    return msgtypes.decode(msgspec.json.encode(_final(name)), type=msgtypes.Message)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with serve(lambda _r, _b: Reply()) as srv:
        yield srv


def _client(server: LoopbackServer, reply: Reply) -> Client:
    server.handler = Script(reply)
    return track(Client(api_key=KEY, base_url=server.url, max_retries=0))


def test_a_refusal_keeps_its_stop_details_in_every_form(server: LoopbackServer) -> None:
    name = "stream-a-refusal.sse"
    expected = _decoded(name).stop_details
    assert expected is not None
    c = _client(server, Reply.sse(_stream(name)))
    with c.messages.stream(**PARAMS) as stream:
        streamed = stream.get_final_message()
    events = list(c.messages.create(**PARAMS, stream=True))
    as_json = _client(server, Reply.json(_final(name))).messages.create(**PARAMS)
    raw = c.messages.with_raw_response.create(**PARAMS).parse()
    for message in (streamed, as_json, raw):
        assert message.stop_reason == "refusal"
        details = message.stop_details
        assert isinstance(details, msgtypes.RefusalStopDetails)
        assert details == expected
        assert details.fallback_credit_token == "tok_synthetic_fixture_a"
        assert details.fallback_has_prefill_claim is True
    delta = next(e for e in events if isinstance(e, msgtypes.RawMessageDeltaEvent))
    assert delta.delta.stop_details == streamed.stop_details


@pytest.mark.parametrize(
    ("name", "field"),
    [
        ("stream-a-refusal.sse", "iterations"),
        ("stream-b-fallback.sse", "iterations"),
        ("fallback_credit_response.txt", "fallback_credit"),
        ("stream-b-fallback.sse", "output_tokens_details"),
    ],
)
def test_end_of_turn_usage_is_accumulated(server: LoopbackServer, name: str, field: str) -> None:
    """Usage the API sends only in the final ``message_delta`` is in the streamed message."""
    c = _client(server, Reply.sse(_stream(name)))
    with c.messages.stream(**PARAMS) as stream:
        message = stream.get_final_message()
    got = getattr(message.usage, field)
    assert got is not None  # the fixture has it, so the comparison says something
    assert got == getattr(_decoded(name).usage, field)


@pytest.mark.parametrize(
    ("name", "block"),
    [
        ("fallback_response.txt", msgtypes.FallbackBlock),
        ("compaction_response.txt", msgtypes.CompactionBlock),
    ],
)
def test_new_blocks_arrive_typed(server: LoopbackServer, name: str, block: type) -> None:
    c = _client(server, Reply.sse(_stream(name)))
    with c.beta.messages.stream(**PARAMS) as stream:
        message = stream.get_final_message()
    assert isinstance(message.content[0], block)
    if block is msgtypes.CompactionBlock:
        assert message.content[0].content == "Earlier conversation summarized."  # type: ignore[union-attr]
    else:
        assert message.content[0].to.model == "claude-sonnet-4-5"  # type: ignore[union-attr]
    assert message.content[1].text == "Hello there!"  # type: ignore[union-attr]
