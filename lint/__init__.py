"""Offline linter for Anthropic Messages API request payloads.

```python
import msglint

for d in msglint.check(open("request.json", "rb").read()):
    print(d.line, d.column, d.code, d.message)
```

`check` never raises on a payload: whatever it is given, problems come back as diagnostics.
The command line front end is `msglint` (`python -m msglint`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

import msgspec

from msgtypes.versions import API_VERSIONS, DEFAULT_API_VERSION

from . import _engine_hook
from ._source import SourceMap
from .diagnostics import Diagnostic, Severity, document_order
from .rules import Rule, all_rules, explain
from .rules.syntax import (
    encode_payload,
    internal_error,
    parse_document,
    response_not_request,
)

__all__ = [
    "API_VERSIONS",
    "DEFAULT_API_VERSION",
    "ENDPOINTS",
    "Diagnostic",
    "Endpoint",
    "Rule",
    "Severity",
    "all_rules",
    "check",
    "explain",
]

Endpoint = Literal["messages", "count_tokens", "batch", "batch-jsonl", "complete"]

#: What a payload can be a body of: `POST /v1/messages`, `/v1/messages/count_tokens`,
#: `/v1/messages/batches`, a batch file with one `{"custom_id", "params"}` request per line,
#: and the legacy `POST /v1/complete`.
ENDPOINTS: tuple[Endpoint, ...] = ("messages", "count_tokens", "batch", "batch-jsonl", "complete")


def check(
    payload: bytes | str | Mapping[str, Any] | msgspec.Struct,
    *,
    endpoint: str = "messages",
    betas: Iterable[str] = (),
    api_version: str | None = None,
) -> list[Diagnostic]:
    """Every problem in `payload`, in document order.

    `payload` is JSON text (bytes or str) or the request as Python objects (a mapping or a
    msgspec Struct). Diagnostics carry a line and column only when the payload is text. For
    `batch-jsonl` text each line is one request: pointers are relative to the line's
    document, and `line` is the line in the text. `betas` are the `anthropic-beta` header
    values the request will be sent with; `api_version` its `anthropic-version` (one of
    `API_VERSIONS`; default `DEFAULT_API_VERSION`, what the current official SDKs send).
    """
    if endpoint not in ENDPOINTS:
        raise ValueError(f"unknown endpoint {endpoint!r}; expected one of {', '.join(ENDPOINTS)}")
    version = DEFAULT_API_VERSION if api_version is None else api_version
    if version not in API_VERSIONS:
        raise ValueError(
            f"unknown API version {version!r}; expected one of {', '.join(API_VERSIONS)}"
        )
    beta_set = frozenset([betas] if isinstance(betas, str) else betas)
    try:
        if isinstance(payload, str):
            data = payload.encode("utf-8", "surrogatepass")
        elif isinstance(payload, (bytes, bytearray, memoryview)):
            data = bytes(payload)
        else:
            encoded, problems = encode_payload(payload)
            if encoded is None:
                return problems
            return _check_document(
                encoded, endpoint, beta_set, positions=False, api_version=version
            )[0]
        if endpoint == "batch-jsonl":
            import io

            from ._files import lint_jsonl

            return list(lint_jsonl(io.BytesIO(data), betas=beta_set, api_version=version))
        return _check_document(data, endpoint, beta_set, api_version=version)[0]
    except Exception as exc:  # never let a payload crash the caller
        return [internal_error(exc)]


def _check_document(
    data: bytes,
    endpoint: str,
    betas: frozenset[str],
    *,
    positions: bool = True,
    api_version: str = DEFAULT_API_VERSION,
) -> tuple[list[Diagnostic], Any]:
    """Diagnostics for one document's text, and its decoded value (None when unreadable).

    The happy path is one typed msgspec decode plus one pass of the semantic rules; only a
    document that fails the typed decode is parsed again and walked for every problem.
    """
    try:
        fast = _engine_hook._fast_checks(data, endpoint, betas, api_version)
    except Exception as exc:
        fast = ([internal_error(exc)], None)
    if fast is not None:
        diagnostics, body = fast
        if diagnostics:
            diagnostics = _place(data, diagnostics, positions=positions)
        return diagnostics, body
    parsed = parse_document(data)
    diagnostics = parsed.diagnostics
    response = response_not_request(parsed.value, endpoint) if parsed.ok else None
    if response is not None:
        diagnostics = [*diagnostics, response]
    elif parsed.ok:
        try:
            diagnostics = diagnostics + _engine_hook._semantic_checks(
                parsed.data, parsed.value, endpoint, betas, api_version
            )
        except Exception as exc:
            diagnostics = [*diagnostics, internal_error(exc)]
    if diagnostics:
        diagnostics = _place(parsed.data, diagnostics, positions=positions)
    return diagnostics, parsed.value if parsed.ok else None


def _place(data: bytes, diagnostics: list[Diagnostic], *, positions: bool) -> list[Diagnostic]:
    """Give each diagnostic its line and column from its pointer, and sort them.

    With `positions` false (the payload was not text) the positions only decide the order.
    """
    unplaced = {d.path for d in diagnostics if d.line is None}
    located = SourceMap(data).locate(unplaced) if unplaced else {}
    placed = [
        d
        if d.line is not None
        else msgspec.structs.replace(d, line=located[d.path][0], column=located[d.path][1])
        for d in diagnostics
    ]
    ordered = document_order(placed)
    if positions:
        return ordered
    return [msgspec.structs.replace(d, line=None, column=None) for d in ordered]
