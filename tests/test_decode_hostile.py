"""Hostile documents give the decoders' documented errors, never another exception (issue 9).

Deep nesting: msgspec follows nesting by recursion and stops at Python's recursion limit; every
decoding entry point turns that into :class:`msgtypes.NestingDepthError` (a
``msgspec.DecodeError``), or into its own documented error with that cause.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterable
from typing import Any

import msgspec
import pytest

import msgtypes
from msgtypes.batches import BatchResultsError, aiter_results, iter_results
from msgtypes.streaming import (
    StreamDecodeError,
    ToolInputError,
    accumulate,
    aiter_events,
    iter_events,
)

DEEP = 100_000  # far past any recursion limit
SHALLOW = 200  # well within it, even from a deep call stack


def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


def message(block: bytes) -> bytes:
    return (
        b'{"id":"msg_1","type":"message","role":"assistant","model":"m","content":['
        + block
        + b'],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":1,"output_tokens":1}}'
    )


def tool_use(value: bytes) -> bytes:
    return b'{"type":"tool_use","id":"t","name":"f","input":{"v":' + value + b"}}"


def unknown_block(value: bytes) -> bytes:
    return b'{"type":"hologram","v":' + value + b"}"


RESPONSE_TYPES = [
    msgtypes.Message,
    msgtypes.MessageStreamEvent,
    msgtypes.MessageBatchIndividualResponse,
    msgtypes.MessageBatch,
    msgtypes.ErrorResponse,
    msgtypes.ModelInfo,
    msgtypes.ContentBlock,
]


@pytest.mark.parametrize("tp", RESPONSE_TYPES, ids=lambda t: getattr(t, "__name__", str(t)))
def test_decode_of_deep_json_raises_nesting_depth_error(tp: Any) -> None:
    for data in (nested(DEEP), b'{"a":' + nested(DEEP) + b"}"):
        with pytest.raises(msgtypes.NestingDepthError) as info:
            msgtypes.decode(data, type=tp)
        assert isinstance(info.value, msgspec.DecodeError)  # what callers already handle
        with pytest.raises(msgtypes.NestingDepthError):
            msgtypes.codec.Decoder(tp).decode(data)


@pytest.mark.parametrize("make", [tool_use, unknown_block], ids=["strict path", "tolerant path"])
def test_deep_value_inside_a_message(make: Any) -> None:
    with pytest.raises(msgtypes.NestingDepthError, match="recursion limit"):
        msgtypes.decode(message(make(nested(DEEP))), type=msgtypes.Message)
    ok = msgtypes.decode(message(make(nested(SHALLOW))), type=msgtypes.Message)
    block = ok.content[0]
    value = block.input["v"] if isinstance(block, msgtypes.ToolUseBlock) else block["v"]
    assert json.dumps(value).count("[") == SHALLOW


def test_convert_takes_deep_builtins_without_walking_them() -> None:
    # Values typed Any are taken as they are: a deep tool input is no problem for convert.
    value: Any = []
    for _ in range(DEEP // 10):
        value = [value]
    body = {"type": "tool_use", "id": "t", "name": "f", "input": {"v": value}}
    assert msgtypes.convert(body, type=msgtypes.ToolUseBlock).input["v"] is value


START = (
    b"event: message_start\ndata: "
    b'{"type":"message_start","message":' + message(b"") + b"}\n\n"
)


def deep_events() -> list[tuple[bytes, type[Exception]]]:
    """Streams whose second event nests too deeply, and the error each must raise."""
    delta = b'{"type":"content_block_delta","index":0,"delta":' + nested(DEEP) + b"}"
    odd = b'{"type":"hologram_event","v":' + nested(DEEP) + b"}"
    error = b'{"type":"error","error":' + nested(DEEP) + b"}"
    return [
        (b"event: content_block_delta\ndata: " + delta + b"\n\n", StreamDecodeError),
        (b"event: hologram_event\ndata: " + odd + b"\n\n", StreamDecodeError),
        (b"event: x\ndata: " + nested(DEEP) + b"\n\n", StreamDecodeError),
        (b"event: error\ndata: " + error + b"\n\n", msgtypes.APIStatusError),
        (b"data: " + error + b"\n\n", StreamDecodeError),
    ]


async def agen(chunks: Iterable[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


@pytest.mark.parametrize(("bad", "error"), deep_events())
async def test_iter_events_raises_its_documented_error_after_the_events_before(
    bad: bytes, error: type[Exception]
) -> None:
    for chunks in ([START + bad], [START, bad], [START, bad.replace(b"\n", b"\r\n")]):
        got: list[Any] = []
        with pytest.raises(error) as info:
            for event in iter_events(chunks):
                got.append(event)
        assert len(got) == 1
        if error is StreamDecodeError:
            assert isinstance(info.value.__cause__, msgtypes.NestingDepthError)
        got = []
        with pytest.raises(error):
            async for event in aiter_events(agen(chunks)):
                got.append(event)
        assert len(got) == 1


GOOD_LINE = b'{"custom_id":"a","result":{"type":"canceled"}}\n'


@pytest.mark.parametrize(
    "bad",
    [
        nested(DEEP),
        b'{"custom_id":"b","result":' + nested(DEEP) + b"}",
        b'{"custom_id":"b","result":{"type":"hologram","v":' + nested(DEEP) + b"}}",
    ],
)
async def test_iter_results_raises_batch_results_error_for_a_deep_line(bad: bytes) -> None:
    for chunks in ([GOOD_LINE + bad + b"\n" + GOOD_LINE], [GOOD_LINE, bad, b"\n"]):
        got: list[Any] = []
        with pytest.raises(BatchResultsError) as info:
            for item in iter_results(chunks):
                got.append(item)
        assert len(got) == 1 and info.value.lineno == 2
        assert isinstance(info.value.error, msgtypes.NestingDepthError)
        got = []
        with pytest.raises(BatchResultsError):
            async for item in aiter_results(agen(chunks)):
                got.append(item)
        assert len(got) == 1


def test_results_nested_within_the_limit_still_decode() -> None:
    line = b'{"custom_id":"b","result":{"type":"hologram","v":' + nested(SHALLOW) + b"}}\n"
    got = list(iter_results([GOOD_LINE + line]))
    assert len(got) == 2 and isinstance(got[1].result, msgtypes.Unknown)


@pytest.mark.parametrize(
    "block",
    [
        {"type": "tool_use", "id": "t", "name": "f", "input": {}},
        {"type": "hologram", "id": "h"},
    ],
)
def test_deep_streamed_tool_input_raises_tool_input_error(block: dict[str, Any]) -> None:
    def event(body: dict[str, Any]) -> Any:
        return msgtypes.decode(json.dumps(body), type=msgtypes.MessageStreamEvent)

    fragment = {"type": "input_json_delta", "partial_json": "[" * DEEP}
    events = [
        event(json.loads(START.split(b"data: ")[1])),
        event({"type": "content_block_start", "index": 0, "content_block": block}),
        event({"type": "content_block_delta", "index": 0, "delta": fragment}),
        event({"type": "content_block_stop", "index": 0}),
        event({"type": "message_stop"}),
    ]
    with pytest.raises(ToolInputError) as info:
        accumulate(events)
    assert isinstance(info.value.__cause__, msgtypes.NestingDepthError)


# -- text that is not Unicode -----------------------------------------------------------------


@pytest.mark.parametrize("tp", [msgtypes.Message, msgtypes.MessageStreamEvent, Any])
def test_str_with_a_lone_surrogate_is_a_decode_error(tp: Any) -> None:
    for text in ("\ud800", '{"type": "text", "text": "\udfff"}'):
        with pytest.raises(msgspec.DecodeError, match="not valid Unicode"):
            msgtypes.decode(text, type=tp)
        with pytest.raises(msgspec.DecodeError, match="not valid Unicode"):
            msgtypes.codec.Decoder(tp).decode(text)
