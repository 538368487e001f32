from __future__ import annotations

import itertools
import re
from collections.abc import AsyncIterator, Iterable
from pathlib import Path

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import msgtypes
from msgtypes._sse import ServerSentEvent, SSEDecoder, aiter_sse, iter_sse

FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "sdk-streams"
if not FIXTURES.is_dir():  # CI clones main with shared/ beside it
    FIXTURES = Path("/work/shared/fixtures/sdk-streams")
STREAM_FILES = sorted([*FIXTURES.glob("*.txt"), *FIXTURES.glob("*.sse")])
STREAMS = {p.name: p.read_bytes() for p in STREAM_FILES}
BOM = b"\xef\xbb\xbf"


# -- a deliberately naive reference implementation of the standard ---------------------------


def reference(stream: bytes) -> tuple[list[ServerSentEvent], bool]:
    """Whole-stream, line-by-line reading of the WHATWG rules; returns (events, truncated)."""
    if stream.startswith(BOM):
        stream = stream[3:]
    lines = re.split(rb"\r\n|\r|\n", stream)
    tail = lines.pop()  # bytes after the last line end: not a line
    events: list[ServerSentEvent] = []
    data: list[bytes] = []
    event = b""
    has_event = False
    retry: int | None = None
    last_id: str | None = None
    for line in lines:
        if not line:
            if data:
                name = event.decode("utf-8", "replace") or "message"
                events.append(ServerSentEvent(name, b"\n".join(data), last_id, retry))
            data, event, has_event, retry = [], b"", False, None
            continue
        if line.startswith(b":"):
            continue
        field, colon, value = line.partition(b":")
        if colon and value.startswith(b" "):
            value = value[1:]
        if field == b"data":
            data.append(value)
        elif field == b"event":
            event, has_event = value, True
        elif field == b"id" and b"\0" not in value:
            last_id = value.decode("utf-8", "replace")
        elif field == b"retry" and value.isdigit():
            retry = int(value)
    return events, bool(tail) or bool(data) or has_event


def decode(chunks: Iterable[bytes]) -> tuple[list[ServerSentEvent], bool]:
    dec = SSEDecoder()
    events: list[ServerSentEvent] = []
    for chunk in chunks:
        events.extend(dec.feed(chunk))
    events.extend(dec.close())
    return events, dec.truncated


def split_at(data: bytes, cuts: Iterable[int]) -> list[bytes]:
    points = [0, *sorted(cuts), len(data)]
    return [data[a:b] for a, b in itertools.pairwise(points)]


def with_line_ends(stream: bytes, eol: bytes) -> bytes:
    return stream.replace(b"\n", eol)


def terminated(stream: bytes) -> bytes:
    """The stream with its last event closed by a blank line."""
    return stream.rstrip(b"\n") + b"\n\n"


@st.composite
def chunkings(draw: st.DrawFn, data: bytes) -> list[bytes]:
    cuts = draw(st.lists(st.integers(0, len(data)), max_size=40))
    return split_at(data, cuts)


# -- recorded streams ------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(STREAMS))
def test_fixture_matches_reference_and_payload_types(name: str) -> None:
    stream = STREAMS[name]
    events, truncated = decode([stream])
    assert (events, truncated) == reference(stream)
    assert len(events) >= 4
    assert events[0].event == "message_start"
    for ev in events:
        assert isinstance(ev.data, bytes)
        assert msgspec.json.decode(ev.data)["type"] == ev.event
        assert ev.id is None and ev.retry is None


@pytest.mark.parametrize("name", sorted(STREAMS))
def test_fixture_final_event_needs_blank_line(name: str) -> None:
    stream = STREAMS[name]
    events, truncated = decode([stream])
    closed, closed_truncated = decode([terminated(stream)])
    assert not closed_truncated
    assert closed[-1].event == "message_stop"
    if stream.endswith(b"\n\n"):
        assert not truncated and events == closed
    else:
        # The .txt recordings stop right after the last data line: per the standard the final
        # event is dropped, and the decoder reports it.
        assert truncated and events == closed[:-1]


@pytest.mark.parametrize("name", sorted(STREAMS))
def test_fixture_byte_by_byte_and_every_two_way_split(name: str) -> None:
    stream = STREAMS[name]
    expected = decode([stream])
    assert decode(stream[i : i + 1] for i in range(len(stream))) == expected
    for cut in range(len(stream) + 1):
        assert decode([stream[:cut], stream[cut:]]) == expected, cut


