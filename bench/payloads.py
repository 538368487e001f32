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

# The model ids below are current ones with no deprecation date in msgtypes' registry, so the
# clean payloads stay clean whatever the day (bench/lint_cases.py asserts it and says what to
# change when the registry moves on). claude-haiku-4-5 is the current model that takes budget
# thinking (``{"type": "enabled"}``), the only thinking config the SDK types the peers validate
# against (anthropic 0.75.0) know.

#: The model of the agent-style requests.
AGENT_MODEL = "claude-opus-5"
#: The model of the chat, vision and document requests.
CHAT_MODEL = "claude-sonnet-5"
#: The model of the thinking request (budget thinking).
THINKING_MODEL = "claude-haiku-4-5"

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


# --------------------------------------------------------------------------- requests with tools
#
# Most tool schemas in the wild are generated: pydantic's ``model_json_schema()`` (``$defs`` and
# ``$ref`` for nested models and enums, ``anyOf`` with ``{"type": "null"}`` for optional fields,
# a ``title`` on everything, ``format`` and ``pattern`` from constrained types) and, in MCP
# servers, zod-to-json-schema (``additionalProperties: false`` and a draft-07 ``$schema``). The
# schemas below are written out in those shapes.

#: A pydantic-style field: (name, JSON Schema, required). Schemas name ``$defs`` entries by
#: ``{"$ref": "#/$defs/Name"}``; :func:`_model_schema` adds the titles pydantic adds.
_Field = tuple[str, dict[str, Any], bool]


def _optional(schema: dict[str, Any]) -> dict[str, Any]:
    """An ``Optional[...] = None`` field the way pydantic writes it."""
    return {"anyOf": [schema, {"type": "null"}], "default": None}


def _model_schema(
    name: str, fields: list[_Field], *, doc: str | None = None, defs: dict[str, Any] | None = None
) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    for field, schema, _ in fields:
        titled = dict(schema)
        if "$ref" not in schema:  # pydantic puts no title next to a bare $ref
            titled["title"] = field.replace("_", " ").title()
        properties[field] = titled
    out: dict[str, Any] = {}
    if defs:
        out["$defs"] = defs
    if doc:
        out["description"] = doc
    out["properties"] = properties
    out["required"] = [field for field, _, required in fields if required]
    out["title"] = name
    out["type"] = "object"
    return out


def _enum(name: str, values: list[str]) -> dict[str, Any]:
    return {"enum": values, "title": name, "type": "string"}


_ADDRESS = _model_schema(
    "Address",
    [
        ("street", {"type": "string"}, True),
        ("city", {"type": "string"}, True),
        ("postal_code", {"pattern": r"^\d{5}(-\d{4})?$", "type": "string"}, True),
        ("country", {"default": "US", "pattern": "^[A-Z]{2}$", "type": "string"}, False),
    ],
)
_ISO_DATE = {"format": "date", "type": "string"}
_DATE_TIME = {"format": "date-time", "type": "string"}
_UUID = {"format": "uuid", "type": "string"}
_EMAIL = {"format": "email", "type": "string"}
_URL = {"format": "uri", "maxLength": 2083, "minLength": 1, "type": "string"}


