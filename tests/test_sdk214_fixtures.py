"""The recorded streams and exchanges shipped with anthropic 2.14.0 (its sdist's tests), decoded by
our types: no known type left as Unknown, no field dropped, and every reply goes back as the next
turn (``to_param``) unchanged and typed. The request bodies the SDK sent decode strictly.

Files: tests/fixtures/sdk-2.14/ (copied from the sdist's tests/lib/streaming/fixtures,
tests/fixtures/fable-fallback and tests/lib/tools/__inline_snapshot__; recorded by the SDK's
authors against the real API or written to its shape).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import msgspec
import pytest
from fidelity import dropped, unknowns

import msgtypes
from msgtypes._sse import iter_sse
from msgtypes.streaming import MessageAccumulator

ROOT = Path(__file__).parent / "fixtures" / "sdk-2.14"
STREAMS = sorted((ROOT / "streams").iterdir())
EXCHANGES = sorted((ROOT / "exchanges").glob("*.json"))
#: Streams that test the SDK's handling of event types nobody knows (kept as Unknown by design).
UNKNOWN_EVENTS = {"unknown_events_response.txt"}
#: Streams whose tool input JSON is cut or broken on purpose (the accumulator refuses them).
BROKEN_INPUT = {"incomplete_partial_json_response.txt", "tool_use_invalid_json_response.txt"}


def assert_next_turn_is_typed_and_unchanged(message: msgtypes.Message) -> None:
    turn = message.to_param()
    assert isinstance(turn.content, list)
    for block, param in zip(message.content, turn.content, strict=True):
        assert not isinstance(param, msgtypes.Unknown), block
        assert msgspec.json.decode(msgtypes.encode(param)) == msgspec.json.decode(
            msgtypes.encode(block)
        )
    again = msgtypes.decode(msgtypes.encode(turn), type=msgtypes.MessageParam)
    assert again == turn


def test_fixtures_present() -> None:
    assert len(STREAMS) >= 19 and len(EXCHANGES) >= 9


@pytest.mark.parametrize("path", STREAMS, ids=lambda p: p.name)
def test_stream_events_are_typed_and_complete(path: Path) -> None:
    for sse in iter_sse([path.read_bytes().rstrip(b"\n") + b"\n\n"]):
        event = msgtypes.decode(sse.data, type=msgtypes.MessageStreamEvent)
        raw = msgspec.json.decode(sse.data)
        if path.name in UNKNOWN_EVENTS and isinstance(event, msgtypes.Unknown):
            assert event == raw  # kept exactly as sent
            continue
        assert unknowns(event) == [], sse.data
        assert dropped(raw, event) == [], sse.data


@pytest.mark.parametrize(
    "path",
    [p for p in STREAMS if p.name not in BROKEN_INPUT | UNKNOWN_EVENTS],  # the latter: out of order
    ids=lambda p: p.name,
)
def test_streamed_reply_becomes_the_next_turn(path: Path) -> None:
    acc = MessageAccumulator()
    for sse in iter_sse([path.read_bytes().rstrip(b"\n") + b"\n\n"]):
        acc.add(msgtypes.decode(sse.data, type=msgtypes.MessageStreamEvent))
    message = acc.snapshot()
    assert unknowns(message) == []
    assert_next_turn_is_typed_and_unchanged(message)


def _exchanges() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for path in EXCHANGES:
        for i, exchange in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            found.append((f"{path.stem[:8]}-{i}", exchange))
    return found


@pytest.mark.parametrize(
    ("name", "exchange"), _exchanges(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_recorded_exchange(name: str, exchange: dict[str, Any]) -> None:
    body = exchange["request"]["body"]
    params = msgtypes.convert(body, type=msgtypes.MessageCreateParams)
    assert msgspec.json.decode(msgtypes.encode(params)) == body
    response = exchange["response"]["body"]
    if isinstance(response, dict):
        message = msgtypes.decode(json.dumps(response), type=msgtypes.Message)
    else:
        acc = MessageAccumulator()
        for sse in iter_sse([response.encode()]):
            acc.add(msgtypes.decode(sse.data, type=msgtypes.MessageStreamEvent))
        message = acc.message
    assert unknowns(message) == []
    if isinstance(response, dict):
        assert dropped(response, message) == []
    assert_next_turn_is_typed_and_unchanged(message)
