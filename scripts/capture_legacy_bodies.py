"""Capture the request bodies anthropic 0.75.0 (the SDK of API version 2023-06-01) sends for the
calls of its sdist's examples and of its own tests/api_resources suites, against a stub
transport, and write them as legacy corpus files: {"source", "api_version", "betas",
"endpoint", "body", "migration"}.

`migration` lists the findings `msglint --migrate-to 2026-10-21` must report, worked out here
by a plain walk of the JSON that knows only the three documented breaks of 2026-10-21 and the
deprecated output_format (not by msglint): [code, JSON Pointer, line].

Run with the dev venv (anthropic 0.75.0): `.venv/bin/python scripts/capture_legacy_bodies.py
OUT_DIR`. The files under tests/corpus/2026/legacy/sdk-0.75/ were made this way; nothing here
runs in tests.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import anthropic
import httpx
import pydantic
from _sdk_examples import images_example, messages_example, tools_example, web_search_example

SDIST = Path("/tmp/sdk/anthropic-0.75.0")
captured: list[tuple[str, str, dict[str, Any], dict[str, str]]] = []
current = ["?"]

MESSAGE = {
    "id": "msg_01Stub",
    "type": "message",
    "role": "assistant",
    "model": "claude-sonnet-4-5",
    "content": [{"type": "text", "text": "Hello!"}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 10, "output_tokens": 5},
}
BATCH = {
    "id": "msgbatch_01",
    "type": "message_batch",
    "processing_status": "in_progress",
    "request_counts": {"processing": 1, "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0},
    "created_at": "2025-11-01T00:00:00Z",
    "expires_at": "2025-11-02T00:00:00Z",
    "ended_at": None,
    "cancel_initiated_at": None,
    "archived_at": None,
    "results_url": None,
}


def handler(request: httpx.Request) -> httpx.Response:
    body = json.loads(request.content)
    headers = {
        k: v for k, v in request.headers.items() if k in ("anthropic-version", "anthropic-beta")
    }
    path = request.url.path
    captured.append((current[0], path, body, headers))
    if path.endswith("/count_tokens"):
        return httpx.Response(200, json={"input_tokens": 10})
    if path.endswith("/batches"):
        return httpx.Response(200, json=BATCH)
    last = body["messages"][-1]
    answered = isinstance(last.get("content"), list) and any(
        b.get("type") == "tool_result" for b in last["content"]
    )
    custom = [t for t in body.get("tools", []) if "input_schema" in t]
    if custom and not answered and current[0].startswith("examples"):
        reply = {
            **MESSAGE,
            "stop_reason": "tool_use",
            "content": [
                {
                    "type": "tool_use",
                    "id": "toolu_01Stub",
                    "name": custom[0]["name"],
                    "input": {"location": "San Francisco, CA"},
                }
            ],
        }
        return httpx.Response(200, json=reply)
    if body.get("output_format"):
        text = json.dumps({"product_name": "Green Tea", "price": 5.5, "quantity": 2})
        return httpx.Response(200, json={**MESSAGE, "content": [{"type": "text", "text": text}]})
    return httpx.Response(200, json=MESSAGE)


client = anthropic.Anthropic(
    api_key="test", http_client=httpx.Client(transport=httpx.MockTransport(handler))
)


def examples() -> None:
    model = "claude-sonnet-4-5-20250929"
    current[0] = "examples/messages.py"
    messages_example(client, model)
    current[0] = "examples/images.py"
    images_example(client, model, SDIST / "examples" / "logo.png")
    current[0] = "examples/thinking.py"
    client.messages.create(
        model="claude-sonnet-4-5-20250929",
        max_tokens=3200,
        thinking={"type": "enabled", "budget_tokens": 1600},
        messages=[{"role": "user", "content": "Create a haiku about Anthropic."}],
    )
    current[0] = "examples/tools.py"
    tools_example(client, model)
    current[0] = "tests/api_resources/messages/test_batches.py test_method_create"
    client.messages.batches.create(
        requests=[
            {
                "custom_id": "my-custom-id-1",
                "params": {
                    "max_tokens": 1024,
                    "messages": [{"content": "Hello, world", "role": "user"}],
                    "model": "claude-sonnet-4-5-20250929",
                },
            }
        ]
    )
    current[0] = "examples/web_search.py"
    web_search_example(client, model)
    current[0] = "examples/structured_outputs.py"

    class Order(pydantic.BaseModel):
        product_name: str
        price: float
        quantity: int

    client.beta.messages.parse(
        model="claude-sonnet-4-5",
        max_tokens=1024,
        output_format=Order,
        messages=[
            {
                "role": "user",
                "content": "Extract the order: 2 packs of Green Tea for 5.50 dollars each.",
            }
        ],
    )


def api_resources() -> None:
    sys.path.insert(0, str(SDIST))
    from tests.api_resources import test_messages as stable
    from tests.api_resources.beta import test_messages as beta

    for module, cls, names in (
        (
            stable,
            "TestMessages",
            (
                "test_method_create_overload_1",
                "test_method_create_with_all_params_overload_1",
                "test_method_count_tokens",
                "test_method_count_tokens_with_all_params",
            ),
        ),
        (
            beta,
            "TestMessages",
            (
                "test_method_create_with_all_params_overload_1",
                "test_method_count_tokens_with_all_params",
            ),
        ),
    ):
        suite = getattr(module, cls)()
        for name in names:
            current[0] = (
                f"tests/api_resources/{module.__name__.split('api_resources.')[1]}.{cls}.{name}"
            )
            try:
                getattr(suite, name)(client)
            except Exception as exc:  # a response shape the stub does not give: the body is kept
                print("  (", name, type(exc).__name__, ")")


# --------------------------------------------------------------------------- expected findings

SAMPLING = ("temperature", "top_p", "top_k")


def breaks(params: dict[str, Any], base: str) -> list[tuple[str, str]]:
    """The 2026-10-21 breaks of one Messages request, by a plain walk of its JSON."""
    found = [("E300", f"{base}/{f}") for f in SAMPLING if f in params]
    if "output_format" in params:
        found.append(("W302", f"{base}/output_format"))
    for i, turn in enumerate(params.get("messages", [])):
        content = turn.get("content")
        if not isinstance(content, list):
            continue
        for j, block in enumerate(content):
            where = f"{base}/messages/{i}/content/{j}"
            if turn["role"] == "assistant" and block.get("type") == "document":
                found.append(("E301", where))
            if turn["role"] != "user":
                continue
            if block.get("type") == "text" and block.get("citations"):
                found.append(("E301", f"{where}/citations"))
            results = [(where, block)] if block.get("type") == "search_result" else []
            if block.get("type") == "tool_result" and isinstance(block.get("content"), list):
                results += [
                    (f"{where}/content/{k}", b)
                    for k, b in enumerate(block["content"])
                    if b.get("type") == "search_result"
                ]
            for at, result in results:
                for k, text in enumerate(result.get("content", [])):
                    if text.get("citations"):
                        found.append(("E301", f"{at}/content/{k}/citations"))
    return found


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    examples()
    api_resources()
    counts: dict[str, int] = {}
    for name, path, body, headers in captured:
        if body.get("stream"):
            continue
        counts[name] = counts.get(name, 0) + 1
        beta = headers.get("anthropic-beta")
        if path.endswith("/batches"):
            endpoint = "batch"
            found = [
                b
                for i, r in enumerate(body["requests"])
                for b in breaks(r["params"], f"/requests/{i}/params")
            ]
        else:
            endpoint = "count_tokens" if path.endswith("/count_tokens") else "messages"
            found = breaks(body, "")
            if endpoint == "count_tokens":
                found = [f for f in found if f[0] != "E300"]  # never took sampling parameters
        record = {
            "source": f"anthropic 0.75.0 {name}: the body the SDK sends (POST {path}; "
            "scripts/capture_legacy_bodies.py)",
            "api_version": headers["anthropic-version"],
            "betas": [b.strip() for b in beta.split(",")] if beta else [],
            "endpoint": endpoint,
            "body": body,
            "migration": [[code, pointer, 1] for code, pointer in found],
        }
        stem = name.replace("/", "-").replace(".py", "").replace(".", "-").replace(" ", "-")
        target = out / f"{stem}-{counts[name]}.json"
        target.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n")
        print(target, record["migration"])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
