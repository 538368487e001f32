"""A reply as the API streams it: the server-sent events of a Message or a Completion.

Text arrives in several ``text_delta`` pieces, tool input as ``input_json_delta`` fragments of its
JSON text (the first one empty, as the API sends), thinking as ``thinking_delta`` pieces and a
``signature_delta``, a compaction summary in one ``compaction_delta``; blocks that are not
streamed (tool results, redacted thinking, fallback seams, unknown types) arrive whole in
``content_block_start``. A ``ping`` follows the first ``content_block_start``. The final
``message_delta`` carries the stop reason and ``stop_details`` (``null`` unless the model
refused), and the usage fields that only the end of a turn knows (``iterations``,
``fallback_credit``, ``output_tokens_details``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import msgspec

from ..completions import Completion
from ..messages import Message
from ._wire import dump

__all__ = ["PING", "Event", "completion_events", "frame", "message_events", "split_text"]

Event = tuple[str, bytes]
"""An event name and its ``data`` (JSON bytes)."""

PING: Event = ("ping", b'{"type": "ping"}')
_JSON_FRAGMENT = 8
_WORDS = re.compile(r"\s*\S+\s*|\s+")
_STREAMED_TOOL_BLOCKS = ("tool_use", "server_tool_use", "mcp_tool_use")
# Usage fields the final message_delta repeats (the API knows them only at the end).
_END_OF_TURN_USAGE = ("fallback_credit", "iterations", "output_tokens_details")


def frame(event: Event) -> bytes:
    """One event on the wire: ``event:`` and ``data:`` lines and a blank line."""
    name, data = event
    return b"event: " + name.encode() + b"\ndata: " + data + b"\n\n"


def split_text(text: str, size: int = 12) -> list[str]:
    """``text`` in pieces of whole words, each about ``size`` characters (the first shorter)."""
    pieces: list[str] = []
    current = ""
    target = max(1, size // 3)
    for word in _WORDS.findall(text):
        current += word
        if len(current) >= target:
            pieces.append(current)
            current, target = "", size
    if current or not pieces:
        pieces.append(current)
    return pieces


def _event(payload: dict[str, Any]) -> Event:
    return str(payload["type"]), msgspec.json.encode(payload)


def message_events(message: Message) -> list[Event]:
    """Every event of ``message`` streamed, from ``message_start`` to ``message_stop``."""
    shell = dump(message)
    blocks: list[dict[str, Any]] = shell["content"]
    shell.update(content=[], stop_reason=None, stop_sequence=None, stop_details=None)
    usage = dict(shell["usage"])
    output_tokens = usage.get("output_tokens", 0)
    usage["output_tokens"] = min(1, output_tokens)
    shell["usage"] = usage
    events = [_event({"type": "message_start", "message": shell})]
    for index, block in enumerate(blocks):
        block_events = list(_block_events(index, block))
        if index == 0:
            block_events.insert(1, PING)  # the API pings right after the first block opens
        events.extend(block_events)
    if not blocks:
        events.append(PING)
    delta: dict[str, Any] = {
        "stop_reason": message.stop_reason,
        "stop_sequence": message.stop_sequence,
        "stop_details": dump(message.stop_details),
    }
    if message.container is not None:
        delta["container"] = dump(message.container)
    final_usage: dict[str, Any] = {"output_tokens": output_tokens}
    for name in _END_OF_TURN_USAGE:
        if usage.get(name) is not None:
            final_usage[name] = usage[name]
    final: dict[str, Any] = {"type": "message_delta", "delta": delta, "usage": final_usage}
    if message.context_management is not None:
        final["context_management"] = dump(message.context_management)
    if message.input_transformations is not None:
        final["input_transformations"] = dump(message.input_transformations)
    events.append(_event(final))
    events.append(_event({"type": "message_stop"}))
    return events


def _block_events(index: int, block: dict[str, Any]) -> Iterator[Event]:
    kind = block.get("type")

    def start(opening: dict[str, Any]) -> Event:
        return _event({"type": "content_block_start", "index": index, "content_block": opening})

    def delta(payload: dict[str, Any]) -> Event:
        return _event({"type": "content_block_delta", "index": index, "delta": payload})

    if kind == "text":
        citations = block.get("citations")
        opening: dict[str, Any] = {"type": "text", "text": ""}
        if isinstance(citations, list):
            opening["citations"] = []
        yield start(opening)
        for piece in split_text(block.get("text", "")):
            yield delta({"type": "text_delta", "text": piece})
        for citation in citations or ():
            yield delta({"type": "citations_delta", "citation": citation})
    elif kind == "thinking":
        yield start({"type": "thinking", "thinking": "", "signature": ""})
        for piece in split_text(block.get("thinking", "")):
            yield delta({"type": "thinking_delta", "thinking": piece})
        yield delta({"type": "signature_delta", "signature": block.get("signature", "")})
    elif kind == "compaction":
        yield start({**block, "content": None, "encrypted_content": None})
        payload = {"type": "compaction_delta", "content": block.get("content")}
        payload["encrypted_content"] = block.get("encrypted_content")
        yield delta(payload)
    elif kind in _STREAMED_TOOL_BLOCKS:
        yield start({**block, "input": {}})
        text = msgspec.json.encode(block.get("input", {})).decode()
        yield delta({"type": "input_json_delta", "partial_json": ""})
        for at in range(0, len(text), _JSON_FRAGMENT):
            fragment = text[at : at + _JSON_FRAGMENT]
            yield delta({"type": "input_json_delta", "partial_json": fragment})
    else:
        yield start(block)
    yield _event({"type": "content_block_stop", "index": index})


def completion_events(completion: Completion) -> list[Event]:
    """The legacy ``completion`` events of ``completion``: text pieces, then the stop reason."""
    base = {"type": "completion", "id": completion.id, "model": completion.model}
    events: list[Event] = []
    for number, piece in enumerate(split_text(completion.completion)):
        events.append(_event({**base, "completion": piece, "stop_reason": None}))
        if number == 0:
            events.append(PING)
    events.append(_event({**base, "completion": "", "stop_reason": completion.stop_reason}))
    return events