def pydantic_tools() -> list[dict[str, Any]]:
    """Twelve tools whose ``input_schema`` is what pydantic makes of typical argument models."""
    priority = _enum("Priority", ["low", "normal", "high", "urgent"])
    order_status = _enum("OrderStatus", ["pending", "paid", "shipped", "delivered", "refunded"])
    cabin = _enum("Cabin", ["economy", "premium_economy", "business", "first"])
    passenger = _model_schema(
        "Passenger",
        [
            ("first_name", {"maxLength": 64, "minLength": 1, "type": "string"}, True),
            ("last_name", {"maxLength": 64, "minLength": 1, "type": "string"}, True),
            ("birth_date", _ISO_DATE, True),
            ("seat_preference", _optional(_enum("Seat", ["aisle", "window", "middle"])), False),
        ],
    )
    attachment = _model_schema(
        "Attachment",
        [
            ("filename", {"type": "string"}, True),
            ("url", _URL, True),
            ("size_bytes", _optional({"minimum": 0, "type": "integer"}), False),
        ],
    )
    attendee = _model_schema(
        "Attendee",
        [("email", _EMAIL, True), ("optional", {"default": False, "type": "boolean"}, False)],
    )
    invoice_line = _model_schema(
        "InvoiceLine",
        [
            ("sku", {"pattern": "^[A-Z0-9]{3,12}$", "type": "string"}, True),
            ("quantity", {"minimum": 1, "type": "integer"}, True),
            ("unit_price", {"minimum": 0, "type": "number"}, True),
            ("discount", _optional({"maximum": 1, "minimum": 0, "type": "number"}), False),
        ],
    )
    models: list[tuple[str, str, dict[str, Any]]] = [
        (
            "create_ticket",
            "Open a support ticket for a customer problem.",
            _model_schema(
                "CreateTicket",
                [
                    ("title", {"maxLength": 120, "minLength": 3, "type": "string"}, True),
                    ("body", {"type": "string"}, True),
                    ("priority", {"$ref": "#/$defs/Priority", "default": "normal"}, False),
                    ("due", _optional(_ISO_DATE), False),
                    ("assignee_id", _optional(_UUID), False),
                    ("tags", {"default": [], "items": {"type": "string"}, "type": "array"}, False),
                    ("address", _optional({"$ref": "#/$defs/Address"}), False),
                ],
                doc="Arguments of create_ticket.",
                defs={"Address": _ADDRESS, "Priority": priority},
            ),
        ),
        (
            "search_orders",
            "Search orders by customer, status and date.",
            _model_schema(
                "SearchOrders",
                [
                    ("customer_email", _optional(_EMAIL), False),
                    ("status", _optional({"$ref": "#/$defs/OrderStatus"}), False),
                    ("placed_after", _optional(_ISO_DATE), False),
                    ("placed_before", _optional(_ISO_DATE), False),
                    ("page", {"default": 1, "minimum": 1, "type": "integer"}, False),
                    (
                        "page_size",
                        {"default": 20, "maximum": 100, "minimum": 1, "type": "integer"},
                        False,
                    ),
                ],
                defs={"OrderStatus": order_status},
            ),
        ),
        (
            "book_flight",
            "Book a flight for one or more passengers.",
            _model_schema(
                "BookFlight",
                [
                    ("origin", {"pattern": "^[A-Z]{3}$", "type": "string"}, True),
                    ("destination", {"pattern": "^[A-Z]{3}$", "type": "string"}, True),
                    ("depart", _ISO_DATE, True),
                    ("return_date", _optional(_ISO_DATE), False),
                    (
                        "passengers",
                        {"items": {"$ref": "#/$defs/Passenger"}, "minItems": 1, "type": "array"},
                        True,
                    ),
                    ("cabin", {"$ref": "#/$defs/Cabin", "default": "economy"}, False),
                ],
                defs={
                    "Cabin": cabin,
                    "Passenger": passenger,
                    "Seat": _enum("Seat", ["aisle", "window", "middle"]),
                },
            ),
        ),
        (
            "get_weather",
            "Weather forecast for a city.",
            _model_schema(
                "GetWeather",
                [
                    ("city", {"description": "City name", "type": "string"}, True),
                    ("country", _optional({"pattern": "^[A-Z]{2}$", "type": "string"}), False),
                    (
                        "units",
                        {"default": "metric", "enum": ["metric", "imperial"], "type": "string"},
                        False,
                    ),
                    ("days", {"default": 3, "maximum": 14, "minimum": 1, "type": "integer"}, False),
                ],
            ),
        ),
        (
            "send_email",
            "Send an email on the user's behalf.",
            _model_schema(
                "SendEmail",
                [
                    ("to", {"items": _EMAIL, "minItems": 1, "type": "array"}, True),
                    ("cc", _optional({"items": _EMAIL, "type": "array"}), False),
                    ("subject", {"maxLength": 200, "type": "string"}, True),
                    ("body", {"type": "string"}, True),
                    (
                        "attachments",
                        _optional({"items": {"$ref": "#/$defs/Attachment"}, "type": "array"}),
                        False,
                    ),
                ],
                defs={"Attachment": attachment},
            ),
        ),
        (
            "run_sql",
            "Run a read-only SQL query against the analytics warehouse.",
            _model_schema(
                "RunSql",
                [
                    ("query", {"minLength": 1, "type": "string"}, True),
                    (
                        "params",
                        _optional(
                            {
                                "items": {
                                    "anyOf": [
                                        {"type": "string"},
                                        {"type": "number"},
                                        {"type": "null"},
                                    ]
                                },
                                "type": "array",
                            }
                        ),
                        False,
                    ),
                    ("timeout_ms", {"default": 30000, "maximum": 600000, "type": "integer"}, False),
                ],
            ),
        ),
        (
            "schedule_meeting",
            "Put a meeting on the calendars of the attendees.",
            _model_schema(
                "ScheduleMeeting",
                [
                    ("title", {"type": "string"}, True),
                    ("start", _DATE_TIME, True),
                    (
                        "duration_minutes",
                        {"default": 30, "multipleOf": 15, "minimum": 15, "type": "integer"},
                        False,
                    ),
                    ("attendees", {"items": {"$ref": "#/$defs/Attendee"}, "type": "array"}, True),
                    ("timezone", {"pattern": "^[A-Za-z_]+/[A-Za-z_]+$", "type": "string"}, True),
                ],
                defs={"Attendee": attendee},
            ),
        ),
        (
            "update_customer",
            "Update a customer's contact details and tier.",
            _model_schema(
                "UpdateCustomer",
                [
                    ("customer_id", _UUID, True),
                    ("address", _optional({"$ref": "#/$defs/Address"}), False),
                    (
                        "phone",
                        _optional({"pattern": r"^\+?[1-9]\d{1,14}$", "type": "string"}),
                        False,
                    ),
                    ("tier", _optional(_enum("Tier", ["free", "pro", "enterprise"])), False),
                ],
                defs={"Address": _ADDRESS},
            ),
        ),
        (
            "create_invoice",
            "Create a draft invoice.",
            _model_schema(
                "CreateInvoice",
                [
                    ("customer_id", _UUID, True),
                    ("currency", {"pattern": "^[A-Z]{3}$", "type": "string"}, True),
                    (
                        "lines",
                        {"items": {"$ref": "#/$defs/InvoiceLine"}, "minItems": 1, "type": "array"},
                        True,
                    ),
                    ("due_date", _ISO_DATE, True),
                    ("notes", _optional({"maxLength": 2000, "type": "string"}), False),
                ],
                defs={"InvoiceLine": invoice_line},
            ),
        ),
        (
            "fetch_url",
            "Fetch a web page or API endpoint.",
            _model_schema(
                "FetchUrl",
                [
                    ("url", _URL, True),
                    (
                        "method",
                        {"default": "GET", "enum": ["GET", "HEAD"], "type": "string"},
                        False,
                    ),
                    (
                        "headers",
                        _optional({"additionalProperties": {"type": "string"}, "type": "object"}),
                        False,
                    ),
                    (
                        "max_bytes",
                        {"default": 1000000, "exclusiveMinimum": 0, "type": "integer"},
                        False,
                    ),
                ],
            ),
        ),
        (
            "set_reminder",
            "Remind the user about something later.",
            _model_schema(
                "SetReminder",
                [
                    ("text", {"type": "string"}, True),
                    ("at", _DATE_TIME, True),
                    ("repeat", _optional(_enum("Repeat", ["daily", "weekly", "monthly"])), False),
                ],
            ),
        ),
        (
            "deploy_service",
            "Deploy a service version to an environment.",
            _model_schema(
                "DeployService",
                [
                    ("service", {"pattern": "^[a-z0-9-]+$", "type": "string"}, True),
                    ("version", {"pattern": r"^\d+\.\d+\.\d+$", "type": "string"}, True),
                    (
                        "environment",
                        {"enum": ["staging", "production"], "type": "string"},
                        True,
                    ),
                    (
                        "replicas",
                        {"default": 2, "maximum": 50, "minimum": 1, "type": "integer"},
                        False,
                    ),
                    (
                        "env",
                        _optional({"additionalProperties": {"type": "string"}, "type": "object"}),
                        False,
                    ),
                    ("dry_run", {"default": False, "type": "boolean"}, False),
                ],
            ),
        ),
    ]
    return [
        {"name": name, "description": description, "input_schema": schema}
        for name, description, schema in models
    ]


