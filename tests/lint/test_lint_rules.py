"""The rule catalog (lint/rules/__init__.py) and the document rules (lint/rules/syntax.py)."""

from __future__ import annotations

import re

import pytest

import msglint
from msglint.diagnostics import Diagnostic, document_order
from msglint.rules import all_rules, explain, get, register, selected
from msglint.rules.syntax import MAX_DEPTH

pytestmark = pytest.mark.usefixtures("no_engine")

SECTIONS = ("## What it does", "## Why is this bad?", "## Example", "## Use instead")
DOCUMENT_CODES = {"E000", "E001", "E002", "E003", "E004", "E005", "E006", "E007", "W001"}


def codes(diagnostics: list[Diagnostic]) -> list[str]:
    return [d.code for d in diagnostics]


# --- the catalog -------------------------------------------------------------------------------


def test_catalog_has_the_document_rules() -> None:
    rules = all_rules()
    assert DOCUMENT_CODES <= set(rules)
    assert list(rules) == sorted(rules)
    names = [r.name for r in rules.values()]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("code", sorted(DOCUMENT_CODES))
def test_every_rule_is_documented(code: str) -> None:
    rule = get(code)
    assert re.fullmatch(r"[A-Z][0-9]{3}", rule.code)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name)
    positions = [rule.doc.index(s) for s in SECTIONS]
    assert positions == sorted(positions)
    assert rule.summary and "\n" not in rule.summary and not rule.summary.startswith("#")
    page = explain(code)
    assert page.startswith(f"# {rule.name} ({code})")
    assert rule.doc in page
    assert f"Default severity: {rule.severity}" in page


def test_explain_is_case_insensitive_and_rejects_unknown_codes() -> None:
    assert explain("e003") == explain("E003")
    with pytest.raises(KeyError):
        explain("Z999")


def test_register_validates() -> None:
    def undocumented() -> None:
        """Nothing."""

    with pytest.raises(ValueError, match="lacks"):
        register("X901", "x-undocumented")(undocumented)
    with pytest.raises(ValueError, match="kebab-case"):
        register("X902", "Bad_Name")
    with pytest.raises(ValueError, match="three digits"):
        register("X9", "short-code")
    with pytest.raises(ValueError, match="already registered"):
        register("E003", "another-name")(msglint.rules.syntax.invalid_json)
    assert "X901" not in all_rules()


@pytest.mark.parametrize(
    ("code", "select", "ignore", "expected"),
    [
        ("E003", ("ALL",), (), True),
        ("E003", ("W",), (), False),
        ("W001", ("W",), (), True),
        ("E003", ("E",), ("E003",), False),
        ("E003", ("E003",), ("E",), True),  # the more specific selector wins
        ("E003", ("E0",), ("E0",), False),  # at equal specificity ignore wins
        ("E003", ("ALL",), ("E00",), False),
        ("E013", ("E0",), ("E00",), True),
    ],
)
def test_selection(
    code: str, select: tuple[str, ...], ignore: tuple[str, ...], expected: bool
) -> None:
    assert selected(code, select, ignore) is expected


def test_document_order_helper() -> None:
    def d(path: str, line: int | None = None, column: int | None = None) -> Diagnostic:
        return Diagnostic(
            code="E003", severity="error", path=path, message=path, line=line, column=column
        )

    items = [d("/b"), d("/a/10"), d("/a/9"), d("/x", 2, 1), d("/y", 1, 5), d("/a")]
    assert [x.path for x in document_order(items)] == ["/y", "/x", "/a", "/a/9", "/a/10", "/b"]


# --- the document rules ------------------------------------------------------------------------


def test_valid_object_has_no_document_diagnostics() -> None:
    assert msglint.check(b'{"model": "m", "messages": []}') == []
    assert msglint.check('\n  {"a": "caf\u00e9 \\u00e9"}\n') == []


