"""What the fake answers to Messages requests: scripted replies, or the default echo.

The default reply echoes the text of the last user turn, and behaves like the API where a test
would notice: it calls a tool when ``tool_choice`` forces one, starts with a thinking block when
thinking is enabled, answers JSON matching ``output_format``, stops at a ``stop_sequences`` entry,
and stops at ``max_tokens`` (about 4 characters a token).
"""

from __future__ import annotations

import base64
import hashlib
import threading
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Union

import msgspec

from ..codec import convert
from ..content import ContentBlock, RefusalCategory, TextBlock, ThinkingBlock, ToolUseBlock
from ..messages import (
    Message,
    MessageCreateParams,
    RefusalStopDetails,
    StopDetails,
    StopReason,
)
from ._faults import FAULT_TYPES, Fault
from ._tokens import CHARS_PER_TOKEN

__all__ = ["Replies", "Reply", "ReplyLike", "Responder", "echo_reply", "sample_from_schema"]


@dataclass(frozen=True)
class Reply:
    """The content of one assistant reply; the fake fills in id, model and usage.

    A ``tool_use`` block given with an empty ``id`` gets a fresh ``toolu_...`` id.
    """

    content: tuple[ContentBlock, ...]
    stop_reason: StopReason = "end_turn"
    stop_sequence: str | None = None
    stop_details: StopDetails | None = None

    @classmethod
    def refusal(
        cls, *, category: RefusalCategory | None = None, explanation: str | None = None
    ) -> Reply:
        """The model refuses: an empty text block, ``stop_reason: "refusal"`` and its
        ``stop_details`` (the fake adds a fallback credit token when the request's betas
        ask for one, and tries the request's ``fallbacks``)."""
        details = RefusalStopDetails(category=category, explanation=explanation)
        return cls((TextBlock(text=""),), "refusal", stop_details=details)

    @classmethod
    def text(cls, text: str, *, stop_reason: StopReason = "end_turn") -> Reply:
        """A reply of one text block."""
        return cls((TextBlock(text=text),), stop_reason)

    @classmethod
    def tool_use(
        cls, name: str, input: dict[str, Any], *, text: str | None = None, id: str = ""
    ) -> Reply:
        """A call of tool ``name`` (after an optional text block); stops with ``tool_use``."""
        blocks: list[ContentBlock] = [] if text is None else [TextBlock(text=text)]
        blocks.append(ToolUseBlock(id=id, name=name, input=input))
        return cls(tuple(blocks), "tool_use")

    @classmethod
    def blocks(
        cls, *blocks: ContentBlock | dict[str, Any], stop_reason: StopReason = "end_turn"
    ) -> Reply:
        """A reply of any content blocks, given as Structs or as API JSON (dicts)."""
        converted = tuple(
            convert(b, type=ContentBlock) if isinstance(b, dict) else b for b in blocks
        )
        return cls(converted, stop_reason)


Responder = Callable[[MessageCreateParams], "ReplyLike"]
ReplyLike = Union[str, Message, Reply, Fault, Responder]
"""A scripted answer: text, a whole Message, a Reply, a fault, or a callable returning one."""


@dataclass
class Replies:
    """The Messages reply script of one app: a queue of one-shot answers, then the responder."""

    _queue: deque[ReplyLike] = field(default_factory=deque)
    _responder: Responder | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def push(self, *items: ReplyLike) -> None:
        """Answer the next Messages requests with ``items``, one each, in order."""
        for item in items:
            _check(item)
        with self._lock:
            self._queue.extend(items)

    def respond_with(self, responder: Responder | None) -> None:
        """Answer requests the queue does not cover with ``responder`` (``None``: the echo)."""
        with self._lock:
            self._responder = responder

    def clear(self) -> None:
        """Drop the queued answers and go back to the echo responder."""
        with self._lock:
            self._queue.clear()
            self._responder = None

    def __len__(self) -> int:
        with self._lock:
            return len(self._queue)

    def next(self, params: MessageCreateParams, *, queued: bool = True) -> Message | Reply | Fault:
        """The answer to ``params``: the next queued one (when ``queued``) or the responder's."""
        with self._lock:
            item: ReplyLike | None = self._queue.popleft() if queued and self._queue else None
            responder = self._responder
        if item is None:
            item = responder if responder is not None else echo_reply
        for _ in range(16):  # a callable may return another callable
            if isinstance(item, str):
                return Reply.text(item)
            if isinstance(item, (Message, Reply, *FAULT_TYPES)):
                return item
            if callable(item):
                item = item(params)
                _check(item)
                continue
            break
        raise TypeError(f"cannot reply with {item!r}")