def _calls(rng: random.Random) -> list[tuple[str, dict[str, Any]]]:
    """Tool calls an agent makes with :func:`pydantic_tools`, with inputs that fit their schemas."""
    uid = "7f3e9a2c-1b4d-4e8f-9a6b-2c5d8e1f0a3b"
    return [
        ("search_orders", {"customer_email": "ana@example.com", "status": "shipped", "page": 1}),
        (
            "create_ticket",
            {
                "title": "Parcel marked shipped but not received",
                "body": _paragraph(rng, 300),
                "priority": "high",
                "due": "2026-03-02",
                "tags": ["shipping", "escalated"],
                "address": {
                    "street": "12 Rue Oberkampf",
                    "city": "Paris",
                    "postal_code": "75011",
                    "country": "FR",
                },
            },
        ),
        ("get_weather", {"city": "Lisbon", "country": "PT", "units": "metric", "days": 5}),
        (
            "book_flight",
            {
                "origin": "LIS",
                "destination": "JFK",
                "depart": "2026-04-10",
                "return_date": None,
                "passengers": [
                    {
                        "first_name": "Ana",
                        "last_name": "Silva",
                        "birth_date": "1988-06-01",
                        "seat_preference": "aisle",
                    },
                    {"first_name": "Rui", "last_name": "Silva", "birth_date": "1990-01-20"},
                ],
                "cabin": "business",
            },
        ),
        (
            "send_email",
            {
                "to": ["ana@example.com"],
                "subject": "Your booking",
                "body": _paragraph(rng, 400),
                "attachments": [
                    {
                        "filename": "itinerary.pdf",
                        "url": "https://files.example.com/it/8812.pdf",
                        "size_bytes": 48211,
                    }
                ],
            },
        ),
        (
            "run_sql",
            {
                "query": "select region, sum(total) from orders where placed >= ? group by 1",
                "params": ["2026-01-01", 10, None],
            },
        ),
        (
            "schedule_meeting",
            {
                "title": "Quarterly review",
                "start": "2026-03-05T14:00:00Z",
                "duration_minutes": 45,
                "attendees": [
                    {"email": "ana@example.com"},
                    {"email": "rui@example.com", "optional": True},
                ],
                "timezone": "Europe/Lisbon",
            },
        ),
        ("update_customer", {"customer_id": uid, "phone": "+351912345678", "tier": "pro"}),
        (
            "create_invoice",
            {
                "customer_id": uid,
                "currency": "EUR",
                "lines": [
                    {"sku": "PLAN2026PRO", "quantity": 1, "unit_price": 490.0},
                    {"sku": "SEAT", "quantity": 12, "unit_price": 9.5, "discount": 0.1},
                ],
                "due_date": "2026-03-31",
            },
        ),
        ("fetch_url", {"url": "https://status.example.com/api/v2/summary.json", "method": "GET"}),
        (
            "set_reminder",
            {
                "text": "Check the invoice was paid",
                "at": "2026-04-01T09:00:00+01:00",
                "repeat": None,
            },
        ),
        (
            "deploy_service",
            {
                "service": "billing-api",
                "version": "2.14.3",
                "environment": "staging",
                "replicas": 3,
                "env": {"LOG_LEVEL": "info"},
            },
        ),
    ]