def test_invalid_utf8() -> None:
    [d] = msglint.check(b'{"a": "ok",\n "b": "caf\xe9"}')
    assert (d.code, d.severity, d.line, d.column) == ("E001", "error", 2, 11)
    assert "0xe9" in d.message
    [d] = msglint.check(b"\xff\xfe{}")
    assert (d.code, d.line, d.column) == ("E001", 1, 1)
    # A str with a lone surrogate cannot be sent as UTF-8 either.
    assert codes(msglint.check('{"a": "\ud800"}')) == ["E001"]


@pytest.mark.parametrize("text", [b"", b"   ", b"\n\r\n\t"])
def test_empty_document(text: bytes) -> None:
    [d] = msglint.check(text)
    assert (d.code, d.path, d.line, d.column) == ("E002", "", 1, 1)


@pytest.mark.parametrize(
    ("text", "line", "column", "hint"),
    [
        (b'{"a": 1,\n "b": [1, 2,]\n}', 2, 12, "trailing comma"),
        (b"{'a': 1}", 1, 2, "double quotes"),
        (b'{"a": NaN}', 1, 7, "NaN"),
        (b'{"a": 1} {"b": 2}', 1, 10, ".jsonl"),
        (b'{"a": [1,\n  2', 2, 4, "closing"),
        (b'{"a": 01}', 1, 8, "leading zeros"),
        (b'{"a": 1 // note\n}', 1, 9, None),
        (b'{"a": 1e999}', 1, 7, "64-bit float"),
    ],
)
def test_invalid_json(text: bytes, line: int, column: int, hint: str | None) -> None:
    [d] = msglint.check(text)
    assert d.code == "E003"
    assert d.message.startswith("Invalid JSON: ")
    assert "(byte" not in d.message
    assert (d.line, d.column) == (line, column)
    if hint is None:
        assert d.hint is None or d.hint
    else:
        assert d.hint is not None and hint in d.hint


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 5_000, 200_000])
def test_nesting_too_deep(depth: int) -> None:
    arrays = b"[" * depth + b"]" * depth
    [d] = msglint.check(b'{"a":\n' + arrays + b"}")
    assert (d.code, d.line, d.column) == ("E004", 2, MAX_DEPTH)
    objects = b'{"k":' * depth + b"1" + b"}" * depth
    [d] = msglint.check(objects)
    assert (d.code, d.line, d.column) == ("E004", 1, MAX_DEPTH * 5 + 1)


def test_nesting_limit_is_inclusive_and_ignores_strings() -> None:
    deepest = b"[" * (MAX_DEPTH - 1) + b"]" * (MAX_DEPTH - 1)
    assert msglint.check(b'{"a": ' + deepest + b"}") == []
    assert msglint.check(b'{"a": "' + b"[" * 1000 + b'"}') == []
    # Truncated as well as too deep: the depth is what is reported.
    assert codes(msglint.check(b"[" * 10_000)) == ["E004"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (b"[1, 2]", "an array"),
        (b'"s"', "a string"),
        (b"12", "a number"),
        (b"true", "a boolean"),
        (b"null", "null"),
    ],
)
def test_top_level_not_object(text: bytes, kind: str) -> None:
    [d] = msglint.check(b"\n  " + text)
    assert (d.code, d.line, d.column) == ("E005", 2, 3)
    assert d.message.endswith(kind)


def test_byte_order_mark_is_a_warning_and_the_rest_is_checked() -> None:
    [d] = msglint.check(b'\xef\xbb\xbf{"a": 1}')
    assert (d.code, d.severity, d.line, d.column) == ("W001", "warning", 1, 1)
    bom, bad = msglint.check(b'\xef\xbb\xbf{"a": 1,}')
    assert (bom.code, bad.code) == ("W001", "E003")
    assert (bad.line, bad.column) == (1, 9)  # the mark counts as one character


def test_unserializable_values_in_python_payloads() -> None:
    [d] = msglint.check({"model": "m", "metadata": {"tags": [1, object()]}})
    assert (d.code, d.path, d.line) == ("E007", "/metadata/tags/1", None)
    [d] = msglint.check({"a": {(1, 2): "tuple key"}})
    assert (d.code, d.path) == ("E007", "/a")
    loop: list[object] = []
    loop.append(loop)
    [d] = msglint.check({"a": loop})
    assert d.code == "E007" and d.path.startswith("/a/0/0")
