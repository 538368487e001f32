"""What the linter reports: one `Diagnostic` per problem found in a payload."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import msgspec

__all__ = ["Diagnostic", "Severity", "document_order", "pointer_sort_key"]

Severity = Literal["error", "warning", "info"]


class Diagnostic(msgspec.Struct, frozen=True, kw_only=True):
    """One problem in a payload.

    `path` is an RFC 6901 JSON Pointer into the document ("" is the whole document).
    `line` and `column` are 1-based, columns counted in characters, and are set when the
    payload was given as text; `hint` says how to fix the problem when there is a clear fix.
    """

    code: str
    severity: Severity
    path: str
    message: str
    line: int | None = None
    column: int | None = None
    hint: str | None = None


def pointer_sort_key(pointer: str) -> tuple[tuple[int, int, str], ...]:
    """A key that sorts pointers parent-first, array indexes numerically."""
    if not pointer:
        return ()
    key: list[tuple[int, int, str]] = []
    for token in pointer[1:].split("/"):
        if token.isascii() and token.isdigit():
            key.append((0, int(token), ""))
        else:
            key.append((1, 0, token))
    return tuple(key)


def _position(d: Diagnostic) -> tuple[int, int, int]:
    if d.line is None:
        return (1, 0, 0)
    return (0, d.line, d.column or 0)


def _pointer_order(d: Diagnostic) -> tuple[tuple[int, int, str], ...]:
    return pointer_sort_key(d.path)


def document_order(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Sort diagnostics in document order.

    Diagnostics with a position come first, by line and column; those without one follow.
    Diagnostics at the same position (or without one) are ordered by pointer: parents before
    their children, array elements by index. The sort is stable, so diagnostics at the same
    place keep the order they were reported in.
    """
    ordered = list(diagnostics)
    if len(ordered) < 2:  # (the usual case: nothing to sort)
        return ordered
    ordered.sort(key=_position)
    start = 0
    while start < len(ordered):  # order each run of equal positions by pointer
        place = _position(ordered[start])
        end = start + 1
        while end < len(ordered) and _position(ordered[end]) == place:
            end += 1
        if end - start > 1:
            ordered[start:end] = sorted(ordered[start:end], key=_pointer_order)
        start = end
    return ordered
