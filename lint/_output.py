"""How `msglint` prints diagnostics: text, json, sarif, github, or statistics.

Every reporter writes as diagnostics arrive (`add`) and closes its output in `finish`, so a
JSONL file with many problems is reported without holding them all in memory.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

import msgspec

from .diagnostics import Diagnostic
from .rules import Rule, all_rules

__all__ = [
    "FORMATS",
    "GithubReporter",
    "JsonReporter",
    "Reporter",
    "SarifReporter",
    "StatisticsReporter",
    "TextReporter",
    "github_data",
    "github_property",
    "make_reporter",
    "use_color",
]

FORMATS = ("text", "json", "sarif", "github")
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


class Reporter:
    """Counts what it is given; subclasses print it.

    The caller also counts the inputs: `linted` that were checked, `unread` that named nothing
    or could not be read (the summary must not claim a pass for those).
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.severities: Counter[str] = Counter()
        self.codes: Counter[str] = Counter()
        self.linted = 0
        self.unread = 0

    def add(self, file: str, diagnostic: Diagnostic) -> None:
        self.severities[diagnostic.severity] += 1
        self.codes[diagnostic.code] += 1
        self.emit(file, diagnostic)

    def emit(self, file: str, diagnostic: Diagnostic) -> None:
        """Print one diagnostic."""

    def finish(self) -> None:
        """Close the output."""


# --- text ------------------------------------------------------------------------------------

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
_COLOURS = {"error": "\x1b[1;31m", "warning": "\x1b[1;33m", "info": "\x1b[1;36m"}


def use_color(stream: TextIO, environ: Mapping[str, str] = os.environ) -> bool:
    """Colour when writing to a terminal, unless NO_COLOR is set to anything non-empty."""
    if environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class TextReporter(Reporter):
    """`file:line:col: CODE message`, a hint line when there is one, then a summary."""

    def __init__(self, stream: TextIO, *, color: bool = False) -> None:
        super().__init__(stream)
        self.color = color

    def _paint(self, style: str, text: str) -> str:
        return f"{style}{text}{_RESET}" if self.color else text

    def emit(self, file: str, diagnostic: Diagnostic) -> None:
        if not self.color:  # the common case, in one write (a batch file can give 100,000)
            line, hint = diagnostic.line, diagnostic.hint
            where = file if line is None else f"{file}:{line}:{diagnostic.column or 1}"
            head = f"{where}: {diagnostic.code} {diagnostic.message}\n"
            self.stream.write(f"{head}  hint: {hint}\n" if hint else head)
            return
        where = file
        if diagnostic.line is not None:
            where += f":{diagnostic.line}:{diagnostic.column or 1}"
        code = self._paint(_COLOURS[diagnostic.severity], diagnostic.code)
        out = f"{self._paint(_BOLD, where)}: {code} {diagnostic.message}\n"
        if diagnostic.hint:
            out += self._paint(_DIM, f"  hint: {diagnostic.hint}") + "\n"
        self.stream.write(out)

    def finish(self) -> None:
        if not self.codes:
            if not self.unread:
                self.stream.write("All checks passed!\n")
            elif not self.linted:
                self.stream.write("Nothing was linted.\n")
            else:
                files = f"{self.linted} file{'' if self.linted == 1 else 's'}"
                self.stream.write(
                    f"No problems found in the {files} linted; {self.unread} "
                    f"path{'' if self.unread == 1 else 's'} could not be linted.\n"
                )
            return
        parts = [
            f"{n} {word}{'' if n == 1 else 's'}"
            for word, n in (
                ("error", self.severities["error"]),
                ("warning", self.severities["warning"]),
                ("info", self.severities["info"]),
            )
            if n
        ]
        self.stream.write(f"Found {_join(parts)}.\n")


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


class StatisticsReporter(Reporter):
    """How many diagnostics of each code, most frequent first (text or JSON)."""

    def __init__(self, stream: TextIO, *, as_json: bool = False) -> None:
        super().__init__(stream)
        self.as_json = as_json

    def finish(self) -> None:
        rules = all_rules()
        rows = sorted(self.codes.items(), key=lambda item: (-item[1], item[0]))
        if self.as_json:
            table = [
                {"code": code, "name": _name(rules, code), "count": count} for code, count in rows
            ]
            self.stream.write(msgspec.json.format(msgspec.json.encode(table).decode()) + "\n")
            return
        width = max((len(str(count)) for _, count in rows), default=1)
        for code, count in rows:
            self.stream.write(f"{count:>{width}}\t{code}\t{_name(rules, code)}\n")


def _name(rules: Mapping[str, Rule], code: str) -> str:
    rule = rules.get(code)
    return rule.name if rule is not None else ""


# --- json ------------------------------------------------------------------------------------