def pydantic_agent(seed: int = 11) -> dict[str, Any]:
    """A support agent's request (about 55 KiB): twelve pydantic-generated tools, a long system
    prompt, and a history of 24 turns in which every tool is called once (some twice)."""
    rng = random.Random(seed)
    calls = _calls(rng)
    calls += calls[:2]
    messages: list[dict[str, Any]] = [{"role": "user", "content": _paragraph(rng, 600)}]
    for i, (name, tool_input) in enumerate(calls):
        call = f"toolu_01{_token(rng, 22)}"
        messages.append(
            {
                "role": "assistant",
                "content": [
                    {"type": "text", "text": _paragraph(rng, 200)},
                    {"type": "tool_use", "id": call, "name": name, "input": tool_input},
                ],
            }
        )
        result = json.dumps({"ok": True, "detail": _paragraph(rng, 2000 if i % 3 else 800)})
        messages.append(
            {
                "role": "user",
                "content": [{"type": "tool_result", "tool_use_id": call, "content": result}],
            }
        )
    messages.append({"role": "assistant", "content": _paragraph(rng, 800)})
    messages.append({"role": "user", "content": _paragraph(rng, 200)})
    return {
        "model": AGENT_MODEL,
        "max_tokens": 8192,
        "system": [
            {"type": "text", "text": _paragraph(rng, 4000), "cache_control": {"type": "ephemeral"}}
        ],
        "tools": pydantic_tools(),
        "tool_choice": {"type": "auto"},
        "messages": messages,
    }


