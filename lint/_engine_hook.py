"""Where the structural and semantic rule engine plugs into `lint.check` and `msglint`.

The document rules (`lint.rules.syntax`) decide whether a payload is a readable JSON object.
Everything that looks at fields is the engine's job, and it is connected here:

- `_semantic_checks` is called once per document that is a JSON object. For the
  `batch-jsonl` endpoint it is called once per line, with that line's bytes and value, and
  pointers in its diagnostics are relative to the line's document (`/params/messages/0`).
- `_BatchFileChecks` sees every line of a batch JSONL file in order, for the rules that span
  lines (unique `custom_id`s, the request count and total size limits). In parallel runs the
  per-line work happens in worker processes, but this object lives in the main process and is
  fed in file order.

Diagnostics returned without `line`/`column` are placed by `lint` from their pointer, so the
engine only names paths. Until the engine is connected, both report nothing.
"""

from __future__ import annotations

from typing import Any

from lint.diagnostics import Diagnostic

__all__ = ["_BatchFileChecks", "_semantic_checks"]


def _semantic_checks(
    document: bytes, value: Any, endpoint: str, betas: frozenset[str]
) -> list[Diagnostic]:
    """Structural and semantic diagnostics for one JSON object document.

    `document` is the document's text (any byte-order mark replaced by a space), `value` its
    untyped decoding (a `dict`), `endpoint` one of `lint.ENDPOINTS`, `betas` the
    `anthropic-beta` values the request will be sent with.
    """
    return []


class _BatchFileChecks:
    """Rules across the lines of one batch JSONL file."""

    def __init__(self, betas: frozenset[str]) -> None:
        self.betas = betas

    def add(self, line: int, custom_id: str | None, size: int) -> list[Diagnostic]:
        """Take the next request line: its 1-based line number, its `custom_id` when it is a
        string, and its size in bytes. Diagnostics returned belong to that line."""
        return []

    def finish(self) -> list[Diagnostic]:
        """Diagnostics about the file as a whole, once every line has been added."""
        return []