@pytest.mark.parametrize("eol", [b"\r\n", b"\r"], ids=["crlf", "cr"])
@pytest.mark.parametrize("name", sorted(STREAMS))
def test_fixture_line_end_variants_give_same_events(name: str, eol: bytes) -> None:
    stream = STREAMS[name]
    expected = decode([stream])
    variant = with_line_ends(stream, eol)
    assert decode([variant]) == expected
    for cut in range(len(variant) + 1):
        assert decode([variant[:cut], variant[cut:]]) == expected, cut


@settings(max_examples=300, deadline=None)
@given(
    data=st.data(),
    name=st.sampled_from(sorted(STREAMS)),
    eol=st.sampled_from([b"\n", b"\r\n", b"\r"]),
)
def test_fixture_random_chunkings(data: st.DataObject, name: str, eol: bytes) -> None:
    stream = with_line_ends(STREAMS[name], eol)
    chunks = data.draw(chunkings(stream))
    assert decode(chunks) == decode([STREAMS[name]])


def test_against_official_sdk_decoder() -> None:
    from anthropic._streaming import SSEDecoder as SdkDecoder

    for stream in STREAMS.values():
        ours, _ = decode([stream])
        theirs = list(SdkDecoder().iter_bytes(iter([stream])))
        assert [(e.event, e.data.decode()) for e in ours] == [(e.event, e.data) for e in theirs]


# -- line ends -------------------------------------------------------------------------------


def test_crlf_split_across_chunks_is_one_line_end() -> None:
    events, truncated = decode([b"data: a\r", b"\ndata: b\r", b"\n\r", b"\n"])
    assert events == [ServerSentEvent("message", b"a\nb")]
    assert not truncated


def test_cr_at_chunk_end_followed_by_cr_is_two_line_ends() -> None:
    assert decode([b"data: a\r", b"\rdata: b\n\n"])[0] == [
        ServerSentEvent("message", b"a"),
        ServerSentEvent("message", b"b"),
    ]


def test_pending_cr_survives_empty_chunks() -> None:
    events, _ = decode([b"data: a\r", b"", b"", b"\n", b"\r\n"])
    assert events == [ServerSentEvent("message", b"a")]


def test_mixed_line_ends() -> None:
    events, _ = decode([b"event: x\r\ndata: 1\rdata: 2\n\r\ndata: 3\r\r"])
    assert events == [ServerSentEvent("x", b"1\n2"), ServerSentEvent("message", b"3")]


# -- BOM -------------------------------------------------------------------------------------


def test_leading_bom_is_skipped_even_when_split() -> None:
    stream = BOM + b"event: e\ndata: x\n\n"
    expected = [ServerSentEvent("e", b"x")]
    assert decode([stream])[0] == expected
    assert decode([stream[i : i + 1] for i in range(len(stream))])[0] == expected
    assert decode([b"", BOM[:2], b"", BOM[2:], b"event: e\ndata: x\n\n"])[0] == expected


def test_only_one_bom_is_skipped() -> None:
    # The second BOM becomes part of the field name, which is then unknown.
    assert decode([BOM + BOM + b"data: x\n\n"]) == ([], False)


def test_bom_later_in_stream_is_data() -> None:
    assert decode([b"data: " + BOM + b"\n\n"])[0] == [ServerSentEvent("message", BOM)]


def test_stream_of_partial_bom_is_truncated() -> None:
    assert decode([BOM[:2]]) == ([], True)
    assert decode([BOM]) == ([], False)


# -- fields ----------------------------------------------------------------------------------


def test_comments_are_ignored() -> None:
    stream = b": hello\n:\ndata: a\n: between\ndata: b\n\n: trailing\n"
    assert decode([stream]) == ([ServerSentEvent("message", b"a\nb")], False)


def test_field_without_colon_has_empty_value() -> None:
    assert decode([b"data\n\n"])[0] == [ServerSentEvent("message", b"")]
    assert decode([b"event\ndata: x\n\n"])[0] == [ServerSentEvent("message", b"x")]
    assert decode([b"data\ndata\n\n"])[0] == [ServerSentEvent("message", b"\n")]


def test_only_one_space_after_colon_is_stripped() -> None:
    events, _ = decode([b"data:x\n\ndata:  y\n\ndata:\tz\n\nevent:  n\ndata: a:b\n\n"])
    assert [(e.event, e.data) for e in events] == [
        ("message", b"x"),
        ("message", b" y"),
        ("message", b"\tz"),
        (" n", b"a:b"),
    ]


