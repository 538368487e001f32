"""The linter's exhaustive path reports exactly what the full check reports.

``msglint.check`` walks a rejected document's raw JSON and lets msgspec accept every subtree it
can in C (``msglint.rules.structure``), builds its tree from the relaxed types and leaves the
tool ids to the conversation pass (``msglint._view``). The full check
(``msglint.engine.check_value``) walks every decoded value in Python against the strict types.
For broken payloads of every shape, both must find the same problems.
"""

from __future__ import annotations

import copy
import json
import random
from collections import Counter
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from msglint.engine import check_value, lint_document

TODAY = date(2025, 11, 20)

_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
_TOOL = {
    "name": "get_weather",
    "description": "Weather for a city.",
    "input_schema": {
        "type": "object",
        "properties": {"city": {"type": "string"}, "days": {"type": "integer", "minimum": 1}},
        "required": ["city"],
    },
}
_CONVERSATION = [
    {"role": "user", "content": [
        {"type": "text", "text": "What is in this picture, and the weather?"},
        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": _PNG}},
    ]},
    {"role": "assistant", "content": [
        {"type": "thinking", "thinking": "Look it up.", "signature": "c2ln"},
        {"type": "text", "text": "Checking."},
        {"type": "tool_use", "id": "toolu_01", "name": "get_weather", "input": {"city": "Paris"}},
    ]},
    {"role": "user", "content": [
        {"type": "tool_result", "tool_use_id": "toolu_01", "content": [{"type": "text", "text": "Sun"}]},
        {"type": "text", "text": "Thanks", "cache_control": {"type": "ephemeral"}},
    ]},
    {"role": "assistant", "content": "It is sunny."},
    {"role": "user", "content": "And tomorrow?"},
]
_BODY = {
    "model": "claude-sonnet-4-5",
    "max_tokens": 4096,
    "system": [{"type": "text", "text": "Be brief.", "cache_control": {"type": "ephemeral"}}],
    "tools": [_TOOL, {"type": "web_search_20250305", "name": "web_search", "max_uses": 2}],
    "tool_choice": {"type": "auto"},
    "thinking": {"type": "enabled", "budget_tokens": 2048},
    "metadata": {"user_id": "u-1"},
    "stop_sequences": ["END"],
    "messages": _CONVERSATION,
}
_VALUES: list[Any] = [
    None, True, 0, -1, 1.5, "", "x", "toolu 1", "system", "robot", "txt", [], {}, [1],
    {"type": "nope"}, {"type": "text"}, {"type": "text", "text": ""}, 10**30,
]
_KEYS = ["extra", "type", "cache_control", "citations", "id", "text", "role", "content"]


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _paths(item, (*path, i))
    return found


def _mutated(rng: random.Random, body: Any) -> Any:
    body = copy.deepcopy(body)
    for _ in range(rng.choice([1, 1, 2, 3])):
        path = rng.choice(_paths(body)[1:])
        parent = body
        for key in path[:-1]:
            parent = parent[key]
        key = path[-1]
        roll = rng.random()
        if roll < 0.4:
            parent[key] = copy.deepcopy(rng.choice(_VALUES))
        elif roll < 0.55 and isinstance(parent, dict):
            del parent[key]
        elif roll < 0.7 and isinstance(parent, dict):
            parent[rng.choice(_KEYS)] = copy.deepcopy(rng.choice(_VALUES))
        elif roll < 0.8 and isinstance(parent[key], str):
            parent[key] += rng.choice([" ", "!", "\n", "é", "-x"])
        elif roll < 0.87 and isinstance(parent, list):
            parent.insert(rng.randrange(len(parent) + 1), copy.deepcopy(rng.choice(_VALUES)))
        elif roll < 0.95 and isinstance(parent, dict) and "type" in parent:
            parent["type"] = rng.choice(["txt", "tool_use", "image", "document", "custom", 5])
        elif isinstance(parent[key], int) and not isinstance(parent[key], bool):
            parent[key] = -parent[key] - 1
    return body


def _found(data: bytes, endpoint: str) -> Counter[tuple[str, str, str, str | None]]:
    diagnostics, _ = lint_document(data, endpoint, frozenset(), today=TODAY)
    return Counter((d.code, d.path, d.message, d.hint) for d in diagnostics)


def _full(data: bytes, endpoint: str) -> Counter[tuple[str, str, str, str | None]]:
    value = json.loads(data)
    diagnostics = check_value(value, endpoint, frozenset(), len(data), today=TODAY)
    return Counter((d.code, d.path, d.message, d.hint) for d in diagnostics)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(rng=st.randoms(use_true_random=False), shape=st.sampled_from(["messages", "line", "batch"]))
def test_the_exhaustive_path_finds_what_the_full_check_finds(
    rng: random.Random, shape: str
) -> None:
    body = _mutated(rng, _BODY)
    if shape == "line":
        document: Any = {"custom_id": rng.choice(["req-1", "bad id", "x" * 70]), "params": body}
        endpoint = "batch-jsonl"
    elif shape == "batch":
        requests = [{"custom_id": "a", "params": body}, {"custom_id": "a b", "params": _BODY}]
        document, endpoint = {"requests": requests}, "batch"
    else:
        document, endpoint = body, "messages"
    data = json.dumps(document).encode()
    assert _found(data, endpoint) == _full(data, endpoint)
