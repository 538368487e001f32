"""Small helpers shared by the semantic rules (all defensive about broken payloads).

The conversation pass
---------------------
Several rules look at the same blocks, so one request's blocks are walked once (:class:`View`)
and every rule reads the result. Most blocks of a real conversation are text, ``tool_use`` and
``tool_result`` blocks, and on a valid payload the rules find nothing in them. So the pass
checks those three kinds on the spot for anything a rule would report (a blank text, a
breakpoint, a misplaced or unpaired tool block...) and sets a flag per rule. A rule whose flag
is down has nothing to do; a rule whose flag is up asks for the blocks (:func:`blocks_of`).
Text and tool_result blocks are not filed by the pass (they are then filed by a second,
complete pass); tool_use blocks are, as the tool rules read every input, and so are the rarer
kinds (images, thinking, server tools...).

The flags may be raised when nothing is wrong (they only send the rule to look); they are
never left down when the rule would find something: property tests hold each rule's fast
answer to its full check.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import msgtypes

from .._cache import LRU

T = TypeVar("T")

__all__ = [
    "ASSISTANT_ONLY",
    "CALLS",
    "MEDIA_BLOCKS",
    "THINKING_BLOCKS",
    "BlockEntry",
    "View",
    "block_pointer",
    "blocks_of",
    "is_set",
    "per_object",
    "tools",
    "view",
]

#: The linter's relaxed decode types (``msglint._relaxed``, which fills both maps): relaxed class ->
#: the strict class it stands in for (blocks are listed under the strict class), and back.
CANONICAL: dict[type, type] = {}
RELAXED: dict[type, type] = {}
#: The classes of a conversation turn (MessageParam and its relaxed subclass).
TURN_TYPES: set[type] = {msgtypes.MessageParam}

_Entry = tuple[int, str, Any]
#: (turn index, turn, block index, block)
BlockEntry = tuple[int, Any, int, Any]

_TEXT = msgtypes.TextBlockParam
_TOOL_USE = msgtypes.ToolUseBlockParam
_TOOL_RESULT = msgtypes.ToolResultBlockParam
#: The kinds the conversation pass checks on the spot.
CHECKED_ON_THE_SPOT = (_TEXT, _TOOL_USE, _TOOL_RESULT)

#: Blocks only the model produces (they belong in assistant turns).
ASSISTANT_ONLY = (
    msgtypes.ToolUseBlockParam,
    msgtypes.ThinkingBlockParam,
    msgtypes.RedactedThinkingBlockParam,
    msgtypes.ServerToolUseBlockParam,
    msgtypes.WebSearchToolResultBlockParam,
    msgtypes.WebFetchToolResultBlockParam,
    msgtypes.CodeExecutionToolResultBlockParam,
    msgtypes.BashCodeExecutionToolResultBlockParam,
    msgtypes.TextEditorCodeExecutionToolResultBlockParam,
    msgtypes.ToolSearchToolResultBlockParam,
    msgtypes.MCPToolUseBlockParam,
    msgtypes.RequestMCPToolResultBlockParam,
)
#: Tool calls, each with an id unique in the conversation.
CALLS = (
    msgtypes.ToolUseBlockParam,
    msgtypes.ServerToolUseBlockParam,
    msgtypes.MCPToolUseBlockParam,
)
MEDIA_BLOCKS = (msgtypes.ImageBlockParam, msgtypes.DocumentBlockParam)
THINKING_BLOCKS = (msgtypes.ThinkingBlockParam, msgtypes.RedactedThinkingBlockParam)


def block_pointer(base: str, turn: int, block: int) -> str:
    """The JSON Pointer of block ``block`` of turn ``turn``."""
    return f"{base}/messages/{turn}/content/{block}"


class View:
    """One request's conversation after the conversation pass (see the module docstring).

    Flags (True = the rule must look): ``blank_text`` (a text block empty or whitespace),
    ``empty_turn`` (a turn whose content is empty), ``misplaced`` (a tool_use in a user turn
    or a tool_result in an assistant turn), ``unpaired`` (tool_use/tool_result pairing,
    order or duplicate ids), ``cache_marks`` (number of text/tool blocks with cache_control),
    ``callers`` (a tool_use with ``caller``), ``nested`` (a tool_result whose content is a
    list of blocks). ``ids`` are the tool_use and tool_result ids met (for their pattern);
    ``has_blocks`` says whether any turn's content is not a plain string.
    """

    __slots__ = (
        "_all",
        "base",
        "blank_text",
        "by_class",
        "cache_marks",
        "callers",
        "empty_turn",
        "has_blocks",
        "ids",
        "misplaced",
        "nested",
        "params",
        "tools",
        "unpaired",
    )

    def __init__(self, params: Any, base: str) -> None:
        self.params = params  # held so that id(params) cannot be reused while cached
        self.base = base
        self._all: dict[type, list[BlockEntry]] | None = None
        self.tools: list[_Entry] = []
        defined = getattr(params, "tools", None)
        if isinstance(defined, list):
            self.tools = [(i, f"{base}/tools/{i}", tool) for i, tool in enumerate(defined)]
        self._walk(getattr(params, "messages", None))

    def _walk(self, turns: Any) -> None:
        self.blank_text = self.empty_turn = self.misplaced = self.unpaired = False
        self.callers = self.nested = self.has_blocks = False
        self.cache_marks = 0
        self.ids: list[Any] = []
        try:
            self._walk_typed(turns if isinstance(turns, list) else [])
        except (AttributeError, TypeError):
            # Only a broken payload's best-effort tree gets here (a value of the wrong type
            # where the walk expects a string or a Struct): raise every flag, file everything.
            self.blank_text = self.empty_turn = self.misplaced = self.unpaired = True
            self.callers = self.nested = self.has_blocks = True
            self.cache_marks = 1
            self.by_class = self.all_entries()
            self.ids = [entry[3].id for entry in self.by_class.get(_TOOL_USE, [])]
            self.ids += [entry[3].tool_use_id for entry in self.by_class.get(_TOOL_RESULT, [])]

    def _walk_typed(self, turns: list[Any]) -> None:
        by_class: dict[type, list[BlockEntry]] = {}
        self.by_class = by_class
        ids = self.ids
        blank = empty = misplaced = unpaired = callers = nested = False
        marks = 0
        unset = msgtypes.UNSET
        # A tree is all relaxed classes (the fast decode) or all strict ones (the structure
        # walk's best-effort tree): compare with the right ones by identity.
        if type(self.params) in CANONICAL:
            text_kind, use_kind, result_kind = (RELAXED.get(k, k) for k in CHECKED_ON_THE_SPOT)
        else:
            text_kind, use_kind, result_kind = CHECKED_ON_THE_SPOT
        turn_types = TURN_TYPES
        nothing: frozenset[str] = frozenset()
        all_calls: list[str] = []
        all_answers: list[str] = []
        called: frozenset[str] | list[str] = nothing  # the previous turn's tool_use ids
        blocks = False
        for i, turn in enumerate(turns):
            if type(turn) not in turn_types:
                blocks = True
                unpaired = unpaired or bool(called)
                called = nothing
                continue
            content = turn.content
            if not content:
                empty = True
            if type(content) is not list:
                blocks = blocks or type(content) is not str
                unpaired = unpaired or bool(called)
                called = nothing
                continue
            blocks = True
            calls: list[str] | None = None
            answers: list[str] | None = None
            other_first = False
            for j, block in enumerate(content):
                kind = type(block)
                if kind is text_kind:
                    other_first = True
                    text = block.text
                    if not text or text.isspace():
                        blank = True
                    if block.cache_control is not unset:
                        marks += 1
                elif kind is use_kind:
                    other_first = True
                    if calls is None:
                        calls = [block.id]
                    else:
                        calls.append(block.id)
                    if block.cache_control is not unset:
                        marks += 1
                    if block.caller is not unset:
                        callers = True
                    try:
                        by_class[kind].append((i, turn, j, block))
                    except KeyError:
                        by_class[kind] = [(i, turn, j, block)]
                elif kind is result_kind:
                    answer = block.tool_use_id
                    if answers is None:
                        answers = [answer]
                    else:
                        answers.append(answer)
                    if other_first or answer not in called:
                        unpaired = True
                    if block.cache_control is not unset:
                        marks += 1
                    if type(block.content) is list:
                        nested = True
                else:
                    other_first = True
                    try:
                        by_class[kind].append((i, turn, j, block))
                    except KeyError:
                        by_class[kind] = [(i, turn, j, block)]
            if answers is not None:
                all_answers.extend(answers)
                if turn.role != "user":
                    misplaced = unpaired = True
                if len(answers) != len(called):
                    unpaired = True  # a call left unanswered (or an id answered twice)
            elif called:
                unpaired = True  # calls left unanswered
            if calls is not None:
                all_calls.extend(calls)
                called = calls
                if turn.role != "assistant":
                    misplaced = unpaired = True
            else:
                called = nothing
        # Ids are unique across the conversation, calls and answers alike; with that, every
        # answer being one of the previous turn's calls and as many answers as calls means
        # each call answered exactly once.
        if len(set(all_calls)) != len(all_calls) or len(set(all_answers)) != len(all_answers):
            unpaired = True
        ids.extend(all_calls)
        ids.extend(all_answers)
        if CANONICAL:
            for kind in [kind for kind in by_class if kind in CANONICAL]:
                by_class.setdefault(CANONICAL[kind], []).extend(by_class.pop(kind))
        self.blank_text, self.empty_turn, self.misplaced = blank, empty, misplaced
        self.unpaired, self.callers, self.nested = unpaired, callers, nested
        self.cache_marks = marks
        self.has_blocks = blocks

    def features(self) -> set[str]:
        """What the conversation gives rules to look at, beside the request's fields (see
        ``msglint.engine.features``): ``misplaced`` (a block maybe in the wrong turn), ``unpaired``
        (tool pairing to check), ``media`` (images or documents) and ``thinking`` (thinking
        blocks). A rule that needs none of them present is not run."""
        found = set()
        kinds = self.by_class.keys()
        if self.misplaced or not kinds.isdisjoint(ASSISTANT_ONLY[1:]):
            found.add("misplaced")
        if self.unpaired or not kinds.isdisjoint(CALLS[1:]):
            found.add("unpaired")
        if self.nested or not kinds.isdisjoint(MEDIA_BLOCKS):
            found.add("media")
        if not kinds.isdisjoint(THINKING_BLOCKS):
            found.add("thinking")
        return found

    def entries(self, cls: type) -> list[BlockEntry]:
        """Every block of exact class ``cls`` (filing the spot-checked kinds on demand)."""
        if cls is _TEXT or cls is _TOOL_RESULT:
            return self.all_entries().get(cls, [])
        return self.by_class.get(cls, [])

    def all_entries(self) -> dict[type, list[BlockEntry]]:
        """Every block filed by class: the complete second pass, done once when asked."""
        if self._all is None:
            filed: dict[type, list[BlockEntry]] = {}
            turns = getattr(self.params, "messages", None)
            for i, turn in enumerate(turns if isinstance(turns, list) else ()):
                if type(turn) not in TURN_TYPES or type(turn.content) is not list:
                    continue
                for j, block in enumerate(turn.content):
                    kind = CANONICAL.get(type(block), type(block))
                    filed.setdefault(kind, []).append((i, turn, j, block))
            self._all = filed
        return self._all


_last: View | None = None


def view(params: Any, base: str) -> View:
    """The (cached) :class:`View` of request ``params`` at JSON Pointer ``base``."""
    global _last
    current = _last
    if current is None or current.params is not params or current.base != base:
        current = _last = View(params, base)
    return current


_PER_OBJECT: LRU[tuple[int, Any], tuple[Any, Any]] = LRU("facts per tool object", 4096)


def per_object(obj: Any, compute: Callable[[Any], T]) -> T:
    """``compute(obj)``, remembered for the object (by identity, the object held).

    For facts about a tool definition: the linter decodes a tool's JSON text once
    (``msglint._relaxed``), so the requests of a batch that repeat a tool share one object.
    """
    key = (id(obj), compute)
    known = _PER_OBJECT.get(key)
    if known is not None and known[0] is obj:
        answer: T = known[1]
        return answer
    answer = compute(obj)
    _PER_OBJECT.put(key, (obj, answer))
    return answer


def is_set(value: Any) -> bool:
    """A field the payload actually gave (not UNSET, not null)."""
    return value is not msgtypes.UNSET and value is not None


def blocks_of(params: Any, base: str, *classes: type) -> list[BlockEntry]:
    """Every message block of the given classes (exact classes, as decoded), each class's
    blocks in document order."""
    current = view(params, base)
    if len(classes) == 1:
        return current.entries(classes[0])
    found: list[BlockEntry] = []
    for cls in classes:
        found.extend(current.entries(cls))
    return found


def tools(params: Any, base: str) -> list[_Entry]:
    """(index, pointer, tool) for each entry of ``params.tools``."""
    return view(params, base).tools