def test_multiline_data_is_joined_with_lf() -> None:
    events, _ = decode([b'event: multi\ndata: {\ndata: "a": 1\ndata: }\n\n'])
    assert events == [ServerSentEvent("multi", b'{\n"a": 1\n}')]
    assert msgspec.json.decode(events[0].data) == {"a": 1}


def test_empty_data_buffer_is_not_dispatched_and_event_name_resets() -> None:
    events, truncated = decode([b"event: lonely\n\ndata: x\n\n"])
    assert events == [ServerSentEvent("message", b"x")]
    assert not truncated


def test_blank_lines_in_a_row_dispatch_once() -> None:
    events, _ = decode([b"\n\n\ndata: a\n\n\n\n\ndata: b\n\n\n"])
    assert events == [ServerSentEvent("message", b"a"), ServerSentEvent("message", b"b")]


def test_empty_event_name_means_message() -> None:
    assert decode([b"event: \ndata: x\n\n"])[0] == [ServerSentEvent("message", b"x")]


def test_unknown_fields_are_ignored() -> None:
    stream = b"foo: bar\nDATA: no\nEvent: no\ndata: yes\nids: 3\n\n"
    assert decode([stream]) == ([ServerSentEvent("message", b"yes")], False)


def test_id_persists_and_nul_is_ignored() -> None:
    stream = (
        b"data: a\n\n"
        b"id: 1\ndata: b\n\n"
        b"data: c\n\n"
        b"id: 2\x003\ndata: d\n\n"
        b"id: 7\n\n"  # no data: not dispatched, but the id still applies
        b"data: e\n\n"
        b"id\ndata: f\n\n"  # empty id resets to ""
    )
    events, _ = decode([stream])
    assert [(e.data, e.id) for e in events] == [
        (b"a", None),
        (b"b", "1"),
        (b"c", "1"),
        (b"d", "1"),
        (b"e", "7"),
        (b"f", ""),
    ]


def test_retry_needs_ascii_digits_only() -> None:
    dec = SSEDecoder()
    events = dec.feed(
        b"retry: 1500\ndata: a\n\n"
        b"data: b\n\n"
        b"retry: 1a\ndata: c\n\n"
        b"retry: -1\ndata: d\n\n"
        b"retry:\ndata: e\n\n"
        b"retry: \xd9\xa3\ndata: f\n\n"  # ARABIC-INDIC DIGIT THREE is not ASCII
        b"retry:  9\ndata: g\n\n"
        b"retry: 0042\n\n"
    )
    assert [(e.data, e.retry) for e in events] == [
        (b"a", 1500),
        (b"b", None),
        (b"c", None),
        (b"d", None),
        (b"e", None),
        (b"f", None),
        (b"g", None),
    ]
    assert dec.retry == 42


def test_event_name_and_id_are_utf8_with_replacement() -> None:
    events, _ = decode([b"event: caf\xc3\xa9 \xff\nid: \xe2\x82\nretry: 5\ndata: x\n\n"])
    assert events == [ServerSentEvent("caf\u00e9 \ufffd", b"x", "\ufffd", 5)]


def test_data_stays_raw_bytes() -> None:
    events, _ = decode([b"data: \xff\xfe\n\n"])
    assert events[0].data == b"\xff\xfe"


def test_multibyte_utf8_split_at_every_offset() -> None:
    words = "h\u00e9llo \u20ac \U0001f600 \u65e5\u672c"
    text = '{"text":"' + words + '"}'
    stream = ("event: d\u00e9lta\ndata: " + text + "\n\n").encode()
    expected = [ServerSentEvent("d\u00e9lta", text.encode())]
    for cut in range(len(stream) + 1):
        for cut2 in range(cut, len(stream) + 1, 7):
            assert decode(split_at(stream, [cut, cut2]))[0] == expected
    assert msgspec.json.decode(expected[0].data)["text"] == words


# -- truncation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stream", "truncated"),
    [
        (b"", False),
        (b"data: a\n\n", False),
        (b"data: a\n\n: bye\n", False),
        (b"data: a\n\nid: 3\n", False),
        (b"data: a\n\nretry: 3\n", False),
        (b"data: a\n\ndata: b\n", True),
        (b"data: a\n\ndata: b", True),
        (b"data: a\n\nevent: x\n", True),
        (b"data: a\n\n: partial comment", True),
        (b"data: a\r\n\r\ndata: b\r\n", True),
        (b"data: a\r\r", False),
    ],
)
def test_truncation(stream: bytes, truncated: bool) -> None:
    events, got = decode([stream])
    assert got is truncated
    assert events == reference(stream)[0]
    assert all(e.data == b"a" for e in events)


