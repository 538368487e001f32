"""Where the structural and semantic rule engine (`msglint.engine`) plugs into `msglint.check` and
`msglint`.

- `_fast_checks` is tried first on a document's text: when the text decodes straight into the
  endpoint's request Struct, the semantic rules run on it and that is all (the happy path).
- `_semantic_checks` is called for a document that failed the typed decode but is a JSON object:
  the structure rules report every structural problem, then the semantic rules run on the
  best-effort tree. For `batch-jsonl` both are called once per line, with pointers relative to
  the line's document (`/params/messages/0`).
- `_BatchFileChecks` sees every line of a batch JSONL file in order, for the rules that span
  lines (unique `custom_id`s, the request count and total size limits). In parallel runs the
  per-line work happens in worker processes, but this object lives in the main process and is
  fed in file order.

Diagnostics returned without `line`/`column` are placed by `lint` from their pointer.
"""

from __future__ import annotations

from typing import Any

from msgtypes.batches import MAX_BATCH_REQUESTS
from msgtypes.versions import DEFAULT_API_VERSION

from . import engine
from .diagnostics import Diagnostic
from .rules import get
from .rules.batch import MAX_BATCH_BODY

__all__ = ["_BatchFileChecks", "_fast_checks", "_semantic_checks"]



def _fast_checks(
    document: bytes,
    endpoint: str,
    betas: frozenset[str],
    api_version: str = DEFAULT_API_VERSION,
) -> tuple[list[Diagnostic], Any] | None:
    """Semantic diagnostics and the decoded Struct, or None when the typed decode fails."""
    return engine.check_text_body(document, endpoint, betas, api_version=api_version)


def _semantic_checks(
    document: bytes,
    value: Any,
    endpoint: str,
    betas: frozenset[str],
    api_version: str = DEFAULT_API_VERSION,
) -> list[Diagnostic]:
    """Structural and semantic diagnostics for one JSON object document.

    `document` is the document's text (any byte-order mark replaced by a space), `value` its
    untyped decoding (a `dict`), `endpoint` one of `msglint.ENDPOINTS`, `betas` the
    `anthropic-beta` values the request will be sent with, `api_version` its `anthropic-version`.
    """
    return engine.check_value(value, endpoint, betas, len(document), api_version=api_version)


class _BatchFileChecks:
    """Rules across the lines of one batch JSONL file."""

    def __init__(self, betas: frozenset[str]) -> None:
        self.betas = betas
        self.seen: dict[str, int] = {}
        self.count = 0
        self.size = 0
        self.first_line = 1

    def add(self, line: int, custom_id: str | None, size: int) -> list[Diagnostic]:
        """Take the next request line: its 1-based line number, its `custom_id` when it is a
        string, and its size in bytes. Diagnostics returned belong to that line."""
        found: list[Diagnostic] = []
        self.count += 1
        self.size += size
        if self.count == 1:
            self.first_line = line
        if custom_id is not None:
            first = self.seen.get(custom_id)
            if first is not None:
                found.append(
                    get("E260").diagnostic(
                        "/custom_id",
                        f"custom_id {custom_id!r} is already used on line {first}",
                    )
                )
            else:
                self.seen[custom_id] = line
        if self.count == MAX_BATCH_REQUESTS + 1:
            found.append(
                get("E106").diagnostic(
                    "",
                    f"a batch holds at most {MAX_BATCH_REQUESTS:,} requests; this is request "
                    f"{self.count:,}",
                    hint="split the file into several batches",
                )
            )
        return found

    def finish(self) -> list[Diagnostic]:
        """Diagnostics about the file as a whole, once every line has been added."""
        if self.size > MAX_BATCH_BODY:
            return [
                get("E262").diagnostic(
                    "",
                    f"the batch is {self.size:,} bytes; a batch body is limited to 256 MB",
                    line=self.first_line,
                    column=1,
                    hint="split the file into several batches",
                )
            ]
        return []
