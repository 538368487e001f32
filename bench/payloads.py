"""Deterministic, realistic payloads for the benchmarks (same seed, same bytes, every run).

- :func:`message` - a research turn: thinking, a web search (server tool call and its results),
  text with citations, a client tool call with nested input, and full usage (about 8 KB).
- :func:`cited_answer` - an answer citing documents the way the API returns one: thinking, then
  many short text blocks, every other one with citations, then a tool call (about 9 KB).
- :func:`tool_reply` - a short text and a tool call (about 0.6 KB), the most common reply shape.
- :func:`sse_stream` - that message (text made longer) streamed the way the API streams it: small
  text/thinking/JSON deltas, citations deltas, pings, one event per network chunk.
- :func:`batch_results` - a results file of ~10,000 JSON lines, mostly succeeded messages of
  varied shape, some errored, canceled and expired.
"""

from __future__ import annotations

import json
import random
from typing import Any

_WORDS = (
    "the model reads each document and cites the passage that supports every claim it makes "
    "while tools run in a sandbox returning results that stream back as typed events over a "
    "long lived connection with usage counted per request and cached prefixes reused later"
).split()


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + ". "


def _paragraph(rng: random.Random, chars: int) -> str:
    parts: list[str] = []
    size = 0
    while size < chars:
        part = _sentence(rng, rng.randint(6, 18))
        parts.append(part)
        size += len(part)
    return "".join(parts)


def _token(rng: random.Random, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rng.choice(alphabet) for _ in range(n))