def test_truncated_is_per_stream_and_state_survives_close() -> None:
    dec = SSEDecoder()
    assert dec.feed(b"id: 9\nretry: 10\ndata: a\n\ndata: cut") == [
        ServerSentEvent("message", b"a", "9", 10)
    ]
    assert dec.close() == []
    assert dec.truncated
    # A reconnected stream on the same decoder: BOM handling restarts, id and retry persist.
    assert dec.feed(BOM + b"data: b\n\n") == [ServerSentEvent("message", b"b", "9")]
    assert dec.close() == []
    assert not dec.truncated
    assert (dec.last_event_id, dec.retry) == ("9", 10)


# -- big inputs ------------------------------------------------------------------------------


def test_large_event_across_many_chunks() -> None:
    payload = b"[" + b",".join(b'"%d"' % i for i in range(40_000)) + b"]"
    lines = [payload[i : i + 5000] for i in range(0, len(payload), 5000)]
    stream = b"event: big\n" + b"".join(b"data: " + x + b"\n" for x in lines) + b"\n"
    stream += b"event: small\ndata: {}\n\n"
    chunks = split_at(stream, range(0, len(stream), 997))
    events, truncated = decode(chunks)
    assert not truncated
    assert [e.event for e in events] == ["big", "small"]
    assert events[0].data == b"\n".join(lines)
    single_line = b"data: " + payload + b"\n\n"
    events, _ = decode(split_at(single_line, range(0, len(single_line), 1000)))
    assert events == [ServerSentEvent("message", payload)]


def test_keepalive_comments_without_blank_lines_use_bounded_memory() -> None:
    dec = SSEDecoder()
    for _ in range(20_000):
        assert dec.feed(b": keep-alive ping\n") == []
    assert sum(len(p) for p in dec._parts) < 70_000
    assert dec.feed(b"data: x\n\n") == [ServerSentEvent("message", b"x")]


def test_data_lines_folded_before_the_blank_line_still_dispatch() -> None:
    dec = SSEDecoder()
    line = b"data: " + b"y" * 1000 + b"\n"
    out = [dec.feed(b"event: slow\n")]
    out += [dec.feed(line) for _ in range(200)]
    out.append(dec.feed(b"\n"))
    events = [e for batch in out for e in batch]
    assert events == [ServerSentEvent("slow", b"\n".join([b"y" * 1000] * 200))]


# -- convenience iterators -------------------------------------------------------------------


def test_iter_sse_exposes_truncation_through_decoder() -> None:
    stream = STREAMS["basic_response.txt"]
    dec = SSEDecoder()
    events = list(iter_sse([stream[:100], stream[100:]], decoder=dec))
    assert events == decode([stream])[0]
    assert dec.truncated
    assert list(iter_sse([terminated(stream)])) == decode([terminated(stream)])[0]


async def _agen(chunks: Iterable[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


@pytest.mark.parametrize("name", sorted(STREAMS))
async def test_aiter_sse_matches_sync(name: str) -> None:
    stream = STREAMS[name]
    chunks = split_at(stream, range(0, len(stream), 13))
    dec = SSEDecoder()
    events = [e async for e in aiter_sse(_agen(chunks), decoder=dec)]
    assert (events, dec.truncated) == decode([stream])
    assert [e async for e in aiter_sse(_agen(chunks))] == events


# -- properties ------------------------------------------------------------------------------

TOKENS = [
    b"data",
    b"event",
    b"id",
    b"retry",
    b":",
    b" ",
    b"  ",
    b"\n",
    b"\r",
    b"\r\n",
    b"\n\n",
    b"x",
    b"7",
    b"12",
    b"\x00",
    b"\xc3\xa9",
    b"\xe2\x82",
    b"\xff",
    BOM,
    b"{}",
    b"message",
]


@st.composite
def sse_like(draw: st.DrawFn) -> bytes:
    return b"".join(draw(st.lists(st.sampled_from(TOKENS), max_size=60)))


@settings(max_examples=500, deadline=None)
@given(data=st.data(), stream=sse_like())
def test_sse_like_streams_match_reference_under_any_chunking(
    data: st.DataObject, stream: bytes
) -> None:
    assert decode(data.draw(chunkings(stream))) == reference(stream)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), stream=st.binary(max_size=400))
