"""Today's request surface written as dict literals, the way users build it: must type-check
under mypy --strict and pyright, including ``client.messages.create(**params)``."""

from __future__ import annotations

from msgtypes import Client
from msgtypes.dicts import (
    MessageCreateParams,
    MessageParam,
    TextBlockParam,
    ToolUnion,
)

# A list of one block type where a list of any content block is expected (covariance).
blocks: list[TextBlockParam] = [{"type": "text", "text": "What changed in 2026?"}]
question: MessageParam = {"role": "user", "content": blocks}
steer: MessageParam = {"role": "system", "content": "Answer in French.", "clear_at": "never"}
tools: list[ToolUnion] = [
    {"name": "lookup", "input_schema": {"type": "object"}, "strict": True},
    {"type": "web_search_20260318", "name": "web_search", "response_inclusion": "excluded"},
    {"type": "web_fetch_20260309", "name": "web_fetch", "use_cache": False},
    {"type": "code_execution_20260120", "name": "code_execution"},
]

params: MessageCreateParams = {
    "model": "claude-opus-5-5",
    "max_tokens": 2048,
    "messages": [question, steer],
    "cache_control": {"type": "ephemeral", "ttl": "1h"},
    "output_config": {
        "effort": "xhigh",
        "format": {"type": "json_schema", "schema": {"type": "object"}},
    },
    "thinking": {"type": "between_tools"},
    "tools": tools,
    "speed": "fast",
    "inference_geo": "us",
    "fallbacks": [{"model": "claude-sonnet-5-5", "max_tokens": 1024}],
}


def send(client: Client) -> None:
    client.messages.create(**params)
