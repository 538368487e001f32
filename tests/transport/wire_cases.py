"""The calls the wire tests make through an official SDK and through msgtypes (standard library
only: ``scripts/record_wire.py`` runs this module inside an SDK's own venv).

Each :class:`Case` names a client method by its dotted path, its arguments, how its result is
consumed (a stream drained, a paginator walked to the end) and which SDK generations have that
call: ``legacy`` is anthropic 0.75.0 (``anthropic-version: 2023-06-01``), ``current`` is
anthropic 2.14.0 (``2026-10-21``). :func:`wire` is the part of a recorded request the API sees.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

Generation = Literal["legacy", "current"]
BOTH: tuple[Generation, ...] = ("legacy", "current")
LEGACY: tuple[Generation, ...] = ("legacy",)
CURRENT: tuple[Generation, ...] = ("current",)

#: The SDK version recorded for each generation.
SDK_VERSIONS: dict[Generation, str] = {"legacy": "0.75.0", "current": "2.14.0"}

KEY = "sk-ant-wire-test-0123456789"

# Every header is compared except the SDK's own telemetry (x-stainless-*, its user-agent) and
# what the HTTP layer adds (host, length, encoding, connection): the JSON text may differ in
# spacing, so the bodies are compared parsed.
NOT_COMPARED = frozenset({"user-agent", "host", "content-length", "accept-encoding", "connection"})

Consume = Literal["value", "drain", "list", "final", "data"]


@dataclass(frozen=True)
class Case:
    """One call: ``client.<method>(*args, **kwargs)``, its result consumed as ``consume`` says."""

    name: str
    method: str
    kwargs: dict[str, Any] = field(default_factory=dict)
    args: tuple[Any, ...] = ()
    consume: Consume = "value"
    sdks: tuple[Generation, ...] = BOTH


# --------------------------------------------------------------------------- request data

MESSAGES: list[dict[str, Any]] = [{"role": "user", "content": "Hello"}]
BASE: dict[str, Any] = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": MESSAGES}
BASE_NOW: dict[str, Any] = {**BASE, "model": "claude-opus-5-5"}
_TURNS: list[dict[str, Any]] = [
    {"role": "user", "content": [{"type": "text", "text": "What is 2+2?"}]},
    {"role": "assistant", "content": "Let me see."},
    {"role": "user", "content": "Go on."},
]
_TOOLS: list[dict[str, Any]] = [
    # A tool written the way the SDK docs write it: no "type".
    {
        "name": "get_weather",
        "description": "Weather for a city",
        "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}},
    },
    {"type": "bash_20250124", "name": "bash"},
]
_SYSTEM = [{"type": "text", "text": "Be brief.", "cache_control": {"type": "ephemeral"}}]
#: A request of the seeds' era: sampling parameters and budget thinking.
RICH: dict[str, Any] = {
    **BASE,
    "messages": _TURNS,
    "system": _SYSTEM,
    "tools": _TOOLS,
    "tool_choice": {"type": "auto", "disable_parallel_tool_use": True},
    "thinking": {"type": "enabled", "budget_tokens": 1024},
    "metadata": {"user_id": "u-1"},
    "stop_sequences": ["END"],
    "temperature": 1,
    "top_k": 5,
    "service_tier": "auto",
}
#: A request of today's API (2026-10-21 has no sampling parameters).
RICH_NOW: dict[str, Any] = {
    **BASE_NOW,
    "messages": _TURNS,
    "system": _SYSTEM,
    "tools": _TOOLS,
    "tool_choice": {"type": "auto", "disable_parallel_tool_use": True},
    "thinking": {"type": "adaptive", "display": "summarized"},
    "output_config": {"effort": "high"},
    "metadata": {"user_id": "u-1"},
    "stop_sequences": ["END"],
    "service_tier": "auto",
    "speed": "standard",
    "inference_geo": "us",
}
BETA_FIELDS: dict[str, Any] = {
    "context_management": {
        "edits": [{"type": "clear_tool_uses_20250919", "keep": {"type": "tool_uses", "value": 3}}]
    },
    "mcp_servers": [{"type": "url", "name": "docs", "url": "https://mcp.example.com/sse"}],
    "container": "container_abc",
    "output_config": {"effort": "high"},
}
BETAS = ["context-management-2025-06-27", "mcp-client-2025-11-20"]
COUNT: dict[str, Any] = {"model": "claude-sonnet-4-5", "messages": MESSAGES, "system": "Be brief."}
BATCH: dict[str, Any] = {
    "requests": [{"custom_id": "r1", "params": BASE}, {"custom_id": "r2", "params": RICH}]
}
BATCH_NOW: dict[str, Any] = {
    "requests": [{"custom_id": "r1", "params": BASE_NOW}, {"custom_id": "r2", "params": RICH_NOW}]
}
EXTRAS: dict[str, Any] = {
    "extra_headers": {"x-custom": "1"},
    "extra_query": {"trace": "yes"},
    "extra_body": {"extra_field": [1, 2]},
}
COMPLETION: dict[str, Any] = {
    "model": "claude-2.1",
    "max_tokens_to_sample": 50,
    "prompt": "\n\nHuman: Hi\n\nAssistant:",
    "stop_sequences": ["\n\nHuman:"],
}
#: The builtins form of the Struct-built request of the wire tests (``STRUCT_ARGS`` there).
STRUCTS_AS_DICTS: dict[str, Any] = {
    "model": "claude-sonnet-4-5",
    "max_tokens": 2048,
    "messages": [
        {
            "role": "user",
            "content": [
                {
                    "type": "text",
                    "text": "Describe",
                    "cache_control": {"type": "ephemeral", "ttl": "1h"},
                },
                {"type": "image", "source": {"type": "url", "url": "https://example.com/a.png"}},
            ],
        }
    ],
    "tools": [{"type": "custom", "name": "lookup", "input_schema": {"type": "object"}}],
    "tool_choice": {"type": "auto"},
    "thinking": {"type": "enabled", "budget_tokens": 1024},
    "metadata": {"user_id": "u-2"},
}
WHO: dict[str, Any] = {"workspace_id": "wrkspc_01", "user_profile_id": "uprof_01"}
STRUCTURED = {"format": {"type": "json_schema", "schema": {"type": "object"}}}

# --------------------------------------------------------------------------- the calls


def _c(
    name: str,
    method: str,
    consume: Consume = "value",
    *args: Any,
    sdks: tuple[Generation, ...] = BOTH,
    **kwargs: Any,
) -> Case:
    return Case(name, method, kwargs, args, consume, sdks)


SYNC_CASES: list[Case] = [
    _c("messages.create", "messages.create", **BASE),
    _c("messages.create rich dicts", "messages.create", sdks=LEGACY, **RICH),
    _c("messages.create rich now", "messages.create", sdks=CURRENT, **RICH_NOW),
    _c("messages.create structs", "messages.create", **STRUCTS_AS_DICTS),
    _c("messages.create extras", "messages.create", **BASE, **EXTRAS),
    _c(
        "messages.create sampling in extra_body",
        "messages.create",
        sdks=CURRENT,
        **BASE_NOW,
        extra_body={"temperature": 0.2},
    ),
    _c("messages.create workspace", "messages.create", sdks=CURRENT, **BASE_NOW, **WHO),
    _c(
        "messages.create workspace in extra_headers",
        "messages.create",
        sdks=CURRENT,
        **BASE_NOW,
        **WHO,
        extra_headers={"anthropic-workspace-id": "wrkspc_02"},
    ),
    _c("messages.create stream=True", "messages.create", "drain", **BASE, stream=True),
    _c("messages.stream", "messages.stream", "final", sdks=LEGACY, **RICH),
    _c("messages.stream now", "messages.stream", "final", sdks=CURRENT, **RICH_NOW),
    _c("messages.stream container", "messages.stream", "final", **BASE, container="c1"),
    _c("messages.count_tokens", "messages.count_tokens", **COUNT),
    _c("messages.count_tokens tools", "messages.count_tokens", **COUNT, tools=_TOOLS),
    _c(
        "messages.count_tokens output_config",
        "messages.count_tokens",
        sdks=CURRENT,
        **COUNT,
        output_config=STRUCTURED,
        **WHO,
    ),
    _c("batches.create", "messages.batches.create", sdks=LEGACY, **BATCH),
    _c("batches.create now", "messages.batches.create", sdks=CURRENT, **BATCH_NOW, **WHO),
    _c("batches.retrieve", "messages.batches.retrieve", "value", "msgbatch_01"),
    _c(
        "batches.retrieve workspace",
        "messages.batches.retrieve",
        "value",
        "msgbatch_01",
        sdks=CURRENT,
        workspace_id="wrkspc_01",
    ),
    _c("batches.list all pages", "messages.batches.list", "list", limit=2),
    _c("batches.list after_id", "messages.batches.list", "list", after_id="msgbatch_00", limit=3),
    _c("batches.list before_id", "messages.batches.list", "list", before_id="msgbatch_04", limit=1),
    _c(
        "batches.list extra_query",
        "messages.batches.list",
        "list",
        limit=2,
        extra_query={"trace": "yes"},
    ),
    _c("batches.cancel", "messages.batches.cancel", "value", "msgbatch_01"),
    _c("batches.delete", "messages.batches.delete", "value", "msgbatch_01"),
    _c("batches.results", "messages.batches.results", "list", "msgbatch_02"),
    _c(
        "batches.results workspace",
        "messages.batches.results",
        "list",
        "msgbatch_02",
        sdks=CURRENT,
        workspace_id="wrkspc_01",
    ),
    _c("models.list", "models.list", "list", limit=2),
    _c(
        "models.list lifecycle",
        "models.list",
        "list",
        sdks=CURRENT,
        limit=2,
        lifecycle=["active", "deprecated"],
    ),
    _c("models.list betas", "models.list", "data", sdks=LEGACY, betas=["b1"], limit=3),
    _c("models.retrieve", "models.retrieve", "value", "claude-sonnet-4-5"),
    _c("models.retrieve betas", "models.retrieve", "value", "m", sdks=LEGACY, betas=["b1", "b2"]),
    _c(
        "models.retrieve workspace",
        "models.retrieve",
        "value",
        "m",
        sdks=CURRENT,
        workspace_id="wrkspc_01",
    ),
    _c("completions.create", "completions.create", sdks=LEGACY, **COMPLETION),
    _c(
        "completions.create betas",
        "completions.create",
        sdks=LEGACY,
        **COMPLETION,
        betas=["b1"],
        temperature=0.5,
    ),
    _c(
        "completions.create stream",
        "completions.create",
        "drain",
        sdks=LEGACY,
        **COMPLETION,
        stream=True,
    ),
    # ----------------------------------------------------------------------------- beta
    _c("beta.messages.create", "beta.messages.create", **BASE),
    _c(
        "beta.messages.create betas",
        "beta.messages.create",
        sdks=LEGACY,
        **RICH,
        **BETA_FIELDS,
        betas=BETAS,
    ),
    _c(
        "beta.messages.create betas now",
        "beta.messages.create",
        sdks=CURRENT,
        **{**RICH_NOW, **BETA_FIELDS},
        betas=BETAS,
        **WHO,
    ),
    _c(
        "beta.messages.create output_format",
        "beta.messages.create",
        sdks=LEGACY,
        **BASE,
        output_format={"type": "json_schema", "schema": {"type": "object"}},
        betas=["structured-outputs-2025-11-13"],
    ),
    _c(
        "beta.messages.create output_config format",
        "beta.messages.create",
        sdks=CURRENT,
        **BASE_NOW,
        output_config=STRUCTURED,
    ),
    _c("beta.messages.create extras", "beta.messages.create", **BASE, **EXTRAS, betas=["b1"]),
    _c(
        "beta.messages.create stream",
        "beta.messages.create",
        "drain",
        **BASE,
        stream=True,
        betas=BETAS,
    ),
    _c(
        "beta.messages.stream",
        "beta.messages.stream",
        "final",
        sdks=LEGACY,
        **RICH,
        **BETA_FIELDS,
        betas=BETAS,
    ),
    _c(
        "beta.messages.stream now",
        "beta.messages.stream",
        "final",
        sdks=CURRENT,
        **{**RICH_NOW, **BETA_FIELDS},
        betas=BETAS,
    ),
    _c("beta.messages.count_tokens", "beta.messages.count_tokens", **COUNT),
    _c(
        "beta.messages.count_tokens betas",
        "beta.messages.count_tokens",
        **COUNT,
        betas=BETAS,
        context_management=BETA_FIELDS["context_management"],
        output_config={"effort": "low"},
    ),
    _c("beta.batches.create", "beta.messages.batches.create", sdks=LEGACY, **BATCH),
    _c("beta.batches.create now", "beta.messages.batches.create", sdks=CURRENT, **BATCH_NOW),
    _c(
        "beta.batches.create betas",
        "beta.messages.batches.create",
        sdks=LEGACY,
        **BATCH,
        betas=["b1"],
    ),
    _c(
        "beta.batches.create betas now",
        "beta.messages.batches.create",
        sdks=CURRENT,
        **BATCH_NOW,
        betas=["b1"],
    ),
    _c("beta.batches.retrieve", "beta.messages.batches.retrieve", "value", "msgbatch_01"),
    _c(
        "beta.batches.retrieve betas",
        "beta.messages.batches.retrieve",
        "value",
        "msgbatch_01",
        betas=["b1"],
    ),
    _c("beta.batches.list", "beta.messages.batches.list", "list", limit=2, betas=["b1"]),
    _c("beta.batches.cancel", "beta.messages.batches.cancel", "value", "msgbatch_03"),
    _c("beta.batches.delete", "beta.messages.batches.delete", "value", "msgbatch_03", betas=["b1"]),
    _c(
        "beta.batches.results", "beta.messages.batches.results", "list", "msgbatch_02", betas=["b1"]
    ),
    _c("beta.models.list", "beta.models.list", "list", limit=2),
    _c("beta.models.list betas", "beta.models.list", "list", betas=["b1"]),
    _c("beta.models.retrieve", "beta.models.retrieve", "value", "m1", betas=["b1"]),
]

#: The async client makes these of the calls above (every resource method, both generations).
ASYNC_NAMES = (
    "messages.create rich dicts",
    "messages.create rich now",
    "messages.create workspace",
    "messages.create stream=True",
    "messages.stream",
    "messages.stream now",
    "messages.count_tokens",
    "batches.create",
    "batches.create now",
    "batches.retrieve",
    "batches.list all pages",
    "batches.cancel",
    "batches.delete",
    "batches.results",
    "models.list",
    "models.list betas",
    "models.list lifecycle",
    "models.retrieve",
    "completions.create",
    "beta.messages.create",
    "beta.messages.create stream",
    "beta.messages.stream now",
    "beta.messages.count_tokens betas",
    "beta.batches.create betas",
    "beta.batches.create betas now",
    "beta.batches.list",
    "beta.batches.results",
    "beta.models.list",
    "beta.models.retrieve",
)
_BY_NAME = {case.name: case for case in SYNC_CASES}
ASYNC_CASES: list[Case] = [_BY_NAME[name] for name in ASYNC_NAMES]


def cases(generation: Generation, *, asynchronous: bool = False) -> list[Case]:
    """The cases the SDK of ``generation`` can make."""
    return [c for c in (ASYNC_CASES if asynchronous else SYNC_CASES) if generation in c.sdks]


# --------------------------------------------------------------------------- running them


def _target(client: Any, case: Case) -> Callable[..., Any]:
    target = client
    for part in case.method.split("."):
        target = getattr(target, part)
    return target  # type: ignore[no-any-return]


def run(client: Any, case: Case, **overrides: Any) -> object:
    """Make the call with a sync client (an SDK's or ours); ``overrides`` replace kwargs."""
    kwargs = {**case.kwargs, **overrides}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        result = _target(client, case)(*case.args, **kwargs)
        if case.consume == "final":
            with result as stream:
                return stream.get_final_message()
        if case.consume == "drain":
            for _ in result:
                pass
            return None
        if case.consume == "list":
            return list(result)
        if case.consume == "data":
            return result.data
        return result


async def arun(client: Any, case: Case, **overrides: Any) -> object:
    """Make the call with an async client."""
    kwargs = {**case.kwargs, **overrides}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        method = _target(client, case)
        if case.consume == "final":
            async with method(*case.args, **kwargs) as stream:
                return await stream.get_final_message()
        result = method(*case.args, **kwargs)
        if case.consume in ("list", "drain"):
            if not hasattr(result, "__aiter__"):  # a coroutine giving a stream
                result = await result
            items = [item async for item in result]  # a paginator walks every page
            return items if case.consume == "list" else None
        return await result


def wire(
    method: str, path: str, query: Iterable[tuple[str, str]], headers: dict[str, str], body: bytes
) -> dict[str, Any]:
    """The parts of a request the API sees (headers with lower-case names)."""
    return {
        "method": method,
        "path": path,
        "query": [list(pair) for pair in query],
        "headers": {
            name: value
            for name, value in sorted(headers.items())
            if name not in NOT_COMPARED and not name.startswith("x-stainless-")
        },
        "body": json.loads(body) if body else None,
    }