_MCP_SERVERS = {
    "github": [
        "create_issue",
        "list_issues",
        "get_pull_request",
        "merge_pull_request",
        "search_code",
        "create_branch",
        "list_commits",
        "add_comment",
        "get_file_contents",
        "create_release",
    ],
    "slack": [
        "post_message",
        "list_channels",
        "reply_in_thread",
        "add_reaction",
        "get_user_profile",
        "search_messages",
        "upload_file",
        "set_topic",
    ],
    "linear": [
        "create_issue",
        "update_issue",
        "list_projects",
        "assign_issue",
        "add_label",
        "list_cycles",
    ],
    "postgres": ["query", "list_tables", "describe_table", "explain"],
    "filesystem": [
        "read_file",
        "write_file",
        "list_directory",
        "move_file",
        "search_files",
        "get_file_info",
        "create_directory",
        "edit_file",
    ],
    "browser": [
        "navigate",
        "click",
        "type",
        "screenshot",
        "evaluate",
        "select_option",
        "wait_for",
        "go_back",
        "get_text",
        "close_tab",
    ],
    "jira": [
        "create_ticket",
        "transition_ticket",
        "search",
        "get_ticket",
        "add_worklog",
        "link_tickets",
    ],
    "notion": [
        "search",
        "create_page",
        "update_page",
        "append_blocks",
        "query_database",
        "get_page",
    ],
    "sentry": ["list_issues", "get_event", "resolve_issue", "list_releases", "get_stacktrace"],
    "stripe": [
        "create_customer",
        "list_charges",
        "refund_charge",
        "create_invoice",
        "get_balance",
        "list_subscriptions",
    ],
    "gdrive": ["search", "read_document", "export_sheet", "share_file", "list_folder"],
    "calendar": [
        "list_events",
        "create_event",
        "update_event",
        "delete_event",
        "find_free_time",
        "respond_to_invite",
    ],
    "k8s": [
        "get_pods",
        "get_logs",
        "describe",
        "scale_deployment",
        "rollout_status",
        "apply_manifest",
        "port_forward",
        "list_namespaces",
        "top_nodes",
        "get_events",
        "delete_pod",
        "exec",
    ],
}
_MCP_FIELDS: list[tuple[str, dict[str, Any]]] = [
    ("owner", {"type": "string", "description": "Repository owner or organisation"}),
    ("repo", {"type": "string", "description": "Repository name"}),
    ("channel", {"type": "string", "description": "Channel id, e.g. C024BE91L"}),
    ("text", {"type": "string", "minLength": 1}),
    ("query", {"type": "string", "description": "Search query; supports field:value filters"}),
    ("path", {"type": "string", "description": "Absolute path"}),
    ("limit", {"type": "number", "minimum": 1, "maximum": 100, "default": 20}),
    ("cursor", {"type": "string", "description": "Opaque pagination cursor from a previous call"}),
    ("labels", {"type": "array", "items": {"type": "string"}}),
    ("state", {"type": "string", "enum": ["open", "closed", "all"], "default": "open"}),
    ("namespace", {"type": "string", "default": "default"}),
    ("timeout", {"type": "integer", "exclusiveMinimum": 0, "description": "Milliseconds"}),
    ("dry_run", {"type": "boolean", "default": False}),
    ("id", {"type": "string", "pattern": "^[A-Za-z0-9_-]+$"}),
    ("url", {"type": "string", "format": "uri"}),
    ("since", {"type": "string", "format": "date-time"}),
    ("metadata", {"type": "object", "additionalProperties": {"type": "string"}}),
    ("assignees", {"type": "array", "items": {"type": "string"}, "maxItems": 10}),
    ("content", {"type": "string"}),
    (
        "options",
        {
            "type": "object",
            "properties": {
                "recursive": {"type": "boolean"},
                "depth": {"type": "integer", "minimum": 0},
            },
            "additionalProperties": False,
        },
    ),
]


def mcp_tools(count: int = 100, seed: int = 5) -> list[dict[str, Any]]:
    """``count`` tools the way MCP clients pass them on: ``server__tool`` names, a paragraph of
    description, and zod-to-json-schema input schemas (draft-07 ``$schema``, closed objects)."""
    rng = random.Random(seed)
    names = [f"{server}__{tool}" for server, tools in _MCP_SERVERS.items() for tool in tools]
    out: list[dict[str, Any]] = []
    for name in names[:count]:
        fields = rng.sample(_MCP_FIELDS, rng.randint(2, 7))
        out.append(
            {
                "name": name,
                "description": _paragraph(rng, rng.randint(150, 700)),
                "input_schema": {
                    "type": "object",
                    "properties": dict(fields),
                    "required": [field for field, _ in fields[: rng.randint(1, len(fields))]],
                    "additionalProperties": False,
                    "$schema": "http://json-schema.org/draft-07/schema#",
                },
            }
        )
    return out


