"""Every recorded API stream decodes event by event into the typed events (issue: types)."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest
from fidelity import dropped, unknowns

import msgtypes
from msgtypes._sse import iter_sse

FIXTURES = Path(__file__).parent / "fixtures" / "sdk-streams"
STREAMS = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".sse"))


def _events(path: Path) -> list[object]:
    return [
        msgtypes.decode(sse.data, type=msgtypes.MessageStreamEvent)
        for sse in iter_sse([path.read_bytes()])
    ]


def test_fixtures_present() -> None:
    assert len(STREAMS) >= 9


@pytest.mark.parametrize("path", STREAMS, ids=lambda p: p.name)
def test_stream_decodes_event_by_event(path: Path) -> None:
    events = _events(path)
    assert isinstance(events[0], msgtypes.RawMessageStartEvent)
    for event in events:
        # Every event re-encodes to JSON that decodes to the same value.
        assert msgtypes.decode(msgtypes.encode(event), type=msgtypes.MessageStreamEvent) == event


def test_compaction_block_and_delta_are_typed() -> None:
    events = _events(FIXTURES / "compaction_response.txt")
    start = events[1]
    assert isinstance(start, msgtypes.RawContentBlockStartEvent)
    assert isinstance(start.content_block, msgtypes.CompactionBlock)
    delta = events[3]
    assert isinstance(delta, msgtypes.RawContentBlockDeltaEvent)
    assert isinstance(delta.delta, msgtypes.CompactionContentBlockDelta)
    assert delta.delta.content == "Earlier conversation summarized."


def test_fallback_block_is_typed() -> None:
    events = _events(FIXTURES / "fallback_response.txt")
    start = events[1]
    assert isinstance(start, msgtypes.RawContentBlockStartEvent)
    block = start.content_block
    assert isinstance(block, msgtypes.FallbackBlock)
    assert block.to.model == "claude-sonnet-4-5"
    assert isinstance(block.trigger, msgtypes.FallbackRefusalTrigger)


@pytest.mark.parametrize("path", STREAMS, ids=lambda p: p.name)
def test_no_known_type_left_unknown_and_no_field_dropped(path: Path) -> None:
    for sse in iter_sse([path.read_bytes()]):
        event = msgtypes.decode(sse.data, type=msgtypes.MessageStreamEvent)
        assert unknowns(event) == [], sse.data
        assert dropped(msgspec.json.decode(sse.data), event) == [], sse.data


def test_refusal_stop_reason_decodes() -> None:
    events = _events(FIXTURES / "stream-a-toolrefusal.sse")
    deltas = [e for e in events if isinstance(e, msgtypes.RawMessageDeltaEvent)]
    assert deltas and deltas[-1].delta.stop_reason == "refusal"


def test_ping_is_an_event() -> None:
    events = _events(FIXTURES / "basic_response.txt")
    assert any(isinstance(e, msgtypes.PingEvent) for e in events)


def test_stream_event_union_rejects_garbage() -> None:
    with pytest.raises(msgspec.ValidationError):
        msgtypes.decode(
            b'{"type":"content_block_delta","index":"zero"}', type=msgtypes.MessageStreamEvent
        )
