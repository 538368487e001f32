"""Write a realistic Message Batch JSONL file: ``python scripts/batch_file.py OUT [options]``.

By default 100,000 requests in about 256 MB (the API's largest batch), seeded so every run writes
the same bytes. Lines are ``{"custom_id": ..., "params": {...}}`` in the mix real batch files
have: plain chats (with and without a system prompt, a few turns), tool agents mid-conversation
(tool_use / tool_result turns) over a handful of tool sets repeated across the file as one
application's requests repeat them (simple schemas and pydantic-made ones with ``$defs``,
``$ref``, nullable ``anyOf``, ``format``, ``pattern``), and vision requests with a real PNG.
Line sizes vary around the average the target size asks for.

``--warning`` gives every line one warning (a model that is deprecated but not yet retired).
The file is clean otherwise: ``msglint --isolated OUT`` reports nothing, or one warning per line.
Used by the batch-file measurements of issue 12 (see ``--help``).
"""

from __future__ import annotations

import argparse
import base64
import random
import struct
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec

#: Deprecated on 2026-11-23, retired on 2027-01-22 (msgtypes._model_registry): a warning.
DEPRECATED_MODEL = "claude-opus-4-5-20251101"
MODELS = ("claude-sonnet-5-5", "claude-haiku-5-5", "claude-opus-5-5", "claude-sonnet-4-6")
TARGET_LINES = 100_000
TARGET_BYTES = 256_000_000

_WORDS = (
    "the order shipped from our warehouse on monday and the tracking number shows it in transit "
    "please summarize customer feedback about battery life screen brightness and delivery time "
    "translate this paragraph into formal german keeping product names unchanged classify the "
    "ticket as billing technical or account related invoice refund subscription password reset "
    "error code timeout latency database migration quarterly revenue forecast meeting notes "
    "action items owner deadline risk mitigation draft reply apologise politely explain next steps"
).split()

# --- tool sets, repeated across the file --------------------------------------------------------

_SIMPLE_TOOLS: list[dict[str, Any]] = [
    {
        "name": "get_order",
        "description": "Look up an order by its id and return its status and items.",
        "input_schema": {
            "type": "object",
            "properties": {"order_id": {"type": "string", "description": "e.g. ORD-12345"}},
            "required": ["order_id"],
        },
    },
    {
        "name": "search_kb",
        "description": "Search the help-centre articles; returns the best matching passages.",
        "input_schema": {
            "type": "object",
            "properties": {
                "query": {"type": "string"},
                "limit": {"type": "integer", "minimum": 1, "maximum": 20},
            },
            "required": ["query"],
        },
    },
    {
        "name": "create_ticket",
        "description": "Open a support ticket for a human agent.",
        "input_schema": {
            "type": "object",
            "properties": {
                "subject": {"type": "string"},
                "priority": {"type": "string", "enum": ["low", "normal", "high"]},
                "body": {"type": "string"},
            },
            "required": ["subject", "body"],
        },
    },
]


def _pydantic_tools() -> list[dict[str, Any]]:
    """Tools whose schemas look like pydantic's ``model_json_schema()`` output."""
    address = {
        "title": "Address",
        "type": "object",
        "properties": {
            "street": {"title": "Street", "type": "string"},
            "city": {"title": "City", "type": "string"},
            "postcode": {"title": "Postcode", "type": "string", "pattern": "^[0-9A-Z -]{3,10}$"},
            "country": {"title": "Country", "type": "string", "default": "US"},
        },
        "required": ["street", "city", "postcode"],
    }
    return [
        {
            "name": "update_customer",
            "description": "Update a customer's contact details.",
            "input_schema": {
                "$defs": {"Address": address},
                "title": "UpdateCustomer",
                "type": "object",
                "properties": {
                    "customer_id": {"title": "Customer Id", "type": "integer"},
                    "email": {
                        "anyOf": [{"type": "string", "format": "email"}, {"type": "null"}],
                        "default": None,
                        "title": "Email",
                    },
                    "address": {
                        "anyOf": [{"$ref": "#/$defs/Address"}, {"type": "null"}],
                        "default": None,
                    },
                },
                "required": ["customer_id"],
            },
        },
        {
            "name": "schedule_callback",
            "description": "Schedule a phone call back to the customer.",
            "input_schema": {
                "title": "ScheduleCallback",
                "type": "object",
                "properties": {
                    "when": {"title": "When", "type": "string", "format": "date-time"},
                    "phone": {"title": "Phone", "type": "string", "pattern": "^\\+?[0-9 ]{7,15}$"},
                    "note": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Note"},
                },
                "required": ["when", "phone"],
            },
        },
        *_SIMPLE_TOOLS[:1],
    ]


