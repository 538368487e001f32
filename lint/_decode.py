"""Stage 2 of the pipeline: a document's bytes into its request Structs.

- **Fast path.** One typed msgspec decode into the endpoint's request type (the relaxed form of
  ``msglint._relaxed``), then the few checks the relaxed types leave out: each tool decoded on
  its own (a tool without ``type`` is a custom tool; tools are remembered by their JSON text, as
  a batch repeats them) and each request's ``custom_id`` pattern. A document that passes is
  structurally valid; nothing else is done here.
- **Exhaustive path**, only for a document the fast path rejects: the document rules
  (``msglint.rules.syntax``: UTF-8, JSON syntax, nesting, an object at the top), then the
  structure walk over the raw JSON (``msglint.rules.structure``), which reports every structural
  problem and builds a best-effort tree of the same relaxed classes, so the rules that come
  next see one kind of tree whichever path made it.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import msgspec

import msgtypes
from msgtypes.codec import strict_decoder

from ._cache import TOOLS_BY_TEXT
from ._relaxed import DEFERRED, TOOL_OWNERS, relaxed_type
from .diagnostics import Diagnostic
from .rules.structure import (
    Unreadable,
    check_members,
    check_raw,
    members_of,
    pattern_mismatch,
    untyped,
)
from .rules.syntax import (
    document_start,
    may_be_deep,
    parse_document,
    response_not_request,
    too_deep,
)

__all__ = ["BODY_TYPES", "Decoded", "decode", "requests_of"]

#: The request Struct of each endpoint (batch-jsonl lines are single batch requests).
BODY_TYPES: dict[str, Any] = {
    "messages": msgtypes.MessageCreateParams,
    "count_tokens": msgtypes.MessageCountTokensParams,
    "batch": msgtypes.BatchCreateParams,
    "batch-jsonl": msgtypes.MessageBatchRequest,
    "complete": msgtypes.CompletionCreateParams,
}


class Decoded(NamedTuple):
    """One document, decoded."""

    data: bytes  # the text pointers refer to (a byte-order mark replaced by a space)
    body: Any  # the request tree (relaxed Structs), None when the document is unreadable
    found: list[Diagnostic]  # document and structural problems
    custom_id: str | None = None  # a batch line's custom_id, for the checks across lines


_DECODERS: dict[str, msgspec.json.Decoder[Any]] = {}


def decode(data: bytes, endpoint: str) -> Decoded:
    """``data`` as a body of ``endpoint``: the fast path, else the exhaustive one."""
    body = _fast(data, endpoint)
    if body is not None:
        return Decoded(data, body, [], getattr(body, "custom_id", None))
    return _exhaustive(data, endpoint)


def requests_of(body: Any) -> list[tuple[Any, str]]:
    """(params, JSON Pointer) of each Messages request in a decoded body (of any endpoint)."""
    if isinstance(body, TOOL_OWNERS):
        return [(body, "")]
    if isinstance(body, msgtypes.MessageBatchRequest):
        if isinstance(body.params, msgtypes.MessageCreateParams):
            return [(body.params, "/params")]
    elif isinstance(body, msgtypes.BatchCreateParams) and isinstance(body.requests, list):
        return [
            (request.params, f"/requests/{i}/params")
            for i, request in enumerate(body.requests)
            if isinstance(request, msgtypes.MessageBatchRequest)
            and isinstance(request.params, msgtypes.MessageCreateParams)
        ]
    return []


# --------------------------------------------------------------------------- the fast path


def _fast(data: bytes, endpoint: str) -> Any:
    """The body, or None when the strict types (with the codec's custom-tool rule) reject it."""
    decoder = _DECODERS.get(endpoint)
    if decoder is None:
        decoder = _DECODERS[endpoint] = msgspec.json.Decoder(relaxed_type(BODY_TYPES[endpoint]))
    try:
        body = decoder.decode(data)
        return body if _complete(body) else None
    except (msgspec.ValidationError, msgspec.DecodeError, RecursionError, UnicodeDecodeError):
        return None


def _complete(body: Any) -> bool:
    """Finish a fast decode: the deferred patterns hold and every tool decodes (False sends
    the document to the exhaustive path)."""
    if _off_pattern(body):
        return False
    for params, _ in requests_of(body):
        if not _tools_decoded(params):
            return False
    return True


def _tools_decoded(params: Any) -> bool:
    """Decode the request's tools in place (False: one of them is not a tool)."""
    if params.tools is msgspec.UNSET:
        return True
    tools = _decode_tools(params.tools)
    if tools is None:
        return False
    params.tools = tools
    return True


def _off_pattern(body: Any) -> list[Diagnostic]:
    """E107 for each field whose pattern the relaxed types leave to the decode (``DEFERRED``:
    a batch request's custom_id). A list, not a generator: the fast path asks on every line."""
    if isinstance(body, msgtypes.BatchCreateParams):
        requests = body.requests if isinstance(body.requests, list) else []
        where = [(request, f"/requests/{i}") for i, request in enumerate(requests)]
    else:
        where = [(body, "")]
    found = []
    for request, path in where:
        for name, pattern in DEFERRED.get(type(request), ()):
            value = getattr(request, name)
            if isinstance(value, str) and not pattern.search(value):
                found.append(pattern_mismatch(f"{path}/{name}", value, pattern.pattern))
    return found


_TOOL_DECODERS: list[Any] = []


def _tool_decoders() -> list[Any]:
    if not _TOOL_DECODERS:
        _TOOL_DECODERS.extend([strict_decoder(msgtypes.Tool), strict_decoder(msgtypes.ToolUnion)])
    return _TOOL_DECODERS


def _decode_tool(text: bytes) -> Any:
    """One tool's JSON as its Struct (remembered by text): without ``type`` a custom tool, else
    by its tag. Raises ``msgspec.ValidationError`` when it is neither."""
    tool = TOOLS_BY_TEXT.get(text)
    if tool is None:
        custom, union = _tool_decoders()
        try:
            tool = custom.decode(text)
        except msgspec.ValidationError:
            tool = union.decode(text)
        TOOLS_BY_TEXT.put(text, tool)
    return tool


def _decode_tools(raw_tools: list[msgspec.Raw]) -> list[Any] | None:
    """Every tool of a fast decode, or None when one is not a tool (one call per request: a
    repeated tool is a table lookup, with no call of :func:`_decode_tool` for it)."""
    known = TOOLS_BY_TEXT.get
    tools = []
    for raw in raw_tools:
        text = bytes(raw)
        tool = known(text)
        if tool is None:
            try:
                tool = _decode_tool(text)
            except msgspec.ValidationError:
                return None
        tools.append(tool)
    return tools


# --------------------------------------------------------------------------- the exhaustive path


def _exhaustive(data: bytes, endpoint: str) -> Decoded:
    data, found, empty = document_start(data)
    if empty:
        return Decoded(data, None, found)
    try:
        members = members_of(data)
    except (msgspec.DecodeError, RecursionError):  # not JSON, or not an object
        return _unreadable(data, found)
    if may_be_deep(data) and too_deep(data):
        return _unreadable(data, found)
    custom_id = members.get("custom_id")
    try:
        line_id = untyped(custom_id) if custom_id is not None else None
        shape = {key: None for key in members}  # enough for the response check: keys, type
        if "type" in members:
            shape["type"] = untyped(members["type"])
        response = response_not_request(shape, endpoint)
        if response is not None:
            return Decoded(data, None, [*found, response], _string(line_id))
        problems, body = check_members(members, relaxed_type(BODY_TYPES[endpoint]))
        problems.extend(_off_pattern(body))
        for params, base in requests_of(body):
            if isinstance(params.tools, list):
                params.tools = _walk_tools(params.tools, f"{base}/tools", problems)
    except Unreadable:
        return _unreadable(data, found)
    return Decoded(data, body, found + problems, _string(line_id))


def _walk_tools(raw_tools: list[Any], path: str, found: list[Diagnostic]) -> list[Any]:
    """The tools of a rejected document: each decoded, or walked for its problems."""
    tools = []
    for i, raw in enumerate(raw_tools):
        try:
            tools.append(_decode_tool(bytes(raw)))
        except msgspec.ValidationError:
            problems, tool = check_raw(raw, msgtypes.ToolUnion, f"{path}/{i}")
            found.extend(problems)
            tools.append(tool)
        except msgspec.DecodeError as error:  # invalid UTF-8 in the tool
            raise Unreadable(str(error)) from error
    return tools


def _unreadable(data: bytes, found: list[Diagnostic]) -> Decoded:
    """A document the structure walk cannot read: what the document rules say about it."""
    parsed = parse_document(data)
    if parsed.ok:  # pragma: no cover - the walk and the document rules disagree: a bug
        raise RuntimeError("the structure walk could not read a document the parser reads")
    value = parsed.value if isinstance(parsed.value, dict) else {}
    return Decoded(parsed.data, None, found + parsed.diagnostics, _string(value.get("custom_id")))


def _string(value: Any) -> str | None:
    return value if isinstance(value, str) else None
