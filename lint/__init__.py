"""Offline linter for Anthropic Messages API request payloads.

```python
import msglint

for d in msglint.check(open("request.json", "rb").read()):
    print(d.line, d.column, d.code, d.message)
```

`check` never raises on a payload: whatever it is given, problems come back as diagnostics.
The command line front end is `msglint` (`python -m msglint`). How a payload goes through the
linter, stage by stage, is drawn in `msglint.engine`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

import msgspec

from msgtypes.versions import API_VERSIONS, DEFAULT_API_VERSION

from .diagnostics import Diagnostic, Severity
from .engine import lint_document
from .rules import Rule, all_rules, explain
from .rules.syntax import encode_payload, internal_error

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
            return lint_document(
                encoded, endpoint, beta_set, positions=False, api_version=version
            )[0]
        if endpoint == "batch-jsonl":
            import io

            from ._files import lint_jsonl

            return list(lint_jsonl(io.BytesIO(data), betas=beta_set, api_version=version))
        return lint_document(data, endpoint, beta_set, api_version=version)[0]
    except Exception as exc:  # never let a payload crash the caller
        return [internal_error(exc)]
