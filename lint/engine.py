"""The linter's pipeline, and the semantic rules' engine.

One document goes through one straight line of stages, each a module that calls nothing of the
stages before it (:func:`lint_document` is the whole line)::

    read ───────► decode ────────► view ──────────► rules ──────────► place ──────► report
    __init__      _decode          _view            engine           _source       a list,
    _files        bytes → Structs  one pass over    the semantic     pointers →    _output
    (JSONL)       (+ document and  each request's   rules (rules/),  line:column,  (the CLI)
                  structure rules) conversation     planned by what  document order
                                                    it has

- **read**: the payload as bytes (``msglint.check``), or files and the lines of a JSONL file
  (``msglint._files``, with worker processes).
- **decode** (``msglint._decode``): one typed msgspec decode; only a document it rejects is walked
  for every structural problem (``msglint.rules.syntax`` and ``msglint.rules.structure``).
- **view** (``msglint._view``): one pass over each request's blocks, which the rules read.
- **rules** (here): the semantic rules registered with :func:`semantic_rule`, each given a
  :class:`Context`; a rule whose request has nothing for it to look at is not run.
- **place** (``msglint._source``): line and column for each diagnostic's pointer, document order.

The memo tables live in ``msglint._cache``; no rule sees them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import msgtypes
from msgtypes.versions import DEFAULT_API_VERSION

from . import _cache
from ._decode import BODY_TYPES, Decoded, decode, requests_of
from ._source import place
from ._view import View
from .diagnostics import Diagnostic, Severity
from .rules import all_rules, get
from .rules.structure import check_structure
from .rules.syntax import internal_error

__all__ = [
    "BODY_TYPES",
    "Context",
    "check_text",
    "check_value",
    "lint_document",
    "run_rules",
    "semantic_rule",
]


@dataclass
class Context:
    """What a semantic rule sees besides the request: the run's settings, the view of the
    request being checked, and where to report.

    The settings are those of one ``msglint.check`` call (or one CLI run); settings that change
    what a rule reports belong here, beside them: ``betas`` (the ``anthropic-beta`` values) and
    ``api_version`` (the ``anthropic-version`` the request is sent with, ``msgtypes.versions``).
    """

    endpoint: str
    betas: frozenset[str]
    size: int = 0  # the document's size in bytes
    today: date = field(default_factory=lambda: _today())
    found: list[Diagnostic] = field(default_factory=list)
    #: The conversation view of the request the rules are checking (set by :func:`run_rules`).
    view: View = field(default=None)  # type: ignore[assignment]
    api_version: str = DEFAULT_API_VERSION

    def report(
        self,
        code: str,
        path: str,
        message: str,
        *,
        hint: str | None = None,
        severity: Severity | None = None,
    ) -> None:
        """Record one problem of rule ``code`` at JSON Pointer ``path``."""
        self.found.append(get(code).diagnostic(path, message, hint=hint, severity=severity))

    #: ``memo(obj, compute)``: ``compute(obj)`` for an input object such as a tool definition,
    #: worked out once for every request that shares the object (the decode makes a batch's
    #: repeated tool one object). The table is ``msglint._cache``'s, called without a wrapper.
    memo = staticmethod(_cache.memo)


# --------------------------------------------------------------------------- the pipeline


def lint_document(
    data: bytes,
    endpoint: str,
    betas: frozenset[str],
    *,
    positions: bool = True,
    today: date | None = None,
    api_version: str = DEFAULT_API_VERSION,
) -> tuple[list[Diagnostic], Decoded]:
    """Every diagnostic of one document, in document order, and the document decoded, for
    requests sent with ``anthropic-version: api_version``.

    With ``positions`` false (the payload was not text) the positions only decide the order.
    """
    try:
        decoded = decode(data, endpoint)
    except Exception as exc:  # never let a payload crash the caller
        decoded = Decoded(data, None, [internal_error(exc)])
    found = decoded.found
    if decoded.body is not None:
        ctx = Context(
            endpoint, betas, len(data), today or _today(), found, api_version=api_version
        )
        try:
            _run(ctx, decoded.body)
        except Exception as exc:  # the diagnostics found so far still stand
            found.append(internal_error(exc))
    return place(decoded.data, found, positions=positions), decoded


def check_text(
    data: bytes,
    endpoint: str,
    betas: frozenset[str],
    *,
    today: date | None = None,
    api_version: str = DEFAULT_API_VERSION,
) -> list[Diagnostic] | None:
    """The fast path alone: the semantic diagnostics of a document that decodes into its
    Struct (unplaced), or None when it does not."""
    decoded = decode(data, endpoint)
    if decoded.found or decoded.body is None:
        return None
    ctx = Context(endpoint, betas, len(data), today or _today(), api_version=api_version)
    _run(ctx, decoded.body)
    return ctx.found


def check_value(
    value: Any,
    endpoint: str,
    betas: frozenset[str],
    size: int = 0,
    *,
    today: date | None = None,
    api_version: str = DEFAULT_API_VERSION,
) -> list[Diagnostic]:
    """The full check of an untyped document, without any fast path: the structure walk of the
    decoded value against the strict types (every structural problem), then the semantic rules
    on its best-effort tree. Tests hold the pipeline to it."""
    found, body = check_structure(value, BODY_TYPES[endpoint])
    ctx = Context(
        endpoint,
        betas,
        size=size,
        today=today or _today(),
        found=found,
        api_version=api_version,
    )
    _run(ctx, body)
    return ctx.found


# --------------------------------------------------------------------------- the rules

Rule = Callable[[Context, Any, str], None]
_MESSAGE_RULES: list[Rule] = []
#: For a messages rule, the request features it needs (any one of them); absent = always run.
_NEEDS: dict[Rule, frozenset[str]] = {}
_BATCH_RULES: list[Rule] = []
_COMPLETE_RULES: list[Rule] = []
#: The feature the engine adds when diagnostics were found before the rules ran (``needs``).
_FOUND = frozenset({"found"})
#: The rules to run for each set of request features, worked out once per set.
_PLANS: dict[frozenset[str], list[Rule]] = {}


def semantic_rule(*kinds: str, needs: tuple[str, ...] = ()) -> Callable[[Rule], Rule]:
    """Register a semantic check for ``"messages"`` bodies (create and count_tokens, also each
    request inside a batch), ``"batch"`` bodies or ``"complete"`` bodies.

    A rule is called as ``rule(ctx, params, base)``: the request, and its JSON Pointer in the
    document. ``needs`` names request features (``msglint._view.View.features``) of which the rule
    needs at least one to have anything to check; requests without any of them skip it
    (``"found"``: the document has diagnostics before the rules start, such as the decode's). That
    keeps the common plain chat cheap without every rule testing for it.
    """

    def decorate(func: Rule) -> Rule:
        if needs:
            _NEEDS[func] = frozenset(needs)
        for kind in kinds:
            {"messages": _MESSAGE_RULES, "batch": _BATCH_RULES, "complete": _COMPLETE_RULES}[
                kind
            ].append(func)
        _PLANS.clear()
        return func

    return decorate


def run_rules(ctx: Context, params: Any, base: str, view: View | None = None) -> None:
    """Run the messages rules on request ``params`` at ``base`` (with its conversation view)."""
    if not _loaded:
        _load_rules()
    ctx.view = view = view or View(params, base)
    present = view.features
    if ctx.found:  # the structural problems of the decode (or of an earlier request)
        present = present | _FOUND
    plan = _PLANS.get(present)
    if plan is None:
        plan = _PLANS[present] = [
            rule for rule in _MESSAGE_RULES if _NEEDS.get(rule) is None or _NEEDS[rule] & present
        ]
    for rule in plan:
        rule(ctx, params, base)


def _run(ctx: Context, body: Any) -> None:
    """Run every semantic rule that applies to a decoded body."""
    if not _loaded:
        _load_rules()
    if isinstance(body, msgtypes.BatchCreateParams):
        for rule in _BATCH_RULES:
            rule(ctx, body, "")
    elif isinstance(body, msgtypes.CompletionCreateParams):
        for rule in _COMPLETE_RULES:
            rule(ctx, body, "")
    for params, base in requests_of(body):
        run_rules(ctx, params, base)


_loaded = False


def _load_rules() -> None:
    """Import every rule module (``msglint.rules.RULE_MODULES``), registering the semantic rules."""
    global _loaded
    if not _loaded:
        all_rules()
        _loaded = True


_day_cache: list[Any] = [-1, None]


def _today() -> date:
    """Today's date, asked of the OS at most once a minute (it costs a microsecond per call,
    which shows when linting 100,000 requests)."""
    minute = int(time.time() // 60)
    if _day_cache[0] != minute:
        _day_cache[0], _day_cache[1] = minute, date.today()
    day: date = _day_cache[1]
    return day