def _example(schema: dict[str, Any]) -> Any:
    """A value ``schema`` accepts (for the few shapes of ``_MCP_FIELDS``)."""
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    examples = {"string": "main", "number": 10, "integer": 100, "boolean": False}
    return examples.get(kind, [] if kind == "array" else {})


def mcp_request(seed: int = 5) -> dict[str, Any]:
    """A coding agent's request with 100 MCP tools, a short history and two tool calls."""
    rng = random.Random(seed)
    tools = mcp_tools(100, seed)
    calls = [
        ("github__list_issues", {"owner": "acme", "repo": "billing", "state": "open", "limit": 20}),
        ("k8s__get_logs", {"namespace": "billing", "id": "billing-api-7d9f", "timeout": 5000}),
    ]
    messages: list[dict[str, Any]] = [{"role": "user", "content": _paragraph(rng, 300)}]
    for name, tool_input in calls:
        schema = next(t["input_schema"] for t in tools if t["name"] == name)
        tool_input = {k: v for k, v in tool_input.items() if k in schema["properties"]}
        for field in schema["required"]:
            tool_input.setdefault(field, _example(schema["properties"][field]))
        call = f"toolu_01{_token(rng, 22)}"
        messages.append(
            {
                "role": "assistant",
                "content": [
                    {"type": "text", "text": _paragraph(rng, 150)},
                    {"type": "tool_use", "id": call, "name": name, "input": tool_input},
                ],
            }
        )
        messages.append(
            {
                "role": "user",
                "content": [
                    {"type": "tool_result", "tool_use_id": call, "content": _paragraph(rng, 1200)}
                ],
            }
        )
    return {
        "model": AGENT_MODEL,
        "max_tokens": 16000,
        "system": _paragraph(rng, 2500),
        "tools": tools,
        "messages": messages,
    }


# --------------------------------------------------------------------------- more request shapes


def _signature(rng: random.Random, raw_bytes: int) -> str:
    """A thinking signature or redacted-thinking data: base64 of opaque bytes, as the API sends."""
    import base64

    return base64.b64encode(rng.randbytes(raw_bytes)).decode()


_CODING_TOOLS: list[dict[str, Any]] = [
    {
        "name": "run_python",
        "description": "Run a Python snippet in a sandbox; returns stdout, stderr, exit code.",
        "input_schema": {
            "type": "object",
            "properties": {
                "code": {"type": "string", "description": "The program text"},
                "timeout_s": {"type": "integer", "minimum": 1, "maximum": 300},
            },
            "required": ["code"],
        },
    },
    {
        "name": "read_file",
        "description": "Read a text file of the repository.",
        "input_schema": {
            "type": "object",
            "properties": {
                "path": {"type": "string"},
                "start_line": {"type": "integer", "minimum": 1},
                "end_line": {"type": "integer", "minimum": 1},
            },
            "required": ["path"],
        },
    },
    {
        "name": "search_code",
        "description": "Search the repository for a regular expression.",
        "input_schema": {
            "type": "object",
            "properties": {
                "pattern": {"type": "string"},
                "glob": {"type": "string", "default": "**/*.py"},
            },
            "required": ["pattern"],
        },
    },
]


