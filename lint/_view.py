"""Stage 3 of the pipeline: one request's conversation, walked once for every rule.

Several rules look at the same blocks, so the blocks of one request are walked once (:class:`View`)
and every rule reads the result (``ctx.view``). Most blocks of a real conversation are text,
``tool_use`` and ``tool_result`` blocks, and on a valid payload the rules find nothing in them. So
the pass checks those three kinds on the spot for anything a rule would report (a blank text, a
breakpoint, a misplaced or unpaired tool block, an id off its pattern...) and raises a flag per
rule. A rule whose flag is down has nothing to do; a rule whose flag is up asks for the blocks
(:meth:`View.blocks`). Text and tool_result blocks are not filed by the pass (they are filed by a
second, complete pass when a rule asks for them); tool_use blocks are, as the tool rules read
every input, and so are the rarer kinds (images, thinking, server tools...).

The flags may be raised when nothing is wrong (they only send a rule to look); they are never left
down when the rule would find something: property tests hold each rule's fast answer to its full
check. :attr:`View.features` says what the request has at all (tools, thinking, media...), so that
the engine runs only the rules that have something to look at.
"""

from __future__ import annotations

import operator
from typing import Any, get_args

import msgtypes

from ._relaxed import ID_PATTERN, ORIGINAL, RELAXED, TURN_TYPES

__all__ = [
    "ASSISTANT_ONLY",
    "CALLS",
    "CHECKED_ON_THE_SPOT",
    "MEDIA_BLOCKS",
    "THINKING_BLOCKS",
    "TOOL_CHANGES",
    "BlockEntry",
    "View",
    "ids_match",
]

#: (turn index, turn, block index, block)
BlockEntry = tuple[int, Any, int, Any]
#: (index, JSON Pointer, tool) of a tool definition
ToolEntry = tuple[int, str, Any]

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
#: The assistant-only kinds the conversation pass files as they are (all but tool_use).
_FILED_ASSISTANT_ONLY = ASSISTANT_ONLY[1:]
MEDIA_BLOCKS = (msgtypes.ImageBlockParam, msgtypes.DocumentBlockParam)


_NO_KINDS: frozenset[type] = frozenset()
#: Every request block class (what a broken payload's pass says a tool_result's list may hold).
_ANY_KIND: frozenset[type] = frozenset(get_args(msgtypes.ContentBlockParam))
THINKING_BLOCKS = (msgtypes.ThinkingBlockParam, msgtypes.RedactedThinkingBlockParam)
#: Blocks that change the tools mid-conversation (they belong in system turns).
TOOL_CHANGES = (msgtypes.RequestToolAdditionBlockParam, msgtypes.RequestToolRemovalBlockParam)

#: Request fields and the feature each one gives (see :attr:`View.features`).
_FEATURE_FIELDS = (
    ("tools", "tools"),
    ("tool_choice", "tools"),
    ("mcp_servers", "tools"),
    ("output_format", "tools"),
    ("output_config", "tools"),  # its format carries an output schema
    ("thinking", "thinking"),
    ("metadata", "metadata"),
    ("container", "extras"),
    ("context_management", "extras"),
    ("mcp_servers", "extras"),
    ("output_config", "extras"),
    # request options of the 2026 surface (msglint.rules.capabilities, .options, .betas)
    ("fallbacks", "extras"),
    ("speed", "extras"),
    ("thread", "extras"),
    ("compaction", "extras"),
    ("billing_policy", "extras"),
    ("fallback_credit_token", "extras"),
)
_FEATURE_NAMES = tuple(dict.fromkeys(name for name, _ in _FEATURE_FIELDS))
#: The feature fields' values in one call (a request type without one of them raises).
_feature_values = operator.attrgetter(*_FEATURE_NAMES)
#: For each field of _FEATURE_NAMES, the features it gives.
_FEATURES_OF = tuple(
    tuple(feature for field, feature in _FEATURE_FIELDS if field == name) for name in _FEATURE_NAMES
)


def _alphabet(pattern: str) -> bytes:
    """The characters of a ``^[chars]+$`` pattern made of plain ASCII characters and ranges."""
    import re

    match = re.fullmatch(r"\^\[([ -~]+)\]\+\$", pattern)
    if match is None or "\\" in match.group(1) or match.group(1).startswith("^"):
        raise ValueError(f"not a plain character class: {pattern}")
    chars, allowed, i = match.group(1), bytearray(), 0
    while i < len(chars):
        if i + 2 < len(chars) and chars[i + 1] == "-":
            allowed += bytes(range(ord(chars[i]), ord(chars[i + 2]) + 1))
            i += 3
        else:
            allowed += chars[i].encode()
            i += 1
    return bytes(allowed)


_ID_ALPHABET = _alphabet(ID_PATTERN.pattern)


