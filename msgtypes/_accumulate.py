"""Building the final :class:`~msgtypes.Message` out of stream events.

``message_start`` gives the shell, each ``content_block_start`` appends a block, deltas grow the
open block, ``content_block_stop`` finishes it, ``message_delta`` sets the stop reason and usage,
and ``message_stop`` marks the message complete.

How each delta is applied:

- ``text_delta`` / ``citations_delta`` grow a text block; ``thinking_delta`` /
  ``signature_delta`` a thinking block (the signature is replaced, not appended);
- ``input_json_delta`` fragments of a ``tool_use``, ``server_tool_use`` or ``mcp_tool_use``
  block are kept as text and parsed into ``input`` only when the block stops. Until then
  ``input`` is what ``content_block_start`` sent (normally ``{}``) and
  :meth:`MessageAccumulator.partial_json` shows the fragments so far. JSON that does not
  parse into an object at the stop raises :class:`ToolInputError`; a partial input is never
  guessed at.
- ``compaction_delta`` sets the ``content`` / ``encrypted_content`` of a compaction block;
- a block of a type this version does not know (:class:`~msgtypes.Unknown`) is kept as its raw
  JSON and every delta is merged into it by field: ``text``/``thinking`` strings are appended,
  ``signature`` replaced, a citation appended to ``citations``, tool JSON parsed into ``input`` at
  the stop, and for a delta of an unknown type each field other than ``type`` is merged by value: a
  string onto a string is appended, a list onto a list extended, anything else replaces the old
  value (so ``{"content": null}`` plus ``compaction_delta {"content": "..."}`` gives the content).
- a delta that fits nowhere (an unknown delta on a known block, a text delta on a tool block, an
  index with no open block) is not dropped: the event goes to :attr:`MessageAccumulator.unapplied`,
  as do events of unknown types and stops of blocks that never started.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import msgspec
from msgspec.structs import replace

from ._base import Unknown
from ._exceptions import IncompleteStreamError, MsgtypesError, status_error
from .codec import decode
from .content import (
    CompactionBlock,
    ContentBlock,
    MCPToolUseBlock,
    ServerToolUseBlock,
    TextBlock,
    TextCitation,
    ThinkingBlock,
    ToolUseBlock,
)
from .errors import ErrorResponse
from .events import (
    CitationsDelta,
    CompactionContentBlockDelta,
    InputJSONDelta,
    MessageStreamEvent,
    PingEvent,
    RawContentBlockDelta,
    RawContentBlockDeltaEvent,
    RawContentBlockStartEvent,
    RawContentBlockStopEvent,
    RawMessageDeltaEvent,
    RawMessageStartEvent,
    RawMessageStopEvent,
    SignatureDelta,
    TextDelta,
    ThinkingDelta,
)
from .messages import Message

__all__ = ["AccumulatorError", "MessageAccumulator", "ToolInputError", "accumulate"]


class AccumulatorError(MsgtypesError, ValueError):
    """The events cannot make a message, e.g. a block arrived before ``message_start``."""


class ToolInputError(AccumulatorError):
    """A tool call's streamed input is not one complete JSON object when its block stops.

    ``index`` is the block's stream index, ``block_id`` its ``id`` (when it has one) and
    ``partial_json`` everything the ``input_json_delta`` events carried.
    """

    def __init__(self, index: int, block_id: str | None, partial_json: str, reason: str) -> None:
        shown = partial_json if len(partial_json) <= 200 else partial_json[:200] + "..."
        super().__init__(
            f"tool input of block {index} ({block_id or 'no id'}) is not a complete JSON object "
            f"at content_block_stop: {reason}; received {shown!r}"
        )
        self.index = index
        self.block_id = block_id
        self.partial_json = partial_json


# --------------------------------------------------------------------------- open blocks
# One small class per kind of block still receiving deltas. ``apply`` returns False for a delta
# that does not fit; ``build`` makes a fresh block of the content so far; ``finish`` makes the
# final block at ``content_block_stop``.


class _Fixed:
    """A block that takes no deltas (redacted thinking, server tool results, ...)."""

    __slots__ = ("block", "pos")

    def __init__(self, block: ContentBlock, pos: int) -> None:
        self.block = block
        self.pos = pos

    def apply(self, delta: RawContentBlockDelta) -> bool:
        return False

    def build(self) -> ContentBlock:
        return self.block

    def finish(self, index: int) -> ContentBlock:
        return self.block


class _Text(_Fixed):
    __slots__ = ("citations", "parts")

    def __init__(self, block: TextBlock, pos: int) -> None:
        super().__init__(block, pos)
        self.parts = [block.text] if block.text else []
        self.citations = None if block.citations is None else list(block.citations)

    def apply(self, delta: RawContentBlockDelta) -> bool:
        kind = type(delta)
        if kind is TextDelta:
            self.parts.append(delta.text)  # type: ignore[union-attr]
            return True
        if kind is CitationsDelta:
            citation: TextCitation = delta.citation  # type: ignore[union-attr]
            if self.citations is None:
                self.citations = [citation]
            else:
                self.citations.append(citation)
            return True
        return False

    def text(self) -> str:
        parts = self.parts
        if len(parts) == 1:
            return parts[0]
        text = "".join(parts)
        self.parts = [text]
        return text

    def build(self) -> ContentBlock:
        citations = self.citations
        return replace(
            self.block,  # type: ignore[type-var]
            text=self.text(),
            citations=None if citations is None else citations.copy(),
        )

    def finish(self, index: int) -> ContentBlock:
        return self.build()


class _Thinking(_Fixed):
    __slots__ = ("parts", "signature")

    def __init__(self, block: ThinkingBlock, pos: int) -> None:
        super().__init__(block, pos)
        self.parts = [block.thinking] if block.thinking else []
        self.signature = block.signature

    def apply(self, delta: RawContentBlockDelta) -> bool:
        kind = type(delta)
        if kind is ThinkingDelta:
            self.parts.append(delta.thinking)  # type: ignore[union-attr]
            return True
        if kind is SignatureDelta:
            self.signature = delta.signature  # type: ignore[union-attr]
            return True
        return False

    def build(self) -> ContentBlock:
        parts = self.parts
        thinking = parts[0] if len(parts) == 1 else "".join(parts)
        self.parts = [thinking]
        return replace(self.block, thinking=thinking, signature=self.signature)  # type: ignore[type-var]

    def finish(self, index: int) -> ContentBlock:
        return self.build()


def _parse_input(index: int, block_id: str | None, raw: str) -> dict[str, Any]:
    try:
        value = decode(raw, type=Any)
    except msgspec.DecodeError as exc:  # NestingDepthError included
        raise ToolInputError(index, block_id, raw, str(exc)) from exc
    if not isinstance(value, dict):
        reason = f"expected an object, got {type(value).__name__}"
        raise ToolInputError(index, block_id, raw, reason)
    return value


class _Tool(_Fixed):
    """tool_use, server_tool_use and mcp_tool_use: input JSON arrives in fragments."""

    __slots__ = ("parts",)

    def __init__(self, block: ContentBlock, pos: int) -> None:
        super().__init__(block, pos)
        self.parts: list[str] = []

    def apply(self, delta: RawContentBlockDelta) -> bool:
        if type(delta) is InputJSONDelta:
            self.parts.append(delta.partial_json)
            return True
        return False

    def finish(self, index: int) -> ContentBlock:
        raw = "".join(self.parts)
        if not raw.strip():
            return self.block  # no input streamed: keep what the start event sent
        block: Any = self.block
        return replace(block, input=_parse_input(index, block.id, raw))  # type: ignore[no-any-return]


class _Compaction(_Fixed):
    """A compaction block: its ``compaction_delta`` carries the content (set, not appended)."""

    __slots__ = ()

    def apply(self, delta: RawContentBlockDelta) -> bool:
        if type(delta) is not CompactionContentBlockDelta:
            return False
        changes = {
            name: value
            for name in ("content", "encrypted_content")
            if (value := getattr(delta, name)) is not None
        }
        self.block = replace(self.block, **changes)  # type: ignore[type-var]
        return True


class _Raw(_Fixed):
    """A block of an unknown type: deltas are merged into its raw JSON (see the module doc).

    Strings being appended to are kept as pieces and lists being extended are copied once and
    then grown in place, so merging n deltas takes time linear in n.
    """

    __slots__ = ("json", "lists", "raw", "strings")

    def __init__(self, block: Unknown, pos: int) -> None:
        super().__init__(block, pos)
        self.raw: dict[str, Any] = dict(block)
        self.strings: dict[str, list[str]] = {}  # fields being appended to, in pieces
        self.lists: set[str] = set()  # fields whose list is our own copy, extended in place
        self.json: list[str] | None = None

    def _append(self, key: str, value: str) -> None:
        pieces = self.strings.get(key)
        if pieces is None:
            self.strings[key] = [self.raw[key], value]
        else:
            pieces.append(value)

    def _extend(self, key: str, items: list[Any]) -> None:
        current = self.raw[key]
        if key in self.lists:
            current.extend(items)
        else:
            self.raw[key] = [*current, *items]
            self.lists.add(key)

    def _set(self, key: str, value: Any) -> None:
        self.strings.pop(key, None)
        self.lists.discard(key)
        self.raw[key] = value

    def _merge(self, key: str, value: Any) -> None:
        current = self.raw.get(key)
        if isinstance(value, str) and isinstance(current, str):
            self._append(key, value)
        elif isinstance(value, list) and isinstance(current, list):
            self._extend(key, value)
        else:
            self._set(key, value)

    def apply(self, delta: RawContentBlockDelta) -> bool:
        kind = type(delta)
        if kind is InputJSONDelta:
            if self.json is None:
                self.json = []
            self.json.append(delta.partial_json)  # type: ignore[union-attr]
        elif kind is TextDelta:
            self._merge("text", delta.text)  # type: ignore[union-attr]
        elif kind is ThinkingDelta:
            self._merge("thinking", delta.thinking)  # type: ignore[union-attr]
        elif kind is SignatureDelta:
            self._set("signature", delta.signature)  # type: ignore[union-attr]
        elif kind is CitationsDelta:
            citation = msgspec.to_builtins(delta.citation)  # type: ignore[union-attr]
            if isinstance(self.raw.get("citations"), list):
                self._extend("citations", [citation])
            else:
                self._set("citations", [citation])
                self.lists.add("citations")
        else:
            assert isinstance(delta, Unknown)
            for key, value in delta.items():
                if key != "type":
                    self._merge(key, value)
        return True

    def build(self) -> ContentBlock:
        raw = self.raw
        for key, pieces in self.strings.items():
            joined = "".join(pieces)
            raw[key] = joined
            self.strings[key] = [joined]
        block = Unknown(raw)
        for key in self.lists:
            block[key] = raw[key].copy()  # later deltas grow ours, not the snapshot's
        return block

    def finish(self, index: int) -> ContentBlock:
        block = self.build()
        if self.json is not None:
            raw = "".join(self.json)
            if raw.strip():
                block_id = block.get("id")  # type: ignore[union-attr]
                parsed = _parse_input(index, block_id if isinstance(block_id, str) else None, raw)
                block["input"] = parsed  # type: ignore[index]
        return block


_KINDS: dict[type, type[_Fixed]] = {
    TextBlock: _Text,
    ThinkingBlock: _Thinking,
    ToolUseBlock: _Tool,
    ServerToolUseBlock: _Tool,
    MCPToolUseBlock: _Tool,
    CompactionBlock: _Compaction,
    Unknown: _Raw,
}


# The usage fields a message_delta may carry (output_tokens always comes).
_DELTA_USAGE = (
    "input_tokens",
    "cache_creation_input_tokens",
    "cache_read_input_tokens",
    "server_tool_use",
    "fallback_credit",
    "iterations",
    "output_tokens_details",
)


class MessageAccumulator:
    """Feed stream events in order with :meth:`add`; read the message with :meth:`snapshot`.

    ``complete`` turns true at ``message_stop``; :attr:`message` is the final message and refuses
    to hand out one that is not complete. ``unapplied`` lists the events that could not be applied
    (kept, never dropped). Pings are ignored; an ``error`` event body raises the matching
    :class:`~msgtypes.APIStatusError`.
    """

    __slots__ = ("_content", "_message", "_open", "complete", "unapplied")

    def __init__(self) -> None:
        self._message: Message | None = None
        self._content: list[ContentBlock] = []  # by position; open blocks hold their start value
        self._open: dict[int, _Fixed] = {}  # stream index -> block still receiving deltas
        self.complete = False
        self.unapplied: list[MessageStreamEvent] = []

    def add(self, event: MessageStreamEvent) -> None:
        """Apply one event (raises :class:`AccumulatorError` when it cannot come now)."""
        kind = type(event)
        if kind is RawContentBlockDeltaEvent:
            ev: Any = event
            state = self._open.get(ev.index)
            if state is None or not state.apply(ev.delta):
                self.unapplied.append(event)
            return
        handler = _HANDLERS.get(kind)
        if handler is None:
            if kind is PingEvent:
                return
            if isinstance(event, ErrorResponse):
                raise status_error(None, event, in_stream=True)
            self.unapplied.append(event)  # an event type this version does not know
            return
        if self._message is None and kind is not RawMessageStartEvent:
            raise AccumulatorError(f"{kind.__name__} before message_start")
        handler(self, event)

    # -- handlers, one per event type ----------------------------------------------------------

    def _start(self, event: RawMessageStartEvent) -> None:
        if self._message is not None:
            raise AccumulatorError("a second message_start in one stream")
        self._message = event.message
        self._content = list(event.message.content)

    def _block_start(self, event: RawContentBlockStartEvent) -> None:
        block = event.content_block
        pos = len(self._content)
        self._content.append(block)
        self._open[event.index] = _KINDS.get(type(block), _Fixed)(block, pos)

    def _block_stop(self, event: RawContentBlockStopEvent) -> None:
        state = self._open.get(event.index)
        if state is None:
            self.unapplied.append(event)
            return
        self._content[state.pos] = state.finish(event.index)  # may raise ToolInputError
        del self._open[event.index]

    def _delta(self, event: RawMessageDeltaEvent) -> None:
        message = self._message
        assert message is not None
        delta = event.delta
        counts = event.usage
        usage = replace(message.usage, output_tokens=counts.output_tokens)
        for name in _DELTA_USAGE:  # totals: a count sent replaces the one before
            value = getattr(counts, name)
            if value is not None:
                setattr(usage, name, value)
        changes: dict[str, Any] = {
            "stop_reason": delta.stop_reason,
            "stop_sequence": delta.stop_sequence,
            "usage": usage,
        }
        if delta.container is not None:
            changes["container"] = delta.container
        changes["stop_details"] = delta.stop_details  # like stop_reason: the delta's says
        if event.context_management is not None:
            changes["context_management"] = event.context_management
        if event.input_transformations is not None:
            changes["input_transformations"] = event.input_transformations
        self._message = replace(message, **changes)

    def _stop(self, event: RawMessageStopEvent) -> None:
        self.complete = True

    # -- reading -------------------------------------------------------------------------------

    def snapshot(self) -> Message:
        """The message so far, as a new object later events do not change.

        Open blocks are rebuilt from their pieces; finished blocks are shared between snapshots
        (the accumulator never changes them again), so treat them as read-only.
        """
        message = self._message
        if message is None:
            raise AccumulatorError("no message_start event yet")
        content = self._content.copy()
        for state in self._open.values():
            content[state.pos] = state.build()
        return replace(message, content=content, usage=replace(message.usage))

    @property
    def message(self) -> Message:
        """The final message; :class:`~msgtypes.IncompleteStreamError` before ``message_stop``."""
        if not self.complete:
            raise IncompleteStreamError(
                "the stream has not sent message_stop: the message is incomplete "
                "(use snapshot() for a partial view)"
            )
        return self.snapshot()

    @property
    def text(self) -> str:
        """The text of all text blocks so far, concatenated."""
        parts: list[str] = []
        opened = {state.pos: state for state in self._open.values()}
        for pos, block in enumerate(self._content):
            state = opened.get(pos)
            if isinstance(state, _Text):
                parts.append(state.text())
            elif isinstance(block, TextBlock):
                parts.append(block.text)
        return "".join(parts)

    @property
    def open_blocks(self) -> list[int]:
        """Stream indexes of the blocks started but not stopped."""
        return list(self._open)

    def partial_json(self, index: int) -> str | None:
        """The tool input JSON received so far for the open block ``index`` (None if none)."""
        state = self._open.get(index)
        if isinstance(state, _Tool):
            return "".join(state.parts)
        if isinstance(state, _Raw) and state.json is not None:
            return "".join(state.json)
        return None


_HANDLERS: dict[type, Any] = {
    RawMessageStartEvent: MessageAccumulator._start,
    RawContentBlockStartEvent: MessageAccumulator._block_start,
    RawContentBlockStopEvent: MessageAccumulator._block_stop,
    RawMessageDeltaEvent: MessageAccumulator._delta,
    RawMessageStopEvent: MessageAccumulator._stop,
}


def accumulate(events: Iterable[MessageStreamEvent]) -> Message:
    """The final Message of a whole stream of events.

    Raises :class:`~msgtypes.IncompleteStreamError` if the events end before ``message_stop``.
    """
    acc = MessageAccumulator()
    add = acc.add
    open_block = acc._open.get  # the delta case of add(), inlined: most events are deltas
    unapplied = acc.unapplied.append
    delta_event = RawContentBlockDeltaEvent
    for event in events:
        if type(event) is delta_event:
            ev: Any = event
            state = open_block(ev.index)
            if state is None or not state.apply(ev.delta):
                unapplied(event)
        else:
            add(event)
    return acc.message
