"""Correct Struct code: must type-check under mypy --strict."""

from __future__ import annotations

import msgtypes
from msgtypes import (
    ImageBlockParam,
    MessageCreateParams,
    MessageParam,
    TextBlock,
    TextBlockParam,
    Tool,
    ToolChoiceTool,
    URLImageSource,
)

params = MessageCreateParams(
    model="claude-sonnet-4-5",
    max_tokens=1024,
    messages=[
        MessageParam(role="user", content="Hello"),
        MessageParam(
            role="user",
            content=[
                TextBlockParam(text="What is in this image?"),
                ImageBlockParam(source=URLImageSource(url="https://example.com/a.png")),
            ],
        ),
    ],
    tools=[Tool(name="get_weather", input_schema={"type": "object"})],
    tool_choice=ToolChoiceTool(name="get_weather"),
    temperature=0.5,
)
body: bytes = msgtypes.encode(params)


def first_text(message: msgtypes.Message) -> str:
    for block in message.content:
        if isinstance(block, TextBlock):
            return block.text
    return ""


def stop(message: msgtypes.Message) -> bool:
    return message.stop_reason == "end_turn"
