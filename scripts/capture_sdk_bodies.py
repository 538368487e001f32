"""Capture the request bodies the official SDK (anthropic 2.14.0) sends for the calls of its own
examples (examples/*.py of the sdist), against a stub transport that answers each request with a
plain reply (a tool_use reply when the request offers a custom tool and has no tool result yet).

Run with the 2.14 venv (`/tmp/venv214/bin/python scripts/capture_sdk_bodies.py OUT_DIR`); it writes
one corpus file per request: {"source", "api_version", "betas", "endpoint", "body"}. The files
under tests/corpus/2026/accepted/sdk-examples/ were made this way; nothing here runs in tests.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import anthropic
import httpx2
import pydantic
from _sdk_examples import images_example, messages_example, tools_example, web_search_example

EXAMPLES = Path("/tmp/sdk/anthropic-2.14.0/examples")
captured: list[tuple[str, dict[str, Any], dict[str, str]]] = []
current = ["?"]


def reply(body: dict[str, Any]) -> dict[str, Any]:
    last = body["messages"][-1] if body.get("messages") else {}
    answered = isinstance(last.get("content"), list) and any(
        b.get("type") == "tool_result" for b in last["content"]
    )
    custom = [t for t in body.get("tools", []) if "input_schema" in t]
    usage = {"input_tokens": 10, "output_tokens": 5}
    base = {
        "id": "msg_01Stub",
        "type": "message",
        "role": "assistant",
        "model": body["model"],
        "stop_sequence": None,
        "usage": usage,
    }
    if custom and not answered:
        return {
            **base,
            "stop_reason": "tool_use",
            "content": [
                {"type": "text", "text": "Let me check."},
                {
                    "type": "tool_use",
                    "id": "toolu_01Stub",
                    "name": custom[0]["name"],
                    "input": {"location": "San Francisco, CA", "units": "c"},
                },
            ],
        }
    if body.get("output_config", {}).get("format"):
        text = json.dumps({"product_name": "Green Tea", "price": 5.5, "quantity": 2})
        return {**base, "stop_reason": "end_turn", "content": [{"type": "text", "text": text}]}
    return {**base, "stop_reason": "end_turn", "content": [{"type": "text", "text": "Hello!"}]}


def handler(request: httpx2.Request) -> httpx2.Response:
    body = json.loads(request.content)
    headers = {
        k: v for k, v in request.headers.items() if k in ("anthropic-version", "anthropic-beta")
    }
    captured.append((current[0], body, headers))
    return httpx2.Response(200, json=reply(body))


client = anthropic.Anthropic(
    api_key="test", http_client=httpx2.Client(transport=httpx2.MockTransport(handler))
)


def run(name: str) -> None:
    current[0] = name
    model = "claude-sonnet-5-5"
    if name == "messages.py":
        messages_example(client, model)
    elif name == "images.py":
        images_example(client, model, EXAMPLES / "logo.png")
    elif name == "structured_outputs.py":

        class Order(pydantic.BaseModel):
            product_name: str
            price: float
            quantity: int

        client.messages.parse(
            model="claude-sonnet-5-5",
            max_tokens=1024,
            output_format=Order,
            messages=[
                {
                    "role": "user",
                    "content": "Extract the order: 2 packs of Green Tea for 5.50 dollars each.",
                }
            ],
        )
    elif name == "thinking.py":
        client.messages.create(
            model="claude-sonnet-5-5",
            max_tokens=16000,
            thinking={"type": "adaptive", "display": "summarized"},
            output_config={"effort": "high"},
            messages=[
                {
                    "role": "user",
                    "content": "Create a haiku about "
                    "Anthropic. Think carefully about syllable counts.",
                }
            ],
        )
    elif name == "tools.py":
        tools_example(client, model)
    elif name == "web_search.py":
        web_search_example(client, model)
    elif name == "fallbacks.py":
        client.beta.messages.create(
            max_tokens=1024,
            model="claude-fable-5-1",
            messages=[{"role": "user", "content": "Some prompt that triggers a refusal"}],
            fallbacks=[{"model": "claude-opus-4-8"}],
            betas=["server-side-fallback-2026-07-01"],
        )
    elif name == "tools_runner.py":

        @anthropic.beta_tool
        def get_weather(location: str, units: str) -> str:
            """Lookup the weather for a given city in either celsius or fahrenheit

            Args:
                location: The city and state, e.g. San Francisco, CA
                units: Unit for the output, either 'c' for celsius or 'f' for fahrenheit
            """
            return json.dumps({"location": location, "temperature": "20C"})

        runner = client.beta.messages.tool_runner(
            max_tokens=1024,
            model="claude-sonnet-5-5",
            tools=[get_weather],
            messages=[{"role": "user", "content": "What is the weather in SF?"}],
        )
        for _ in runner:
            pass


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in (
        "messages.py",
        "images.py",
        "structured_outputs.py",
        "thinking.py",
        "tools.py",
        "web_search.py",
        "fallbacks.py",
        "tools_runner.py",
    ):
        run(name)
    counts: dict[str, int] = {}
    for name, body, headers in captured:
        counts[name] = counts.get(name, 0) + 1
        beta = headers.get("anthropic-beta")
        record = {
            "source": f"anthropic 2.14.0 examples/{name}: the body the SDK sends "
            "(scripts/capture_sdk_bodies.py)",
            "api_version": headers["anthropic-version"],
            "betas": [b.strip() for b in beta.split(",")] if beta else [],
            "endpoint": "messages",
            "body": body,
        }
        stem = name.removesuffix(".py")
        path = out / f"{stem}-{counts[name]}.json"
        path.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n")
        print(path)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
