"""A deterministic, approximate token count (the fake has no tokenizer).

Rule: about 4 characters per token over every string value of ``system``, ``messages`` and
``tools`` (object keys are not counted), plus 3 tokens per message; an image counts 1,600 tokens
(the size the docs recommend) and a base64 PDF 1,500 tokens per page.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable
from typing import Any

__all__ = [
    "CHARS_PER_TOKEN",
    "IMAGE_TOKENS",
    "MESSAGE_OVERHEAD",
    "PDF_PAGE_TOKENS",
    "request_tokens",
    "text_tokens",
]

CHARS_PER_TOKEN = 4
IMAGE_TOKENS = 1600
PDF_PAGE_TOKENS = 1500
MESSAGE_OVERHEAD = 3
_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def text_tokens(text: str) -> int:
    """Tokens of ``text``: its length divided by 4, rounded up."""
    return -(-len(text) // CHARS_PER_TOKEN)


def request_tokens(body: dict[str, Any]) -> int:
    """Input tokens of a Messages request body given as builtins (``msgtypes.to_builtins``)."""
    chars, extra = 0, 0
    for key in ("system", "messages", "tools"):
        if key in body:
            more_chars, more_extra = _walk(body[key])
            chars += more_chars
            extra += more_extra
    messages = body.get("messages")
    count = len(messages) if isinstance(messages, list) else 0
    return -(-chars // CHARS_PER_TOKEN) + extra + MESSAGE_OVERHEAD * count


def _walk(node: Any) -> tuple[int, int]:
    if isinstance(node, str):
        return len(node), 0
    if isinstance(node, list):
        return _sum(_walk(item) for item in node)
    if isinstance(node, dict):
        kind = node.get("type")
        if kind == "image":
            return 0, IMAGE_TOKENS
        source = node.get("source")
        if kind == "document" and isinstance(source, dict) and source.get("type") == "base64":
            rest = {k: v for k, v in node.items() if k != "source"}
            chars, _ = _walk(rest)
            return chars, _pdf_pages(source.get("data")) * PDF_PAGE_TOKENS
        return _sum(_walk(value) for value in node.values())
    return 0, 0


def _sum(parts: Iterable[tuple[int, int]]) -> tuple[int, int]:
    chars, extra = 0, 0
    for more_chars, more_extra in parts:
        chars += more_chars
        extra += more_extra
    return chars, extra


def _pdf_pages(data: Any) -> int:
    if not isinstance(data, str):
        return 1
    try:
        raw = base64.b64decode(data, validate=False)
    except (binascii.Error, ValueError):
        return 1
    return max(1, len(_PAGE.findall(raw)))