_TOOL_SETS: list[list[dict[str, Any]]] = [
    _SIMPLE_TOOLS,
    _pydantic_tools(),
    [*_SIMPLE_TOOLS[1:], {"name": "get_weather", "description": "Current weather for a city.",
                          "input_schema": {"type": "object", "properties": {
                              "city": {"type": "string"},
                              "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}},
                              "required": ["city"]}}],
]
_TOOL_INPUTS: dict[str, Any] = {
    "get_order": {"order_id": "ORD-48213"},
    "search_kb": {"query": "reset password", "limit": 3},
    "create_ticket": {"subject": "Refund", "priority": "high", "body": "Customer asks a refund."},
    "update_customer": {"customer_id": 4821, "email": "ana@example.com",
                        "address": {"street": "1 Main St", "city": "Springfield",
                                    "postcode": "12345"}},
    "schedule_callback": {"when": "2026-12-01T10:30:00Z", "phone": "+1 555 0100"},
    "get_weather": {"city": "Lisbon", "unit": "celsius"},
}


# --- content --------------------------------------------------------------------------------------


def _png(rng: random.Random, width: int, height: int) -> bytes:
    """A real (decodable) RGB PNG of noisy gradients."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            rows += bytes(((x * 3 + rng.randrange(64)) & 255, (y * 5) & 255, rng.randrange(256)))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 6)) + chunk(b"IEND", b"")
    )


def _text(rng: random.Random, size: int) -> str:
    words: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(_WORDS)
        words.append(word)
        length += len(word) + 1
    return " ".join(words).capitalize() + "."


def _chat(rng: random.Random, filler: int) -> dict[str, Any]:
    turns = rng.choice((1, 1, 1, 3, 5))
    messages: list[dict[str, Any]] = []
    for i in range(turns):
        role = "user" if i % 2 == 0 else "assistant"
        messages.append({"role": role, "content": _text(rng, rng.randrange(40, 400))})
    messages[-1]["content"] += " " + _text(rng, filler)
    params: dict[str, Any] = {"model": "", "max_tokens": rng.choice((256, 1024, 4096)),
                              "messages": messages}
    if rng.random() < 0.6:
        params["system"] = "You are a helpful support assistant for Acme. " + _text(rng, 200)
    if rng.random() < 0.3:
        params["stop_sequences"] = ["\n\nHuman:", "END"]
    if rng.random() < 0.2:
        params["metadata"] = {"user_id": f"user-{rng.randrange(10**6)}"}
    return params


def _agent(rng: random.Random, filler: int, serial: int) -> dict[str, Any]:
    tools = _TOOL_SETS[rng.randrange(len(_TOOL_SETS))]
    messages: list[dict[str, Any]] = [{"role": "user", "content": _text(rng, 150 + filler)}]
    for step in range(rng.choice((1, 2, 3))):
        tool = rng.choice(tools)
        tool_id = f"toolu_{serial:08d}{step:02d}{rng.randrange(16**10):010x}"
        messages.append({"role": "assistant", "content": [
            {"type": "text", "text": _text(rng, 60)},
            {"type": "tool_use", "id": tool_id, "name": tool["name"],
             "input": _TOOL_INPUTS[tool["name"]]},
        ]})
        messages.append({"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": tool_id, "content": _text(rng, 300)},
        ]})
    return {"model": "", "max_tokens": 2048, "system": "You are Acme's support agent. Use "
            "the tools to answer; never guess an order's status.", "tools": tools,
            "tool_choice": {"type": "auto"}, "messages": messages}


def _vision(rng: random.Random, filler: int, images: list[str]) -> dict[str, Any]:
    return {"model": "", "max_tokens": 1024, "messages": [{"role": "user", "content": [
        {"type": "image", "source": {"type": "base64", "media_type": "image/png",
                                     "data": rng.choice(images)}},
        {"type": "text",
         "text": "Describe the defect in this product photo. " + _text(rng, filler)},
    ]}]}


#: Share of lines per kind and their size relative to the average line.
_KINDS = (("chat", 0.55, 0.6), ("agent", 0.35, 1.2), ("vision", 0.10, 2.6))


def batch_lines(
    lines: int = TARGET_LINES, size: int = TARGET_BYTES, *, warning: bool = False, seed: int = 12
) -> Iterator[bytes]:
    """The lines (without newline) of a batch file of about `size` bytes."""
    rng = random.Random(seed)
    average = size / lines
    images = [base64.b64encode(_png(rng, w, h)).decode() for w, h in ((32, 32), (48, 32),
                                                                        (40, 40), (64, 24))]
    encode = msgspec.json.Encoder().encode
    kinds = [k for k, _, _ in _KINDS]
    weights = [w for _, w, _ in _KINDS]
    scale = {k: f for k, _, f in _KINDS}
    written = 0
    for i in range(lines):
        kind = rng.choices(kinds, weights)[0]
        # Aim each line at its share of what is left, so the total lands on `size`.
        left = lines - i
        goal = (size - written) / left if left else average
        want = max(200, int(goal * scale[kind] * rng.uniform(0.6, 1.4)))
        params = _make(kind, rng, 0, i, images)
        params["model"] = DEPRECATED_MODEL if warning else MODELS[i % len(MODELS)]
        base = len(encode({"custom_id": f"req-{i:06d}", "params": params}))
        params = _make(kind, random.Random(rng.random()), max(0, want - base), i, images)
        params["model"] = DEPRECATED_MODEL if warning else MODELS[i % len(MODELS)]
        line = encode({"custom_id": f"req-{i:06d}", "params": params})
        written += len(line) + 1
        yield line


def _make(kind: str, rng: random.Random, filler: int, serial: int, images: list[str]) -> Any:
    if kind == "chat":
        return _chat(rng, filler)
    if kind == "agent":
        return _agent(rng, filler, serial)
    return _vision(rng, filler, images)


def write_batch(path: Path, lines: int = TARGET_LINES, size: int = TARGET_BYTES,
                *, warning: bool = False) -> int:
    """Write the file; returns its size in bytes."""
    total = 0
    with open(path, "wb") as out:
        buffer: list[bytes] = []
        for line in batch_lines(lines, size, warning=warning):
            buffer.append(line)
            if len(buffer) >= 1000:
                data = b"\n".join(buffer) + b"\n"
                out.write(data)
                total += len(data)
                buffer = []
        if buffer:
            data = b"\n".join(buffer) + b"\n"
            out.write(data)
            total += len(data)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lines", type=int, default=TARGET_LINES)
    parser.add_argument("--bytes", type=int, default=TARGET_BYTES, dest="size")
    parser.add_argument("--warning", action="store_true", help="one warning on every line")
    args = parser.parse_args(argv)
    total = write_batch(args.out, args.lines, args.size, warning=args.warning)
    sys.stdout.write(f"{args.out}: {args.lines:,} lines, {total:,} bytes\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
