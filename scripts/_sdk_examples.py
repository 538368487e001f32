"""The calls of the official SDK's own examples (examples/*.py of its sdists) that both corpus
capture scripts replay, each against any `anthropic` client and model: the 0.75.0 and 2.14.0
examples make the same calls with the model of their day."""

from __future__ import annotations

from pathlib import Path
from typing import Any

WEATHER_TOOL = {
    "name": "get_weather",
    "description": "Get the weather for a specific location",
    "input_schema": {"type": "object", "properties": {"location": {"type": "string"}}},
}


def messages_example(client: Any, model: str) -> None:
    """examples/messages.py: a message, then the reply sent back with a follow-up."""
    hello = {"role": "user", "content": "Hello!"}
    reply = client.messages.create(max_tokens=1024, model=model, messages=[hello])
    turn = {"role": reply.role, "content": reply.content}
    follow = {"role": "user", "content": "How are you?"}
    client.messages.create(max_tokens=1024, model=model, messages=[hello, turn, follow])


def images_example(client: Any, model: str, logo: Path) -> None:
    """examples/images.py: text and a base64 PNG read from the sdist's logo.png."""
    image = {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": logo}}
    content = [{"type": "text", "text": "Hello!"}, image]
    client.messages.create(
        max_tokens=1024, model=model, messages=[{"role": "user", "content": content}]
    )


def tools_example(client: Any, model: str) -> None:
    """examples/tools.py: a tool call, then its result sent back."""
    user = {"role": "user", "content": "What is the weather in SF?"}
    tools = [WEATHER_TOOL]
    message = client.messages.create(model=model, max_tokens=1024, messages=[user], tools=tools)
    tool = next(c for c in message.content if c.type == "tool_use")
    result = {
        "type": "tool_result",
        "tool_use_id": tool.id,
        "content": [{"type": "text", "text": "The weather is 73f"}],
    }
    turns = [
        user,
        {"role": message.role, "content": message.content},
        {"role": "user", "content": [result]},
    ]
    client.messages.create(model=model, max_tokens=1024, tools=tools, messages=turns)


def web_search_example(client: Any, model: str) -> None:
    """examples/web_search.py: the web search server tool."""
    question = {"role": "user", "content": "What's the weather in New York?"}
    tools = [{"name": "web_search", "type": "web_search_20250305"}]
    client.messages.create(model=model, max_tokens=1024, messages=[question], tools=tools)
