"""The structural and semantic engine behind `msglint.check`.

Per document:

1. **Fast path** — msgspec decodes the text straight into the endpoint's request Struct (in the
   relaxed form of ``msglint._relaxed``, which moves a few costly checks after or into the decode
   and accepts exactly what the strict types accept). When that succeeds the payload is
   structurally valid and no further structural work is done.
2. **Exhaustive path** — only when the fast decode fails: the structure rules walk the decoded
   JSON and report every structural problem, building a best-effort Struct tree on the way.
3. **Semantic rules** — one pass over the Struct tree (from either path): tool pairing, thinking,
   caching, media, models, betas... Each rule reads Structs, so it is written once for both paths,
   and is defensive about the raw values a broken payload leaves in the tree.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import msgtypes
from msgtypes.versions import DEFAULT_API_VERSION

from ._relaxed import decode_fast
from .diagnostics import Diagnostic, Severity
from .rules import all_rules, get
from .rules._helpers import view
from .rules.structure import check_structure

__all__ = [
    "BODY_TYPES",
    "Context",
    "check_text",
    "check_text_body",
    "check_value",
    "semantic_rule",
]

#: The request Struct of each endpoint (batch-jsonl lines are single batch requests).
BODY_TYPES: dict[str, Any] = {
    "messages": msgtypes.MessageCreateParams,
    "count_tokens": msgtypes.MessageCountTokensParams,
    "batch": msgtypes.BatchCreateParams,
    "batch-jsonl": msgtypes.MessageBatchRequest,
    "complete": msgtypes.CompletionCreateParams,
}


@dataclass
class Context:
    """What a semantic rule sees besides the Struct: where it is and what to report into.

    ``api_version`` is the ``anthropic-version`` the request is sent with (``msgtypes.versions``).
    """

    endpoint: str
    betas: frozenset[str]
    size: int = 0
    today: date = field(default_factory=lambda: _today())
    found: list[Diagnostic] = field(default_factory=list)
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


Rule = Callable[[Context, Any, str], None]
_MESSAGE_RULES: list[Rule] = []
#: For a messages rule, the request features it needs (any one of them); absent = always run.
_NEEDS: dict[Rule, frozenset[str]] = {}
_BATCH_RULES: list[Rule] = []
_COMPLETE_RULES: list[Rule] = []


def semantic_rule(*kinds: str, needs: tuple[str, ...] = ()) -> Callable[[Rule], Rule]:
    """Register a semantic check for ``"messages"`` bodies (create and count_tokens, also each
    request inside a batch), ``"batch"`` bodies or ``"complete"`` bodies.

    ``needs`` names request features (see :func:`features`, and the conversation's, see
    ``msglint.rules._helpers.View.features``) of which the rule needs at least one to have anything
    to check; requests without any of them skip it. That keeps the common plain chat cheap
    without every rule testing for it.
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


_day_cache: list[Any] = [-1, None]


def _today() -> date:
    """Today's date, asked of the OS at most once a minute (it costs a microsecond per call,
    which shows when linting 100,000 requests)."""
    minute = int(time.time() // 60)
    if _day_cache[0] != minute:
        _day_cache[0], _day_cache[1] = minute, date.today()
    day: date = _day_cache[1]
    return day


def check_text(
    data: bytes,
    endpoint: str,
    betas: frozenset[str],
    *,
    today: date | None = None,
    api_version: str = DEFAULT_API_VERSION,
) -> list[Diagnostic] | None:
    """Fast path: diagnostics for a document that decodes into its Struct, or None when it
    does not (the caller then takes :func:`check_value` on the untyped value)."""
    result = check_text_body(data, endpoint, betas, today=today, api_version=api_version)
    return None if result is None else result[0]


def check_text_body(
    data: bytes,
    endpoint: str,
    betas: frozenset[str],
    *,
    today: date | None = None,
    api_version: str = DEFAULT_API_VERSION,
) -> tuple[list[Diagnostic], Any] | None:
    """Like :func:`check_text`, also returning the decoded Struct."""
    body = decode_fast(data, BODY_TYPES[endpoint])
    if body is None:
        return None
    ctx = Context(
        endpoint, betas, size=len(data), today=today or _today(), api_version=api_version
    )
    _run(ctx, body)
    return ctx.found, body


def check_value(
    value: Any,
    endpoint: str,
    betas: frozenset[str],
    size: int = 0,
    *,
    today: date | None = None,
    api_version: str = DEFAULT_API_VERSION,
) -> list[Diagnostic]:
    """Structural diagnostics (every one) and semantic diagnostics for an untyped document."""
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


def features(params: Any, *, blocks: bool | None = None) -> frozenset[str]:
    """Which optional parts a request has: ``blocks`` (a turn with a list of blocks), ``tools``
    (tools, tool_choice, MCP servers or an output schema), ``system`` (system as blocks),
    ``thinking``, ``metadata`` and ``extras`` (container, context management, MCP servers,
    output config, fallbacks, speed, threads, compaction, billing policy, fallback credit).
    ``blocks`` may be given when already known (the conversation pass)."""
    found = set()
    if blocks is None:
        turns = getattr(params, "messages", None)
        blocks = isinstance(turns, list) and any(
            type(getattr(t, "content", None)) is not str for t in turns
        )
    if blocks:
        found.add("blocks")
    if isinstance(getattr(params, "system", None), list):
        found.add("system")
    unset = msgtypes.UNSET
    for name, feature in _FEATURE_FIELDS:
        value = getattr(params, name, None)
        if value is not None and value is not unset:
            found.add(feature)
    return frozenset(found)


#: The rules to run for each set of request features, worked out once per set.
_PLANS: dict[frozenset[str], list[Rule]] = {}


def _run_messages(ctx: Context, params: Any, base: str) -> None:
    seen = view(params, base)
    present = features(params, blocks=seen.has_blocks) | seen.features()
    plan = _PLANS.get(present)
    if plan is None:
        plan = _PLANS[present] = [
            rule
            for rule in _MESSAGE_RULES
            if _NEEDS.get(rule) is None or _NEEDS[rule] & present
        ]
    for rule in plan:
        rule(ctx, params, base)


def _run(ctx: Context, body: Any) -> None:
    _load_rules()
    if isinstance(body, (msgtypes.MessageCreateParams, msgtypes.MessageCountTokensParams)):
        _run_messages(ctx, body, "")
    elif isinstance(body, msgtypes.BatchCreateParams):
        for rule in _BATCH_RULES:
            rule(ctx, body, "")
        if isinstance(body.requests, list):
            for i, request in enumerate(body.requests):
                _run_request(ctx, request, f"/requests/{i}")
    elif isinstance(body, msgtypes.MessageBatchRequest):
        _run_request(ctx, body, "")
    elif isinstance(body, msgtypes.CompletionCreateParams):
        for rule in _COMPLETE_RULES:
            rule(ctx, body, "")


def _run_request(ctx: Context, request: Any, base: str) -> None:
    if isinstance(request, msgtypes.MessageBatchRequest):
        params = request.params
        if isinstance(params, msgtypes.MessageCreateParams):
            _run_messages(ctx, params, f"{base}/params")


_loaded = False


def _load_rules() -> None:
    """Import every rule module (``msglint.rules.RULE_MODULES``), registering the semantic rules."""
    global _loaded
    if not _loaded:
        all_rules()
        _loaded = True