def ids_match(ids: list[Any]) -> bool:
    """Whether every id (a string) matches the tool_use id pattern; other values are skipped
    (they are reported as the wrong type). All at once: the ids joined together, less the
    allowed characters, leave nothing (an id with any other character, or with a trailing line
    feed that ``$`` would allow, leaves something: the ids are then checked one by one)."""
    if "" not in ids:
        try:
            if not "".join(ids).encode("ascii").translate(None, _ID_ALPHABET):
                return True
        except (TypeError, UnicodeEncodeError):  # not all strings, or not all ASCII
            pass
    return all(ID_PATTERN.search(value) for value in ids if isinstance(value, str))


class View:
    """One request's conversation after the conversation pass (see the module docstring).

    Flags (True = the rule must look): ``blank_text`` (a text block empty or whitespace),
    ``empty_turn`` (a turn whose content is empty), ``misplaced`` (a block the model makes in a
    user turn, or a tool_result in an assistant turn), ``unpaired`` (tool_use/tool_result pairing,
    order or duplicate ids), ``cache_marks`` (number of text/tool blocks with cache_control,
    blocks inside tool_results included),
    ``callers`` (a tool_use with ``caller``), ``nested_kinds`` (the classes of the blocks in
    tool_results whose content is a list of blocks),
    ``cited`` (a text block with ``citations``), ``bad_ids`` (a tool_use or
    tool_result id off its pattern, in a tree of the linter's relaxed types, which leave the
    ids to this pass).
    ``turn_options`` (a system turn, or a turn with ``clear_at`` or ``output_config``).
    ``has_blocks`` says whether any turn's content is not a plain string.
    """

    __slots__ = (
        "_all",
        "bad_ids",
        "base",
        "blank_text",
        "by_class",
        "cache_marks",
        "callers",
        "cited",
        "empty_turn",
        "features",
        "has_blocks",
        "misplaced",
        "nested_kinds",
        "params",
        "tools",
        "turn_options",
        "unpaired",
    )

    def __init__(self, params: Any, base: str) -> None:
        self.params = params
        self.base = base
        self._all: dict[type, list[BlockEntry]] | None = None
        self.tools: list[ToolEntry] = []
        defined = getattr(params, "tools", None)
        if isinstance(defined, list):
            self.tools = [(i, f"{base}/tools/{i}", tool) for i, tool in enumerate(defined)]
        self._walk(getattr(params, "messages", None))
        self.features = self._features()

    def blocks(self, *classes: type) -> list[BlockEntry]:
        """Every message block of the given classes (exact classes, as decoded), each class's
        blocks in document order."""
        if len(classes) == 1:
            return self.entries(classes[0])
        found: list[BlockEntry] = []
        for cls in classes:
            found.extend(self.entries(cls))
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
                    kind = ORIGINAL.get(type(block), type(block))
                    filed.setdefault(kind, []).append((i, turn, j, block))
            self._all = filed
        return self._all

    # -- the pass -----------------------------------------------------------------------------

    def _walk(self, turns: Any) -> None:
        if type(turns) is list and self._walk_plain(turns):
            return
        try:  # (both ways set every flag)
            self._walk_typed(turns if isinstance(turns, list) else [])
        except (AttributeError, TypeError):
            # Only a broken payload's best-effort tree gets here (a value of the wrong type
            # where the walk expects a string or a Struct): raise every flag, file everything.
            self.blank_text = self.empty_turn = self.misplaced = self.unpaired = True
            self.callers = self.has_blocks = self.cited = self.turn_options = True
            self.nested_kinds = _ANY_KIND
            self.bad_ids = type(self.params) in ORIGINAL
            self.cache_marks = 1
            self.by_class = self.all_entries()

    def _walk_plain(self, turns: list[Any]) -> bool:
        """The pass over a conversation whose turns are all plain text (most chats, and most
        lines of a batch file): False, with nothing set, as soon as a turn is not."""
        unset = msgtypes.UNSET
        turn_types = TURN_TYPES
        empty = options = False
        for turn in turns:
            if type(turn) not in turn_types:
                return False
            content = turn.content
            if type(content) is not str:
                return False
            if not content:
                empty = True
            if turn.clear_at is not unset or turn.output_config is not unset:
                options = True
            elif turn.role == "system":
                options = True
        self.by_class = {}
        self.blank_text = self.misplaced = self.unpaired = self.callers = False
        self.has_blocks = self.bad_ids = self.cited = False
        self.empty_turn, self.turn_options = empty, options
        self.nested_kinds = _NO_KINDS
        self.cache_marks = 0
        return True

    def _walk_typed(self, turns: list[Any]) -> None:
        by_class: dict[type, list[BlockEntry]] = {}
        self.by_class = by_class
        blank = empty = misplaced = unpaired = callers = cited = False
        inner: set[type] = set()  # the classes of the blocks in tool_results' lists
        marks = 0
        unset = msgtypes.UNSET
        # A tree is all relaxed classes (the linter's decode) or all strict ones (a Struct tree
        # built by other code): compare with the right ones by identity.
        relaxed = type(self.params) in ORIGINAL
        if relaxed:
            get = RELAXED.get
            text_kind, use_kind = get(_TEXT, _TEXT), get(_TOOL_USE, _TOOL_USE)
            result_kind = get(_TOOL_RESULT, _TOOL_RESULT)
        else:
            text_kind, use_kind, result_kind = CHECKED_ON_THE_SPOT
        turn_types = TURN_TYPES
        nothing: frozenset[str] = frozenset()
        all_calls: list[str] = []
        all_answers: list[str] = []
        called: frozenset[str] | list[str] = nothing  # the previous turn's tool_use ids
        blocks = options = False
        for i, turn in enumerate(turns):
            if type(turn) not in turn_types:
                blocks = options = True
                unpaired = unpaired or bool(called)
                called = nothing
                continue
            if turn.clear_at is not unset or turn.output_config is not unset:
                options = True
            elif turn.role == "system":
                options = True
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
                    if block.citations:  # (UNSET, None and [] are false)
                        cited = True
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
                        for item in block.content:  # (breakpoints inside count too)
                            inner.add(type(item))
                            mark = getattr(item, "cache_control", None)
                            if mark is not None and mark is not unset:
                                marks += 1
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
        self.bad_ids = False
        if all_calls or all_answers:
            if len(set(all_calls)) != len(all_calls) or len(set(all_answers)) != len(all_answers):
                unpaired = True
            # The strict types check the ids themselves; the relaxed ones leave them to this pass.
            self.bad_ids = relaxed and not ids_match(all_calls + all_answers)
        if ORIGINAL and by_class:
            for kind in [kind for kind in by_class if kind in ORIGINAL]:
                by_class.setdefault(ORIGINAL[kind], []).extend(by_class.pop(kind))
        # Model-made blocks other than tool_use (thinking, server tools...) in a user turn.
        if not misplaced and not by_class.keys().isdisjoint(_FILED_ASSISTANT_ONLY):
            misplaced = any(
                entry[1].role == "user"
                for kind in _FILED_ASSISTANT_ONLY
                for entry in by_class.get(kind, ())
            )
        self.blank_text, self.empty_turn, self.misplaced = blank, empty, misplaced
        self.unpaired, self.callers = unpaired, callers
        self.cited = cited
        self.nested_kinds = (
            frozenset([ORIGINAL.get(kind, kind) for kind in inner]) if inner else _NO_KINDS
        )
        self.cache_marks = marks
        self.has_blocks = blocks
        self.turn_options = options

    def _features(self) -> frozenset[str]:
        """What the request gives rules to look at: ``blocks`` (a turn with a list of blocks),
        ``tools`` (tools, tool_choice, MCP servers or an output schema), ``system`` (system as
        blocks), ``thinking`` (configured, or thinking blocks), ``metadata``, ``extras``
        (container, context management, MCP servers, output config, fallbacks, speed, threads,
        compaction, billing policy, fallback credit), ``misplaced`` (a block
        in the wrong turn), ``unpaired`` (tool pairing to check), ``media`` (images or
        documents), ``bad_ids`` (an id off its pattern), ``turns`` (system turns, turn options or
        blocks that change the tools). A rule that needs none of them present is not run."""
        params = self.params
        found = set()
        if self.has_blocks:
            found.add("blocks")
        if isinstance(getattr(params, "system", None), list):
            found.add("system")
        unset = msgtypes.UNSET
        try:
            values = _feature_values(params)
        except AttributeError:  # a request type without some of the fields
            values = tuple(getattr(params, name, None) for name in _FEATURE_NAMES)
        if values.count(unset) + values.count(None) < len(values):  # (a plain chat has none)
            for value, features in zip(values, _FEATURES_OF, strict=True):
                if value is not None and value is not unset:
                    found.update(features)
        if self.misplaced:
            found.add("misplaced")
        if self.unpaired:
            found.add("unpaired")
        if self.bad_ids:
            found.add("bad_ids")
        if self.turn_options:
            found.add("turns")
        kinds = self.by_class.keys()
        if kinds or self.nested_kinds:  # (a plain-text conversation files no block)
            if not kinds.isdisjoint(CALLS[1:]):
                found.add("unpaired")
            if not (self.nested_kinds.isdisjoint(MEDIA_BLOCKS) and kinds.isdisjoint(MEDIA_BLOCKS)):
                found.add("media")
            if not kinds.isdisjoint(THINKING_BLOCKS):
                found.add("thinking")
            if not kinds.isdisjoint(TOOL_CHANGES):
                found.add("turns")
        return frozenset(found)