def _check(item: object) -> None:
    if not (isinstance(item, (str, Message, Reply, *FAULT_TYPES)) or callable(item)):
        raise TypeError(f"cannot reply with {item!r}")


# --------------------------------------------------------------------------- the echo


def _user_text(params: MessageCreateParams) -> str:
    for message in reversed(params.messages):
        if message.role != "user":
            continue
        if isinstance(message.content, str):
            return message.content
        parts: list[str] = []
        kinds: list[str] = []
        for block in message.content:
            builtins = msgspec.to_builtins(block)
            kinds.append(str(builtins.get("type", "?")))
            parts.extend(_texts(builtins))
        text = "\n".join(p for p in parts if p)
        return text or "Received " + ", ".join(kinds) + "."
    return "Hello!"


def _texts(node: Any) -> list[str]:
    """The text of a block, including text inside tool results."""
    if isinstance(node, dict):
        if node.get("type") == "text" and isinstance(node.get("text"), str):
            return [node["text"]]
        content = node.get("content")
        if isinstance(content, str):
            return [content]
        if isinstance(content, list):
            return [t for item in content for t in _texts(item)]
    return []


def _forced_tool(params: MessageCreateParams) -> tuple[str, dict[str, Any]] | None:
    choice = msgspec.to_builtins(params.tool_choice) if params.tool_choice else None
    if not isinstance(choice, dict) or choice.get("type") not in ("any", "tool"):
        return None
    tools = msgspec.to_builtins(params.tools) if params.tools else []
    for tool in tools:
        name = tool.get("name")
        if choice.get("type") == "tool" and name != choice.get("name"):
            continue
        if isinstance(name, str):
            return name, sample_from_schema(tool.get("input_schema", {}))
    return None


def echo_reply(params: MessageCreateParams) -> Reply:
    """The default reply: echo the last user text (see the module docstring)."""
    forced = _forced_tool(params)
    if forced is not None:
        return Reply.tool_use(*forced)
    if params.output_format:
        schema = getattr(params.output_format, "schema", {})
        text = msgspec.json.encode(sample_from_schema(schema)).decode()
    else:
        text = _user_text(params)
    stop_reason: StopReason = "end_turn"
    stop_sequence: str | None = None
    for sequence in params.stop_sequences or ():
        at = text.find(sequence)
        if at >= 0:
            text, stop_reason, stop_sequence = text[:at], "stop_sequence", sequence
            break
    limit = params.max_tokens * CHARS_PER_TOKEN
    if len(text) > limit:
        text, stop_reason, stop_sequence = text[:limit], "max_tokens", None
    blocks: list[ContentBlock] = []
    thinking = params.thinking
    if thinking and getattr(thinking, "type", None) == "enabled":
        thought = f"The user wrote {len(text)} characters; I will repeat them."
        signature = base64.b64encode(hashlib.sha256(thought.encode()).digest()).decode()
        blocks.append(ThinkingBlock(thinking=thought, signature=signature))
    blocks.append(TextBlock(text=text))
    return Reply(tuple(blocks), stop_reason, stop_sequence)


def sample_from_schema(schema: Any, depth: int = 0) -> Any:
    """A small value that satisfies a JSON Schema's ``type``/``enum``/``const``/``required``."""
    if not isinstance(schema, dict) or depth > 8:
        return {}
    if "const" in schema:
        return schema["const"]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    for key in ("anyOf", "oneOf", "allOf"):
        options = schema.get(key)
        if isinstance(options, list) and options:
            return sample_from_schema(options[0], depth + 1)
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = kind[0] if kind else "object"
    if kind == "object":
        properties = schema.get("properties")
        properties = properties if isinstance(properties, dict) else {}
        required = schema.get("required")
        names: Sequence[Any] = required if isinstance(required, list) else ()
        return {
            name: sample_from_schema(properties.get(name, {}), depth + 1)
            for name in names
            if isinstance(name, str)
        }
    if kind == "array":
        count = schema.get("minItems", 0)
        count = count if isinstance(count, int) and 0 <= count <= 16 else 0
        return [sample_from_schema(schema.get("items", {}), depth + 1) for _ in range(count)]
    if kind == "string":
        length = schema.get("minLength", 0)
        return "x" * length if isinstance(length, int) and 0 < length <= 256 else "example"
    if kind in ("integer", "number"):
        low = schema.get("minimum", 0)
        low = low if isinstance(low, (int, float)) and not isinstance(low, bool) else 0
        return max(0, low) if kind == "integer" else float(max(0, low))
    if kind == "boolean":
        return False
    return None
