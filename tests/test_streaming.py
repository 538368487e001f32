"""iter_events / aiter_events: typed events out of SSE bytes (issue: fast decoding)."""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator, Iterable
from pathlib import Path
from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import msgtypes
from msgtypes._sse import iter_sse
from msgtypes.streaming import StreamDecodeError, aiter_events, iter_events

FIXTURES = Path(__file__).parent / "fixtures" / "sdk-streams"
# The .txt recordings stop right after the last data line; a live stream closes every event with
# a blank line, and without it the standard drops the event (tested below).
STREAMS = {
    p.name: p.read_bytes().rstrip(b"\n") + b"\n\n"
    for p in sorted([*FIXTURES.glob("*.txt"), *FIXTURES.glob("*.sse")])
}
BOM = b"\xef\xbb\xbf"


def events(chunks: Iterable[bytes]) -> list[Any]:
    return list(iter_events(chunks))


def reference(stream: bytes) -> list[Any]:
    """What the rules say, built on the plain SSE decoder: pings skipped, data decoded."""
    out = []
    for sse in iter_sse([stream]):
        if sse.event == "ping":
            continue
        event = msgtypes.decode(sse.data, type=msgtypes.MessageStreamEvent)
        if not isinstance(event, msgtypes.PingEvent):
            out.append(event)
    return out


def split_at(data: bytes, cuts: Iterable[int]) -> list[bytes]:
    points = [0, *sorted(cuts), len(data)]
    return [data[a:b] for a, b in itertools.pairwise(points)]


def sse(name: str, data: dict[str, Any] | str) -> bytes:
    body = data if isinstance(data, str) else json.dumps(data, separators=(",", ":"))
    return f"event: {name}\ndata: {body}\n\n".encode()