class JsonReporter(Reporter):
    """A JSON array of `{file, code, severity, path, line, column, message, hint}` objects."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(stream)
        self.first = True

    def emit(self, file: str, diagnostic: Diagnostic) -> None:
        item = {
            "file": file,
            "code": diagnostic.code,
            "severity": diagnostic.severity,
            "path": diagnostic.path,
            "line": diagnostic.line,
            "column": diagnostic.column,
            "message": diagnostic.message,
            "hint": diagnostic.hint,
        }
        self.stream.write(("[\n  " if self.first else ",\n  ") + msgspec.json.encode(item).decode())
        self.first = False

    def finish(self) -> None:
        self.stream.write("[]\n" if self.first else "\n]\n")


# --- sarif -----------------------------------------------------------------------------------


def _version() -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("msgtypes")
    except PackageNotFoundError:
        return None


def sarif_rule(rule: Rule) -> dict[str, Any]:
    """A SARIF `reportingDescriptor` for a rule, its documentation as the help text."""
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.summary},
        "help": {"text": rule.doc, "markdown": rule.doc},
        "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
    }


def artifact_uri(file: str) -> str:
    """A URI reference for a reported file name (relative names stay relative)."""
    if file == "-":
        return "stdin"
    path = Path(file)
    if path.is_absolute():
        return path.as_uri()
    return quote(path.as_posix(), safe="/")


class SarifReporter(Reporter):
    """A SARIF 2.1.0 log with one run, for GitHub code scanning and other SARIF viewers."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(stream)
        self.rules = all_rules()
        self.index = {code: i for i, code in enumerate(self.rules)}
        self.first = True
        driver: dict[str, Any] = {
            "name": "msglint",
            "rules": [sarif_rule(rule) for rule in self.rules.values()],
        }
        version = _version()
        if version is not None:
            driver["version"] = version
        tool = msgspec.json.encode({"driver": driver}).decode()
        self.stream.write(
            f'{{"$schema":"{SARIF_SCHEMA}","version":"2.1.0","runs":[{{"tool":{tool},'
            '"columnKind":"unicodeCodePoints","results":['
        )

    def emit(self, file: str, diagnostic: Diagnostic) -> None:
        text = diagnostic.message
        if diagnostic.hint:
            text += f"\nHint: {diagnostic.hint}"
        physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(file)}}
        if diagnostic.line is not None:
            physical["region"] = {
                "startLine": diagnostic.line,
                "startColumn": diagnostic.column or 1,
            }
        tokens = diagnostic.path.rsplit("/", 1)
        logical = {
            "name": tokens[-1] if diagnostic.path else "(document)",
            "fullyQualifiedName": diagnostic.path,
            "kind": "value" if diagnostic.path else "object",
        }
        result: dict[str, Any] = {
            "ruleId": diagnostic.code,
            "level": _SARIF_LEVEL[diagnostic.severity],
            "message": {"text": text},
            "locations": [{"physicalLocation": physical, "logicalLocations": [logical]}],
        }
        if diagnostic.code in self.index:
            result["ruleIndex"] = self.index[diagnostic.code]
        self.stream.write(("" if self.first else ",") + msgspec.json.encode(result).decode())
        self.first = False

    def finish(self) -> None:
        self.stream.write("]}]}\n")


# --- github ----------------------------------------------------------------------------------


def github_data(text: str) -> str:
    """Escape a workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(text: str) -> str:
    """Escape a workflow command's property value."""
    return github_data(text).replace(":", "%3A").replace(",", "%2C")


_GITHUB_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


class GithubReporter(Reporter):
    """GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` per problem."""

    def emit(self, file: str, diagnostic: Diagnostic) -> None:
        props = [f"file={github_property(file)}"]
        if diagnostic.line is not None:
            props.append(f"line={diagnostic.line}")
            props.append(f"col={diagnostic.column or 1}")
        props.append(f"title={github_property(diagnostic.code)}")
        text = diagnostic.message
        if diagnostic.hint:
            text += f"\nHint: {diagnostic.hint}"
        command = _GITHUB_COMMAND[diagnostic.severity]
        self.stream.write(f"::{command} {','.join(props)}::{github_data(text)}\n")


def make_reporter(
    fmt: str, stream: TextIO, *, color: bool = False, statistics: bool = False
) -> Reporter:
    """The reporter for an output format (`statistics` replaces the per-problem listing)."""
    if statistics:
        return StatisticsReporter(stream, as_json=fmt == "json")
    if fmt == "text":
        return TextReporter(stream, color=color)
    if fmt == "json":
        return JsonReporter(stream)
    if fmt == "sarif":
        return SarifReporter(stream)
    if fmt == "github":
        return GithubReporter(stream)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