def thinking_agent(seed: int = 13) -> dict[str, Any]:
    """A coding agent with budget thinking (about 40 KiB): every assistant turn starts with its
    signed thinking (one also with a redacted block), then calls a tool; the results come back,
    and the last turn answers before the user follows up."""
    rng = random.Random(seed)
    calls: list[tuple[str, dict[str, Any]]] = [
        ("search_code", {"pattern": r"def retry\(", "glob": "src/**/*.py"}),
        ("read_file", {"path": "src/client/retry.py", "start_line": 1, "end_line": 120}),
        ("run_python", {"code": "import retry\nprint(retry.backoff(3))", "timeout_s": 30}),
        ("read_file", {"path": "tests/test_retry.py"}),
        ("run_python", {"code": "import pytest\npytest.main(['-q', 'tests/test_retry.py'])"}),
    ]
    messages: list[dict[str, Any]] = [{"role": "user", "content": _paragraph(rng, 700)}]
    for i, (name, tool_input) in enumerate(calls):
        call = f"toolu_01{_token(rng, 22)}"
        content: list[dict[str, Any]] = [
            {
                "type": "thinking",
                "thinking": _paragraph(rng, rng.randint(1500, 3500)),
                "signature": _signature(rng, rng.randint(300, 700)),
            }
        ]
        if i == 2:
            content.append({"type": "redacted_thinking", "data": _signature(rng, 2400)})
        if i % 2 == 0:
            content.append({"type": "text", "text": _paragraph(rng, 200)})
        content.append({"type": "tool_use", "id": call, "name": name, "input": tool_input})
        messages.append({"role": "assistant", "content": content})
        messages.append(
            {
                "role": "user",
                "content": [
                    {
                        "type": "tool_result",
                        "tool_use_id": call,
                        "content": [{"type": "text", "text": _paragraph(rng, 1800)}],
                    }
                ],
            }
        )
    messages.append(
        {
            "role": "assistant",
            "content": [
                {
                    "type": "thinking",
                    "thinking": _paragraph(rng, 2500),
                    "signature": _signature(rng, 520),
                },
                {"type": "text", "text": _paragraph(rng, 1500)},
            ],
        }
    )
    messages.append({"role": "user", "content": _paragraph(rng, 250)})
    return {
        "model": THINKING_MODEL,
        "max_tokens": 32000,
        "thinking": {"type": "enabled", "budget_tokens": 16000},
        "system": _paragraph(rng, 1500),
        "tools": _CODING_TOOLS,
        "messages": messages,
    }


def _photo(seed: int, width: int, height: int) -> bytes:
    """A JPEG that compresses like a photo: smooth shapes plus sensor-like noise."""
    import io

    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(seed)
    coarse = rng.integers(0, 256, size=(height // 32 + 1, width // 32 + 1, 3), dtype=np.uint8)
    smooth = Image.fromarray(coarse).resize((width, height), Image.Resampling.BICUBIC)
    pixels = np.asarray(smooth, dtype=np.int16) + rng.integers(-12, 13, size=(height, width, 3))
    buffer = io.BytesIO()
    Image.fromarray(pixels.clip(0, 255).astype(np.uint8)).save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def _chart_png(seed: int) -> bytes:
    """A PNG screenshot of a line chart (what users paste from dashboards)."""
    import io

    import matplotlib

    matplotlib.use("Agg")
    import numpy as np
    from matplotlib.figure import Figure

    rng = np.random.default_rng(seed)
    figure = Figure(figsize=(6.4, 3.6))
    axes = figure.add_subplot()
    for _ in range(3):
        axes.plot(np.cumsum(rng.normal(size=400)))
    axes.set_title("p99 latency (ms) per region")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100, metadata={"Software": None})
    return buffer.getvalue()


def _image_block(data: bytes, media_type: str) -> dict[str, Any]:
    import base64

    return {
        "type": "image",
        "source": {
            "type": "base64",
            "media_type": media_type,
            "data": base64.b64encode(data).decode(),
        },
    }


def vision_chat(seed: int = 17) -> dict[str, Any]:
    """A support chat about photos and a dashboard screenshot (about 230 KiB): two user turns
    with two images each (three JPEG photos, one PNG chart) and the answer in between."""
    rng = random.Random(seed)
    return {
        "model": CHAT_MODEL,
        "max_tokens": 4096,
        "system": _paragraph(rng, 600),
        "messages": [
            {
                "role": "user",
                "content": [
                    _image_block(_photo(seed, 560, 420), "image/jpeg"),
                    _image_block(_photo(seed + 1, 420, 560), "image/jpeg"),
                    {
                        "type": "text",
                        "text": "The parcel arrived like this. " + _paragraph(rng, 300),
                    },
                ],
            },
            {"role": "assistant", "content": _paragraph(rng, 900)},
            {
                "role": "user",
                "content": [
                    _image_block(_photo(seed + 2, 560, 420), "image/jpeg"),
                    _image_block(_chart_png(seed), "image/png"),
                    {"type": "text", "text": _paragraph(rng, 250)},
                ],
            },
        ],
    }