def test_never_crashes_on_any_bytes(data: st.DataObject, stream: bytes) -> None:
    events, truncated = decode(data.draw(chunkings(stream)))
    assert (events, truncated) == reference(stream)
    assert all(isinstance(e.data, bytes) and isinstance(e.event, str) for e in events)


# -- the bound on one event (issue 9) ---------------------------------------------------------


def decode_bounded(
    chunks: Iterable[bytes], limit: int | None
) -> tuple[list[ServerSentEvent], BaseException | None]:
    got: list[ServerSentEvent] = []
    try:
        got.extend(iter_sse(chunks, max_event_bytes=limit))
    except Exception as exc:
        return got, exc
    return got, None


def many_lines(size: int) -> bytes:
    """An event block of exactly ``size`` bytes (lines joined by LF), in 60-byte data lines."""
    full = b"data: " + b"y" * 54
    count = (size - 60) // 61  # full lines, each with its LF; the last line takes the rest
    block = (full + b"\n") * count + b"data: " + b"y" * (size - 61 * count - 6)
    assert len(block) == size
    return block


@pytest.mark.parametrize("eol", [b"\n", b"\r\n", b"\r"])
@pytest.mark.parametrize("shape", ["one line", "many lines"])
def test_event_bound_is_exact_and_independent_of_chunking(eol: bytes, shape: str) -> None:
    limit = 150_000  # over the decoder's 64 KiB folding threshold
    before = b"event: a\ndata: 1\n\n: comment\n\n\n"
    for size, fits in [(limit, True), (limit + 1, False)]:
        block = b"data: " + b"z" * (size - 6) if shape == "one line" else many_lines(size)
        stream = (before + block + b"\n\ndata: after\n\n").replace(b"\n", eol)
        want, _ = decode_bounded([stream], None)
        assert len(want) == 3
        for step in (len(stream), 100_003, 4096, 997):
            chunks = [stream[i : i + step] for i in range(0, len(stream), step)]
            got, error = decode_bounded(chunks, limit)
            if fits:
                assert (got, error) == (want, None), step
            else:
                assert got == want[:1], step
                assert isinstance(error, msgtypes.EventTooLargeError), step


@pytest.mark.parametrize("eol", [b"\n", b"\r\n"])
def test_event_at_the_bound_fits_wherever_its_last_line_end_falls(eol: bytes) -> None:
    # The LF ending an event's last line is not part of its size, even when a chunk ends
    # right after it (the blank line still to come).
    # The last case is over the 64 KiB at which the decoder folds complete lines early.
    for limit, prefix in ((132, b""), (132, b"data: a\n"), (70_000, b"data: a\n" * 8000)):
        block = prefix + b"data: " + b"x" * (limit - len(prefix) - 6)
        stream = (block + b"\n\n").replace(b"\n", eol)
        end = len(block.replace(b"\n", eol))
        for a, b in itertools.combinations(range(end - 2, len(stream) + 1), 2):
            got, error = decode_bounded([stream[:a], stream[a:b], stream[b:]], limit)
            assert error is None and len(got) == 1, (a, b)


def test_partial_event_over_the_bound_stops_before_the_stream_ends() -> None:
    dec = SSEDecoder(max_event_bytes=1000)
    assert dec.max_event_bytes == 1000
    assert dec.feed(b"data: ok\n\n") == [ServerSentEvent("message", b"ok")]
    assert dec.feed(b"data: " + b"x" * 990) == []
    assert dec.error is None
    assert dec.feed(b"x" * 10) == []
    assert isinstance(dec.error, msgtypes.EventTooLargeError)
    with pytest.raises(msgtypes.EventTooLargeError):
        dec.feed(b"\n\n")
    with pytest.raises(msgtypes.EventTooLargeError):
        dec.close()
    assert dec.feed(b"data: again\n\n") == [ServerSentEvent("message", b"again")]  # reset


def test_blank_lines_and_unbounded_decoder() -> None:
    # Blank lines belong to no event; None lifts the bound.
    assert decode_bounded([b"\n" * 5000 + b"data: x\n\n"], 10) == ([ServerSentEvent("message", b"x")], None)
    assert SSEDecoder(max_event_bytes=None).max_event_bytes is None
    assert decode_bounded([b"data: " + b"x" * 5000 + b"\n\n"], None)[1] is None