START = sse(
    "message_start",
    {
        "type": "message_start",
        "message": {
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "model": "claude-sonnet-4-5",
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 3, "output_tokens": 1},
        },
    },
)
BLOCK = sse(
    "content_block_start",
    {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
)


def text(piece: str) -> bytes:
    return sse(
        "content_block_delta",
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": piece}},
    )


STOP = sse("message_stop", {"type": "message_stop"})
PING = sse("ping", {"type": "ping"})


# -- recorded streams ------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(STREAMS))
def test_fixture_events_are_typed_and_pings_skipped(name: str) -> None:
    stream = STREAMS[name]
    got = events([stream])
    assert got == reference(stream)
    assert isinstance(got[0], msgtypes.RawMessageStartEvent)
    assert isinstance(got[-1], msgtypes.RawMessageStopEvent)
    assert not any(isinstance(e, msgtypes.PingEvent) for e in got)
    pings = stream.count(b"event: ping")
    assert len(got) == stream.count(b"\n\n") - pings


@pytest.mark.parametrize("name", sorted(STREAMS))
def test_fixture_split_at_every_byte_offset(name: str) -> None:
    stream = STREAMS[name]
    expected = events([stream])
    for cut in range(len(stream) + 1):
        assert events([stream[:cut], stream[cut:]]) == expected, cut
    assert events(stream[i : i + 1] for i in range(len(stream))) == expected


@pytest.mark.parametrize("eol", [b"\r\n", b"\r"], ids=["crlf", "cr"])
@pytest.mark.parametrize("name", ["basic_response.txt", "stream-a-refusal.sse"])
def test_fixture_other_line_ends_split_everywhere(name: str, eol: bytes) -> None:
    stream = STREAMS[name]
    expected = events([stream])
    variant = stream.replace(b"\n", eol)
    for cut in range(len(variant) + 1):
        assert events([variant[:cut], variant[cut:]]) == expected, cut


def test_utf8_character_split_across_chunks() -> None:
    stream = STREAMS["stream-a-refusal.sse"]
    dash = stream.index("—".encode())  # three bytes
    for cut in (dash + 1, dash + 2):
        assert events([stream[:cut], stream[cut:]]) == events([stream])
    thinking = [e for e in events([stream]) if isinstance(e, msgtypes.RawContentBlockDeltaEvent)]
    assert any("—" in getattr(e.delta, "thinking", "") for e in thinking)


def test_unterminated_last_event_is_incomplete() -> None:
    raw = (FIXTURES / "basic_response.txt").read_bytes()
    assert not raw.endswith(b"\n\n")
    got: list[Any] = []
    with pytest.raises(msgtypes.IncompleteStreamError, match="middle of an event"):
        got.extend(iter_events([raw]))
    assert got == events([STREAMS["basic_response.txt"]])[:-1]


def test_compaction_block_and_delta_are_typed() -> None:
    got = events([STREAMS["compaction_response.txt"]])
    start, delta = got[1], got[2]
    assert isinstance(start, msgtypes.RawContentBlockStartEvent)
    assert isinstance(start.content_block, msgtypes.CompactionBlock)
    assert isinstance(delta, msgtypes.RawContentBlockDeltaEvent)
    assert isinstance(delta.delta, msgtypes.CompactionContentBlockDelta)
    assert delta.delta.encrypted_content is not None
    assert delta.delta.encrypted_content.startswith("EpwB")


def test_newer_types_are_kept() -> None:
    future = sse(
        "content_block_start",
        {"type": "content_block_start", "index": 0, "content_block": {"type": "hologram", "a": 1}},
    )
    got = events([START, future, STOP])
    start = got[1]
    assert isinstance(start, msgtypes.RawContentBlockStartEvent)
    assert start.content_block == msgtypes.Unknown({"type": "hologram", "a": 1})


def test_unknown_event_type_is_yielded_as_unknown() -> None:
    odd = sse("thought_bubble", {"type": "thought_bubble", "mood": "curious"})
    got = events([START, odd, STOP])
    assert got[1] == msgtypes.Unknown({"type": "thought_bubble", "mood": "curious"})


# -- the SSE rules, with the fast path checked against the plain decoder -----------------------


def test_several_events_per_chunk_and_one_event_over_many() -> None:
    stream = START + BLOCK + PING + text("a") + text("b") + STOP
    expected = reference(stream)
    assert events([stream]) == expected
    assert events([START + BLOCK, PING + text("a"), text("b") + STOP]) == expected
    assert len(expected) == 5


def test_comments_ids_retry_and_multiline_data() -> None:
    stream = (
        START
        + b": keep-alive comment\n\n"
        + b"id: 7\nretry: 100\n"
        + BLOCK
        + b'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,\n'
        + b'data: "delta":{"type":"text_delta","text":"hi"}}\n\n'
        + b"\n\n\n"
        + b'data: {"type":"message_stop"}\n\n'
    )
    got = events([stream])
    assert got == reference(stream)
    assert [type(e).__name__ for e in got] == [
        "RawMessageStartEvent",
        "RawContentBlockStartEvent",
        "RawContentBlockDeltaEvent",
        "RawMessageStopEvent",
    ]
    for cut in range(len(stream) + 1):
        assert events([stream[:cut], stream[cut:]]) == got, cut


def test_bom_is_skipped_even_split() -> None:
    stream = BOM + START + STOP
    expected = events([START + STOP])
    for cut in range(6):
        assert events([stream[:cut], stream[cut:]]) == expected
    assert events([stream[i : i + 1] for i in range(len(stream))]) == expected


# Building blocks of arbitrary (valid) streams: the API's own shape and every unusual form.
_PIECES = [
    BLOCK,
    text("x"),
    text("é—"),
    PING,
    b": comment\n\n",
    b"\n",
    b"id: 12\n",
    b"retry: 3000\n",
    b"event:content_block_delta\n"
    + b'data:{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"y"}}\n\n',
    b'data: {"type":"content_block_stop","index":0}\n\n',
    b'event: content_block_delta\ndata: {"type":"content_block_delta",\n'
    + b'data:  "index":0,"delta":{"type":"text_delta","text":"z"}}\n\n',
    b"event: ignored-name\nunknown-field: 1\n"
    + b'data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"w"}}\n\n',
    # Mixed line ends inside one event: a lone CR ends a line too.
    b'event: content_block_stop\ndata: {"type":"content_block_stop",\rdata: "index":0}\n\n',
    b'event: ping\rx: 1\ndata: {"type":"content_block_stop","index":0}\n\n',
]


@st.composite
def streams(draw: st.DrawFn) -> tuple[bytes, list[bytes]]:
    pieces = draw(st.lists(st.sampled_from(_PIECES), max_size=12))
    eol = draw(st.sampled_from([b"\n", b"\n", b"\r\n", b"\r"]))
    parts = [draw(st.sampled_from([b"", BOM])), START, *pieces, STOP]
    parts = [part.replace(b"\n", eol) for part in parts]
    stream = b"".join(parts)
    if draw(st.booleans()):
        return stream, parts  # chunks aligned with events, as the API flushes them
    cuts = draw(st.lists(st.integers(0, len(stream)), max_size=12))
    return stream, split_at(stream, cuts)


@settings(max_examples=300, deadline=None)
@given(streams())
def test_any_stream_any_chunking_matches_the_plain_decoder(case: tuple[bytes, list[bytes]]) -> None:
    stream, chunks = case
    assert events(chunks) == reference(stream)


# -- errors and truncation --------------------------------------------------------------------

OVERLOADED = sse(
    "error",
    {
        "type": "error",
        "error": {"type": "overloaded_error", "message": "Overloaded"},
        "request_id": "req_9",
    },
)


@pytest.mark.parametrize("split", [False, True])
def test_error_event_raises_typed_error_after_earlier_events(split: bool) -> None:
    stream = START + BLOCK + text("partial") + OVERLOADED + STOP
    chunks = [stream[i : i + 7] for i in range(0, len(stream), 7)] if split else [stream]
    got: list[Any] = []
    with pytest.raises(msgtypes.OverloadedError) as info:
        got.extend(iter_events(chunks))
    assert len(got) == 3
    err = info.value
    assert err.in_stream and err.status_code == 529
    assert err.error_type == "overloaded_error"
    assert err.message == "Overloaded" and err.request_id == "req_9"
    assert isinstance(err.body, msgtypes.ErrorResponse)


@pytest.mark.parametrize(
    ("kind", "cls"),
    [
        ("rate_limit_error", msgtypes.RateLimitError),
        ("api_error", msgtypes.InternalServerError),
        ("invalid_request_error", msgtypes.BadRequestError),
        ("brand_new_error", msgtypes.APIStatusError),
    ],
)
def test_error_types_map_to_exceptions(kind: str, cls: type[Exception]) -> None:
    body = {"type": "error", "error": {"type": kind, "message": "m"}}
    with pytest.raises(cls):
        events([START, sse("error", body)])


def test_error_body_without_event_name_still_raises() -> None:
    body = {"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}
    stream = START + b"data: " + json.dumps(body).encode() + b"\n\n"
    with pytest.raises(msgtypes.OverloadedError, match="busy"):
        events([stream])


def test_undecodable_error_event_still_raises() -> None:
    with pytest.raises(msgtypes.APIStatusError, match="upstream exploded"):
        events([START, b"event: error\ndata: upstream exploded\n\n"])


def test_every_cut_before_message_stop_is_reported() -> None:
    stream = STREAMS["tool_use_response.txt"]
    full = events([stream])
    stop_start = stream.rindex(b"event: message_stop")
    for cut in range(0, len(stream) - 1):
        got: list[Any] = []
        with pytest.raises(msgtypes.IncompleteStreamError):
            got.extend(iter_events([stream[:cut]]))
        assert got == full[: len(got)]
        if cut < stop_start:
            assert not any(isinstance(e, msgtypes.RawMessageStopEvent) for e in got)


def test_empty_stream_is_incomplete() -> None:
    with pytest.raises(msgtypes.IncompleteStreamError, match="empty"):
        events([])
    with pytest.raises(msgtypes.IncompleteStreamError):
        events([b"", PING])


def test_incomplete_stream_is_a_connection_error() -> None:
    with pytest.raises(msgtypes.APIConnectionError, match="content_block_delta"):
        events([START, BLOCK, text("cut")])


def test_malformed_data_raises_stream_decode_error() -> None:
    with pytest.raises(StreamDecodeError) as info:
        events([START, b"event: content_block_delta\ndata: {not json\n\n", STOP])
    assert info.value.name == "content_block_delta"
    assert info.value.data == b"{not json"
    with pytest.raises(StreamDecodeError):
        events([START, sse("content_block_delta", {"type": "content_block_delta"}), STOP])


def test_data_without_type_takes_the_event_name() -> None:
    got = events([START, b'event: content_block_stop\ndata: {"index":0}\n\n', STOP])
    assert got[1] == msgtypes.RawContentBlockStopEvent(index=0)


# -- async twin --------------------------------------------------------------------------------


async def agen(chunks: Iterable[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


async def aevents(chunks: Iterable[bytes]) -> list[Any]:
    return [event async for event in aiter_events(agen(chunks))]


@pytest.mark.parametrize("name", sorted(STREAMS))
async def test_async_matches_sync_at_every_split(name: str) -> None:
    stream = STREAMS[name]
    expected = events([stream])
    for cut in range(0, len(stream) + 1, 7):
        assert await aevents([stream[:cut], stream[cut:]]) == expected


async def test_async_error_and_truncation() -> None:
    got: list[Any] = []
    with pytest.raises(msgtypes.OverloadedError):
        async for event in aiter_events(agen([START, BLOCK, OVERLOADED, STOP])):
            got.append(event)
    assert len(got) == 2
    with pytest.raises(msgtypes.IncompleteStreamError):
        await aevents([START, BLOCK, text("a")[:-1]])


async def test_async_bom_crlf_and_multiline() -> None:
    stream = (BOM + START + BLOCK + text("x") + STOP).replace(b"\n", b"\r\n")
    assert await aevents([stream[i : i + 5] for i in range(0, len(stream), 5)]) == reference(stream)


def test_decoded_events_match_strict_decode() -> None:
    """The fast path decodes exactly what the strict decoder gives."""
    stream = STREAMS["stream-a-toolrefusal.sse"]
    plain = [s for s in iter_sse([stream]) if s.event != "ping"]
    for got, sse_event in zip(events([stream]), plain, strict=True):
        assert got == msgspec.json.decode(sse_event.data, type=msgtypes.MessageStreamEvent)


# -- hostile input (issue 9) ------------------------------------------------------------------


def until_error(chunks: Iterable[bytes], **kwargs: Any) -> tuple[list[Any], BaseException | None]:
    """The events delivered, and the exception that ended the stream (None if it ended well)."""
    got: list[Any] = []
    try:
        for event in iter_events(chunks, **kwargs):
            got.append(event)
    except Exception as exc:
        return got, exc
    return got, None


async def auntil_error(
    chunks: Iterable[bytes], **kwargs: Any
) -> tuple[list[Any], BaseException | None]:
    got: list[Any] = []
    try:
        async for event in aiter_events(agen(chunks), **kwargs):
            got.append(event)
    except Exception as exc:
        return got, exc
    return got, None


BAD = b"event: content_block_delta\ndata: {not json\n\n"


@pytest.mark.parametrize("eol", [b"\n", b"\r\n"])
async def test_events_before_an_undecodable_one_in_the_same_chunk_are_delivered(eol: bytes) -> None:
    stream = (START + BLOCK + text("a") + text("b") + BAD + STOP).replace(b"\n", eol)
    good = events([(START + BLOCK + text("a") + text("b")).replace(b"\n", eol), STOP])[:4]
    cases = [[stream], [START.replace(b"\n", eol), stream[len(START.replace(b"\n", eol)) :]]]
    cases += [split_at(stream, [cut]) for cut in range(0, len(stream) + 1, 3)]
    for chunks in cases:
        for got, error in (until_error(chunks), await auntil_error(chunks)):
            assert got == good
            assert isinstance(error, StreamDecodeError) and error.data == b"{not json"


def test_events_before_an_undecodable_one_of_unusual_shape_are_delivered() -> None:
    odd = b": comment\nevent: content_block_delta\ndata: {not\ndata: json\n\n"
    got, error = until_error([START + BLOCK + text("a") + odd + STOP])
    assert len(got) == 3 and isinstance(error, StreamDecodeError)


def big_text(size: int) -> bytes:
    """A text delta event whose block (lines without the closing blank line) is ``size`` bytes."""
    event = text("")
    return text("x" * (size - (len(event) - 2)))


@pytest.mark.parametrize("eol", [b"\n", b"\r\n", b"\r"])
async def test_event_over_max_event_bytes_raises_after_the_events_before_it(eol: bytes) -> None:
    limit = 300
    for size, fits in [(limit, True), (limit + 1, False)]:
        stream = (START + BLOCK + text("a") + big_text(size) + text("b") + STOP).replace(b"\n", eol)
        want, _ = until_error([stream], max_event_bytes=None)
        assert len(want) == 6
        for chunks in [[stream], *[split_at(stream, [c]) for c in range(0, len(stream) + 1, 17)]]:
            for got, error in (
                until_error(chunks, max_event_bytes=limit),
                await auntil_error(chunks, max_event_bytes=limit),
            ):
                if fits:
                    assert (got, error) == (want, None)
                else:
                    assert got == want[:3]
                    assert isinstance(error, msgtypes.EventTooLargeError) and error.limit == limit


def test_event_at_the_bound_fits_wherever_the_chunks_end() -> None:
    limit = 300
    stream = START + big_text(limit) + STOP
    want, _ = until_error([stream], max_event_bytes=None)
    end = len(START) + limit
    for a, b in itertools.combinations(range(end - 2, end + 4), 2):
        chunks = [stream[:a], stream[a:b], stream[b:]]
        assert until_error(chunks, max_event_bytes=limit) == (want, None), (a, b)


def test_an_endless_event_is_not_buffered_past_the_bound() -> None:
    def endless() -> Iterable[bytes]:
        yield START
        yield b"event: content_block_delta\ndata: "
        while True:
            yield b"x" * 1000

    got, error = until_error(endless(), max_event_bytes=100_000)
    assert len(got) == 1 and isinstance(error, msgtypes.EventTooLargeError)
    got, error = until_error([START, b": " + b"x" * 3000], max_event_bytes=2000)
    assert len(got) == 1 and isinstance(error, msgtypes.EventTooLargeError)


def test_default_event_bound() -> None:
    assert msgtypes.streaming.MAX_EVENT_BYTES == 64 << 20
    got, error = until_error([START, b"data: " + b"x" * (64 << 20) + b"\n\n"])
    assert len(got) == 1 and isinstance(error, msgtypes.EventTooLargeError)