def _citations(rng: random.Random, n: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i in range(n):
        if i % 2:
            out.append(
                {
                    "type": "web_search_result_location",
                    "cited_text": _sentence(rng, 14),
                    "encrypted_index": _token(rng, 64),
                    "title": "Result page " + str(i),
                    "url": f"https://example.com/article/{i}",
                }
            )
        else:
            start = rng.randint(0, 4000)
            out.append(
                {
                    "type": "char_location",
                    "cited_text": _sentence(rng, 12),
                    "document_index": i % 3,
                    "document_title": "Annual report",
                    "start_char_index": start,
                    "end_char_index": start + 80,
                }
            )
    return out


def message(seed: int = 1, *, text_chars: int = 900, thinking_chars: int = 1500) -> dict[str, Any]:
    """A realistic assistant Message as a JSON-ready dict."""
    rng = random.Random(seed)
    query = "latest findings " + _sentence(rng, 4).strip(". ")
    content: list[dict[str, Any]] = [
        {
            "type": "thinking",
            "thinking": _paragraph(rng, thinking_chars),
            "signature": _token(rng, 340),
        },
        {"type": "text", "text": _paragraph(rng, text_chars // 3), "citations": None},
        {
            "type": "server_tool_use",
            "id": "srvtoolu_" + _token(rng, 24),
            "name": "web_search",
            "input": {"query": query},
        },
        {
            "type": "web_search_tool_result",
            "tool_use_id": "srvtoolu_" + _token(rng, 24),
            "content": [
                {
                    "type": "web_search_result",
                    "title": _sentence(rng, 6).strip(),
                    "url": f"https://example.org/{_token(rng, 10)}",
                    "encrypted_content": _token(rng, 400),
                    "page_age": "3 days ago",
                }
                for _ in range(4)
            ],
        },
        {"type": "text", "text": _paragraph(rng, text_chars), "citations": _citations(rng, 4)},
        {
            "type": "tool_use",
            "id": "toolu_" + _token(rng, 24),
            "name": "record_findings",
            "input": {
                "title": _sentence(rng, 5).strip(),
                "tags": [rng.choice(_WORDS) for _ in range(6)],
                "score": round(rng.random(), 4),
                "items": [
                    {"rank": i, "summary": _sentence(rng, 10), "confidence": round(rng.random(), 3)}
                    for i in range(5)
                ],
                "draft": False,
            },
        },
    ]
    return {
        "id": "msg_" + _token(rng, 24),
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-5-20250929",
        "content": content,
        "stop_reason": "tool_use",
        "stop_sequence": None,
        "usage": {
            "input_tokens": rng.randint(1000, 9000),
            "output_tokens": rng.randint(200, 2000),
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": rng.randint(0, 5000),
            "cache_creation": {"ephemeral_5m_input_tokens": 0, "ephemeral_1h_input_tokens": 0},
            "server_tool_use": {"web_search_requests": 1},
            "service_tier": "standard",
        },
    }


def cited_answer(seed: int = 2, *, pairs: int = 12) -> dict[str, Any]:
    """An answer made of short text blocks, every other one citing a document or search result."""
    rng = random.Random(seed)
    content: list[dict[str, Any]] = [
        {"type": "thinking", "thinking": _paragraph(rng, 1200), "signature": _token(rng, 400)}
    ]
    for _ in range(pairs):
        content.append({"type": "text", "text": _sentence(rng, rng.randint(3, 12))})
        content.append(
            {
                "type": "text",
                "text": _sentence(rng, rng.randint(6, 20)),
                "citations": _citations(rng, rng.randint(1, 2)),
            }
        )
    content.append(
        {
            "type": "tool_use",
            "id": "toolu_" + _token(rng, 24),
            "name": "save_note",
            "input": {"title": "Findings", "tags": ["energy", "policy"], "priority": 2},
        }
    )
    return dict(message(seed), content=content, stop_reason="tool_use")


def tool_reply(seed: int = 3) -> dict[str, Any]:
    """A one-sentence text block and a tool call."""
    rng = random.Random(seed)
    return dict(
        message(seed),
        content=[
            {"type": "text", "text": _sentence(rng, 9)},
            {
                "type": "tool_use",
                "id": "toolu_" + _token(rng, 24),
                "name": "get_stock_price",
                "input": {"ticker": "^GSPC", "currency": "USD"},
            },
        ],
        stop_reason="tool_use",
    )


def _pieces(rng: random.Random, text: str, low: int, high: int) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(text):
        n = rng.randint(low, high)
        out.append(text[i : i + n])
        i += n
    return out


def _sse(name: str, data: dict[str, Any]) -> bytes:
    body = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
    return b"event: " + name.encode() + b"\ndata: " + body + b"\n\n"


def stream_events(seed: int = 7, *, text_chars: int = 30_000) -> list[tuple[str, dict[str, Any]]]:
    """The events of a long streamed message, as (event name, data) pairs."""
    rng = random.Random(seed)
    msg = message(seed, text_chars=text_chars, thinking_chars=text_chars // 3)
    shell = dict(msg, content=[], stop_reason=None, stop_sequence=None)
    shell["usage"] = dict(msg["usage"], output_tokens=1)
    events: list[tuple[str, dict[str, Any]]] = [
        ("message_start", {"type": "message_start", "message": shell})
    ]

    def delta(index: int, body: dict[str, Any]) -> None:
        events.append(
            ("content_block_delta", {"type": "content_block_delta", "index": index, "delta": body})
        )
        if rng.random() < 0.01:
            events.append(("ping", {"type": "ping"}))

    for index, block in enumerate(msg["content"]):
        kind = block["type"]
        if kind == "text":
            start: dict[str, Any] = {"type": "text", "text": ""}
        elif kind == "thinking":
            start = {"type": "thinking", "thinking": "", "signature": ""}
        elif kind in ("tool_use", "server_tool_use"):
            start = dict(block, input={})
        else:
            start = block
        events.append(
            (
                "content_block_start",
                {"type": "content_block_start", "index": index, "content_block": start},
            )
        )
        if kind == "text":
            citations = block["citations"] or []
            for i, piece in enumerate(_pieces(rng, block["text"], 2, 24)):
                delta(index, {"type": "text_delta", "text": piece})
                if citations and i % 40 == 39:
                    delta(index, {"type": "citations_delta", "citation": citations.pop(0)})
        elif kind == "thinking":
            for piece in _pieces(rng, block["thinking"], 2, 24):
                delta(index, {"type": "thinking_delta", "thinking": piece})
            delta(index, {"type": "signature_delta", "signature": block["signature"]})
        elif kind in ("tool_use", "server_tool_use"):
            delta(index, {"type": "input_json_delta", "partial_json": ""})
            for piece in _pieces(rng, json.dumps(block["input"]), 3, 16):
                delta(index, {"type": "input_json_delta", "partial_json": piece})
        events.append(("content_block_stop", {"type": "content_block_stop", "index": index}))
    events.append(
        (
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": "tool_use", "stop_sequence": None},
                "usage": {"output_tokens": msg["usage"]["output_tokens"]},
            },
        )
    )
    events.append(("message_stop", {"type": "message_stop"}))
    return events


def sse_stream(seed: int = 7, *, text_chars: int = 30_000) -> list[bytes]:
    """The SSE bytes of :func:`stream_events`, one event per chunk (the API flushes per event)."""
    return [_sse(name, data) for name, data in stream_events(seed, text_chars=text_chars)]


def batch_results(lines: int = 10_000, seed: int = 3) -> bytes:
    """A batch results JSONL file: 90% succeeded (the three message shapes, drawn from a pool of
    variants, each line with its own id and usage), the rest errored, canceled or expired."""
    rng = random.Random(seed)
    pools = [[shape(seed * 1000 + k) for k in range(16)] for shape in (tool_reply, cited_answer)]
    pools.append([message(seed * 1000 + k) for k in range(8)])
    out: list[bytes] = []
    for i in range(lines):
        roll = rng.random()
        if roll < 0.90:
            pool = pools[0] if roll < 0.5 else pools[1] if roll < 0.75 else pools[2]
            msg = dict(rng.choice(pool), id="msg_" + _token(rng, 24))
            msg["usage"] = dict(msg["usage"], output_tokens=rng.randint(20, 4000))
            result: dict[str, Any] = {"type": "succeeded", "message": msg}
        elif roll < 0.95:
            result = {
                "type": "errored",
                "error": {
                    "type": "error",
                    "error": {"type": "invalid_request_error", "message": "max_tokens: too large"},
                    "request_id": "req_" + _token(rng, 20),
                },
            }
        elif roll < 0.98:
            result = {"type": "canceled"}
        else:
            result = {"type": "expired"}
        line = {"custom_id": f"req-{i:06d}", "result": result}
        out.append(json.dumps(line, separators=(",", ":")).encode())
    return b"\n".join(out) + b"\n"
