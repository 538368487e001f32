"""Document rules: can the payload be read as one JSON object at all?

These run before anything looks at fields. `parse_document` applies them in order and, when
the text is a JSON object, hands back the decoded value for the structural and semantic rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple

import msgspec

from .._source import decode_error_offset, escape_token, line_column
from ..diagnostics import Diagnostic
from . import get, register

__all__ = [
    "MAX_DEPTH",
    "MAX_LINE_BYTES",
    "RESPONSE_TYPES",
    "Parsed",
    "document_start",
    "encode_payload",
    "internal_error",
    "line_too_long",
    "may_be_deep",
    "parse_document",
    "response_not_request",
    "too_deep",
]

#: Deepest nesting of objects and arrays that msglint reads.
MAX_DEPTH = 256
#: Longest JSONL line read (the Messages API's 32 MB request limit, in MiB to be lenient).
MAX_LINE_BYTES = 32 * 1024 * 1024

_BOM = b"\xef\xbb\xbf"
_UNREAD: Any = object()  # nesting_too_deep: the decoder gave up, there is no value
_BYTE_SUFFIX = re.compile(r" \(byte \d+\)$")
_BLANK = re.compile(rb"[ \t\r\n]*")
_BRACKET_OR_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]', re.DOTALL)
_NUMBER_OR_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"?|-?[0-9][0-9.eE+-]*', re.DOTALL)


# --- the rules -------------------------------------------------------------------------------


@register("E000", "internal-error")
def internal_error(exc: BaseException) -> Diagnostic:
    """## What it does
    Reports that msglint itself failed while checking this document.

    ## Why is this bad?
    The document was not fully checked, so problems in it may be missing from the report.
    It is a bug in msglint, not necessarily in the payload.

    ## Example
    Any payload that makes a rule raise an exception.

    ## Use instead
    Report the payload and the message to the msgtypes maintainers; the other diagnostics
    for the document are still valid.
    """
    return get("E000").diagnostic(
        "", f"msglint failed on this document: {type(exc).__name__}: {exc}"
    )


@register("E001", "invalid-utf8")
def invalid_utf8(data: bytes) -> Diagnostic | None:
    """## What it does
    Checks that the payload is valid UTF-8.

    ## Why is this bad?
    JSON exchanged between systems must be UTF-8 (RFC 8259). The API rejects a body with
    invalid byte sequences, which usually come from a file saved in a legacy encoding
    such as Latin-1 or Windows-1252, or from binary data pasted into a string.

    ## Example
    A file saved as Latin-1, where `é` is the single byte `0xE9`:
    ```json
    {"role": "user", "content": "caf\\xe9"}
    ```

    ## Use instead
    Save the file as UTF-8, or escape the character:
    ```json
    {"role": "user", "content": "caf\\u00e9"}
    ```
    """
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = line_column(data, exc.start)
        return get("E001").diagnostic(
            "",
            f"Invalid UTF-8: byte 0x{data[exc.start]:02x} ({exc.reason})",
            line=line,
            column=column,
            hint="Save the file as UTF-8; binary data belongs in a base64 source.",
        )
    return None


@register("E002", "empty-document")
def empty_document(data: bytes) -> Diagnostic | None:
    """## What it does
    Checks that the payload contains something other than whitespace.

    ## Why is this bad?
    An empty body is not JSON; the API answers it with an `invalid_request_error`. An empty
    file is usually a generation step that failed or a redirect that truncated its output.

    ## Example
    A file of zero bytes, or of blank lines only.

    ## Use instead
    ```json
    {"model": "claude-sonnet-4-5", "max_tokens": 1024,
     "messages": [{"role": "user", "content": "Hello"}]}
    ```
    """
    if _BLANK.fullmatch(data) is None:
        return None
    return get("E002").diagnostic("", "The document is empty", line=1, column=1)


@register("E003", "invalid-json")
def invalid_json(data: bytes, exc: Exception) -> Diagnostic:
    """## What it does
    Reports text that is not valid JSON, at the line and column where parsing failed.

    ## Why is this bad?
    The API parses the body as strict JSON (RFC 8259). Comments, trailing commas, single
    quotes, `NaN`, unquoted keys and numbers too large for a double are all rejected, and
    nothing else in the request is checked until the syntax is fixed.

    ## Example
    ```json
    {"role": "user", "content": "Hello",}
    ```

    ## Use instead
    ```json
    {"role": "user", "content": "Hello"}
    ```
    """
    text = str(exc)
    if isinstance(exc, msgspec.ValidationError):  # e.g. "Number out of range"
        offset = _overflowing_number(data)
        message = f"Invalid JSON: {text.split(' - at ', 1)[0].lower()}"
        hint: str | None = "A JSON number must fit in a 64-bit float."
    else:
        offset = decode_error_offset(data, text)
        reason = _BYTE_SUFFIX.sub("", text.removeprefix("JSON is malformed: "))
        comma = data.rfind(b",", 0, offset) if "trailing comma" in reason else -1
        if comma >= 0:
            offset = comma
        if reason.startswith("Input data was truncated"):
            reason = "the document ends before every object, array and string is closed"
        message = f"Invalid JSON: {reason}"
        hint = _syntax_hint(data, offset, reason)
    line, column = line_column(data, offset)
    return get("E003").diagnostic("", message, line=line, column=column, hint=hint)


@register("E004", "nesting-too-deep")
def nesting_too_deep(data: bytes, value: object = _UNREAD) -> Diagnostic | None:
    """## What it does
    Checks that objects and arrays are nested at most 256 levels deep.

    ## Why is this bad?
    No request needs that much nesting: message content is a few levels deep, and even
    elaborate tool input schemas stay far below the limit. Such depth is almost always
    generated by mistake (a recursive serializer, a self-referencing structure) or made to
    exhaust a parser, and msglint does not read past it.

    ## Example
    ```json
    {"metadata": [[[[[[[[ ... 300 levels ... ]]]]]]]]}
    ```

    ## Use instead
    Flatten the structure, or fix the code that produced it.
    """
    if value is not _UNREAD and not too_deep(data):
        return None
    offset = _too_deep_offset(data)
    if offset is None:
        if value is not _UNREAD:
            return None
        offset = 0
    line, column = line_column(data, offset)
    return get("E004").diagnostic(
        "",
        f"Objects and arrays are nested more than {MAX_DEPTH} levels deep",
        line=line,
        column=column,
    )


@register("E005", "top-level-not-object")
def top_level_not_object(value: object) -> Diagnostic | None:
    """## What it does
    Checks that the document (each line, in a JSONL file) is a JSON object.

    ## Why is this bad?
    Every request body of the Messages API is an object of named fields. An array or a
    bare string is rejected before any field is looked at. A top-level array of requests
    usually means a batch was meant: a batch body is an object with a `requests` array, and
    a batch file has one request object per line.

    ## Example
    ```json
    [{"role": "user", "content": "Hello"}]
    ```

    ## Use instead
    ```json
    {"model": "claude-sonnet-4-5", "max_tokens": 1024,
     "messages": [{"role": "user", "content": "Hello"}]}
    ```
    """
    if isinstance(value, dict):
        return None
    return get("E005").diagnostic(
        "", f"The document must be a JSON object, found {json_kind(value)}"
    )


@register("E006", "line-too-long")
def line_too_long(size: int) -> Diagnostic:
    """## What it does
    Reports a line of a batch JSONL file longer than 32 MiB; the line is not checked further.

    ## Why is this bad?
    Each line is one request, and every request of a batch runs through the Messages API,
    whose request bodies are limited to 32 MB. msglint streams JSONL files with bounded
    memory, so it does not hold such a line to look inside it.

    ## Example
    A line that embeds a 40 MB PDF as base64.

    ## Use instead
    Upload large files once with the Files API and refer to them by `file_id`, or split
    the content over several requests.
    """
    return get("E006").diagnostic(
        "",
        f"The line is {size} bytes long, over the {MAX_LINE_BYTES} byte limit for one "
        "request; it was not checked",
        column=1,
    )


@register("E007", "unserializable-value")
def unserializable_value(pointer: str, reason: str) -> Diagnostic:
    """## What it does
    Reports a value in a payload given as Python objects that cannot be encoded as JSON.

    ## Why is this bad?
    The request is sent as JSON, so every value must have a JSON form. Sets, arbitrary
    objects, non-string keys that have no string form, and structures that contain
    themselves cannot be sent.

    ## Example
    ```python
    msglint.check({"model": "claude-sonnet-4-5", "metadata": {"tags": object()}})
    ```

    ## Use instead
    ```python
    msglint.check({"model": "claude-sonnet-4-5", "metadata": {"user_id": "u-42"}})
    ```
    """
    return get("E007").diagnostic(pointer, f"Cannot be encoded as JSON: {reason}")


#: The top-level `type` of every response body and stream event: a document with one of these
#: and none of its endpoint's request fields is a response saved by mistake.
RESPONSE_TYPES = frozenset(
    {
        "message",
        "message_batch",
        "message_batch_deleted",
        "model",
        "completion",
        "error",
        "message_start",
        "message_delta",
        "message_stop",
        "content_block_start",
        "content_block_delta",
        "content_block_stop",
        "ping",
    }
)
#: A field every request of the endpoint has (and no response has).
_REQUEST_FIELD = {
    "messages": "messages",
    "count_tokens": "messages",
    "batch": "requests",
    "batch-jsonl": "params",
    "complete": "prompt",
}


@register("E008", "response-not-request")
def response_not_request(value: Mapping[str, Any], endpoint: str) -> Diagnostic | None:
    """## What it does
    Recognises a response body (a Message, a batch, a stream event, an error, a batch result
    line) given where a request body was expected, and reports that once instead of one
    diagnostic per field.

    ## Why is this bad?
    A response is not a request: sent to the API it is rejected field by field. Usually a
    response was saved to the folder of request payloads, or the wrong file was picked.

    ## Example
    ```json
    {"id": "msg_01", "type": "message", "role": "assistant", "content": [], "usage": {}}
    ```

    ## Use instead
    Lint request bodies only; to send a reply back, put its content in an `assistant` turn of
    the next request's `messages` (`Message.to_param()` does it).
    """
    if _REQUEST_FIELD.get(endpoint, "") in value:
        return None
    kind = value.get("type")
    if isinstance(kind, str) and kind in RESPONSE_TYPES:
        what = f"a response (type: {kind})"
    elif "custom_id" in value and "result" in value:
        what = "a batch result line (custom_id and result)"
    else:
        return None
    return get("E008").diagnostic(
        "",
        f"This is {what}, not a request body; it was not checked further",
        hint="lint request payloads only; a reply goes back as an assistant turn of the next "
        "request",
    )


@register("W001", "utf8-bom", "warning")
def utf8_bom(data: bytes) -> Diagnostic | None:
    """## What it does
    Checks for a UTF-8 byte-order mark at the start of the document.

    ## Why is this bad?
    JSON text must not start with a byte-order mark (RFC 8259, section 8.1). Some parsers
    skip it and others reject the whole body, so a file that works with one client can
    fail with another. Editors on Windows often add one silently.

    ## Example
    The bytes `EF BB BF` before the opening `{`.

    ## Use instead
    Save the file as "UTF-8" rather than "UTF-8 with BOM".
    """
    if not data.startswith(_BOM):
        return None
    return get("W001").diagnostic(
        "", "The document starts with a UTF-8 byte-order mark", line=1, column=1
    )


# --- the pipeline ----------------------------------------------------------------------------


class Parsed(NamedTuple):
    """The outcome of reading one document."""

    data: bytes  # the text, with a byte-order mark replaced by one space
    value: Any  # the decoded JSON value, when `ok`
    ok: bool  # a JSON object the other rules can check
    diagnostics: list[Diagnostic]


def document_start(data: bytes) -> tuple[bytes, list[Diagnostic], bool]:
    """The rules on how `data` starts (W001, E002): the text with a byte-order mark replaced by
    one space (so columns stay right), what they found, and whether the document is empty."""
    if data[:1] == b"{":  # no byte-order mark and not blank: skip both checks
        return data, [], False
    found: list[Diagnostic] = []
    bom = utf8_bom(data)
    if bom is not None:
        found.append(bom)
        data = b" " + data[3:]
    empty = empty_document(data)
    if empty is not None:
        found.append(empty)
    return data, found, empty is not None


def parse_document(data: bytes) -> Parsed:
    """Apply the document rules to `data`; decode it when it is a JSON object."""
    data, diagnostics, empty = document_start(data)
    if empty:
        return Parsed(data, None, False, diagnostics)
    try:
        value = msgspec.json.decode(data)
    except RecursionError:
        deep = nesting_too_deep(data)
        if deep is not None:
            diagnostics.append(deep)
        return Parsed(data, None, False, diagnostics)
    except (msgspec.DecodeError, UnicodeDecodeError) as exc:
        # Text that is not UTF-8 is not JSON at all (a binary file, say): that comes first, as
        # the brackets of binary data would otherwise read as deep nesting.
        bad_utf8 = invalid_utf8(data)
        if bad_utf8 is not None:
            diagnostics.append(bad_utf8)
            return Parsed(data, None, False, diagnostics)
        # With a raised recursion limit (mypy sets one, for instance) the decoder may get deep
        # enough to fail on something else first: the depth is still what to report.
        deep = nesting_too_deep(data) if may_be_deep(data) else None
        if deep is not None:
            diagnostics.append(deep)
        elif isinstance(exc, UnicodeDecodeError):  # not expected: the text decoded above
            diagnostics.append(get("E001").diagnostic("", f"Invalid UTF-8: {exc.reason}"))
        else:
            diagnostics.append(invalid_json(data, exc))
        return Parsed(data, None, False, diagnostics)
    deep = nesting_too_deep(data, value)
    if deep is not None:
        diagnostics.append(deep)
        return Parsed(data, None, False, diagnostics)
    not_object = None if type(value) is dict else top_level_not_object(value)
    if not_object is not None:
        line, column = line_column(data, len(data) - len(data.lstrip(b" \t\r\n")))
        diagnostics.append(msgspec.structs.replace(not_object, line=line, column=column))
        return Parsed(data, value, False, diagnostics)
    return Parsed(data, value, True, diagnostics)


def encode_payload(payload: object) -> tuple[bytes | None, list[Diagnostic]]:
    """Encode a payload given as Python objects to JSON, or say what cannot be encoded."""
    try:
        return msgspec.json.encode(payload), []
    except (TypeError, ValueError, OverflowError, RecursionError) as exc:
        pointer, reason = _find_unencodable(payload) or ("", f"{type(exc).__name__}: {exc}")
        return None, [unserializable_value(pointer, reason)]


# --- helpers ---------------------------------------------------------------------------------


def json_kind(value: object) -> str:
    """How a message names the JSON type of ``value`` ("a string", "an array", "null"...)."""
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def may_be_deep(data: bytes) -> bool:
    """False when there are too few brackets to nest MAX_DEPTH + 1 levels."""
    return data.count(b"[") + data.count(b"{") > MAX_DEPTH


#: Brackets of either kind as ``[`` and ``]``, and every byte that is neither a bracket nor a quote.
_AS_SQUARE = bytes.maketrans(b"{}", b"[]")
_NOT_BRACKET_OR_QUOTE = bytes(c for c in range(256) if c not in b'"[]{}')


def too_deep(data: bytes) -> bool:
    """Whether the JSON text ``data`` (valid JSON) nests objects and arrays more than MAX_DEPTH
    levels deep.

    Worked out on the text with bytes operations only (each a loop in C): escaped backslashes and
    quotes dropped, everything but brackets and quotes dropped, then what lies between quotes
    (the strings) dropped. That leaves the brackets, and each round that deletes every ``[]``
    pair takes one level off the deepest nesting; a text of ``n`` brackets holds at most
    ``n / 2`` levels, which usually settles it after a round or two.
    """
    if b"\\" in data:
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    brackets = data.translate(_AS_SQUARE, _NOT_BRACKET_OR_QUOTE)
    if b'"' in brackets:
        brackets = b"".join(brackets.split(b'"')[::2])
    for rounds in range(MAX_DEPTH + 1):
        if rounds + len(brackets) // 2 <= MAX_DEPTH:
            return False
        brackets = brackets.replace(b"[]", b"")
    return True


def _too_deep_offset(data: bytes) -> int | None:
    """Offset of the first bracket that opens level MAX_DEPTH + 1."""
    depth = 0
    for match in _BRACKET_OR_STRING.finditer(data):
        first = data[match.start()]
        if first in b"[{":
            depth += 1
            if depth > MAX_DEPTH:
                return match.start()
        elif first in b"]}":
            depth -= 1
    return None


def _overflowing_number(data: bytes) -> int:
    for match in _NUMBER_OR_STRING.finditer(data):
        token = match.group()
        if token[0] != 0x22:
            try:
                number = float(token)
            except ValueError:
                continue
            if number in (float("inf"), float("-inf")):
                return match.start()
    return 0


def _syntax_hint(data: bytes, offset: int, reason: str) -> str | None:
    at = data[offset : offset + 2]
    if "trailing comma" in reason:
        return "Remove the comma after the last item: JSON does not allow trailing commas."
    if "trailing characters" in reason:
        return (
            "A JSON document holds one value. For one request per line, use a .jsonl file "
            "(or --endpoint batch-jsonl)."
        )
    if at.startswith(b"'"):
        return "JSON strings and keys are written in double quotes."
    if at in (b"//", b"/*"):
        return "JSON does not allow comments."
    if at[:1] in (b"N", b"I"):
        return "JSON has no NaN or Infinity; use null or a finite number."
    if at[:1] == b",":
        return "Remove the extra comma."
    if "object keys must be strings" in reason:
        return "Put every key in double quotes."
    if "ends before" in reason:
        return "Check that every '{', '[' and '\"' has its closing counterpart."
    if "invalid number" in reason:
        return "JSON numbers have no leading zeros, and a '.' must have digits after it."
    return None


def _find_unencodable(payload: object) -> tuple[str, str] | None:
    """The first value (in document order) that msgspec cannot encode, with the reason."""
    stack: list[tuple[object, str, int]] = [(payload, "", 0)]
    while stack:
        value, pointer, depth = stack.pop()
        if isinstance(value, (str, int, float, bool)) or value is None:
            continue
        if isinstance(value, (Mapping, list, tuple)) and depth >= MAX_DEPTH:
            return pointer, f"nested more than {MAX_DEPTH} levels deep (or circular)"
        if isinstance(value, Mapping):
            children: list[tuple[object, str, int]] = []
            for key, item in value.items():
                try:
                    msgspec.json.encode({key: None})
                except (TypeError, ValueError) as exc:
                    return pointer, f"key {key!r}: {exc}"
                children.append((item, f"{pointer}/{escape_token(str(key))}", depth + 1))
            stack.extend(reversed(children))
        elif isinstance(value, (list, tuple)):
            stack.extend(
                (item, f"{pointer}/{i}", depth + 1) for i, item in reversed(list(enumerate(value)))
            )
        else:
            try:
                msgspec.json.encode(value)
            except (TypeError, ValueError, OverflowError, RecursionError) as exc:
                return pointer, str(exc)
    return None
