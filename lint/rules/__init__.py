"""The rule catalog: every rule's stable code, kebab-case name, severity and documentation.

A rule is registered with the `register` decorator on the function that implements it. The
function's docstring is the rule's documentation, written like a ruff rule page with the
sections "## What it does", "## Why is this bad?", "## Example" and "## Use instead";
`msglint --explain CODE` prints it.

Codes never change meaning once published. Ranges:

- `E0xx`, `W0xx`: the document itself (encoding, JSON syntax, nesting, top-level type).
- `E1xx` and up: structure against the request types, then semantic rules.

Modules that register rules are listed in `RULE_MODULES`; the catalog imports them on first use.
"""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from ..diagnostics import Diagnostic, Severity

__all__ = [
    "RULE_MODULES",
    "Rule",
    "all_rules",
    "explain",
    "get",
    "matches",
    "register",
    "selected",
]

#: Modules whose import registers rules (the catalog imports them all on first use).
RULE_MODULES: list[str] = [
    "msglint.rules.syntax",
    "msglint.rules.structure",
    "msglint.rules.messages",
    "msglint.rules.tools",
    "msglint.rules.thinking",
    "msglint.rules.caching",
    "msglint.rules.media",
    "msglint.rules.models",
    "msglint.rules.betas",
    "msglint.rules.batch",
    "msglint.rules.versions",
    "msglint.rules.capabilities",
    "msglint.rules.conversation",
    "msglint.rules.options",
]

_CODE = re.compile(r"[A-Z][0-9]{3}")
_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_SECTIONS = ("## What it does", "## Why is this bad?", "## Example", "## Use instead")
_SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Rule:
    """A catalog entry: what a code means and how severe it is by default."""

    code: str
    name: str
    severity: Severity
    doc: str

    @property
    def summary(self) -> str:
        """The first paragraph of the "What it does" section, on one line."""
        body = self.doc.split("## What it does", 1)[-1].strip()
        paragraph = body.split("\n\n", 1)[0]
        return " ".join(paragraph.split())

    def diagnostic(
        self,
        path: str,
        message: str,
        *,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
        severity: Severity | None = None,
    ) -> Diagnostic:
        """A diagnostic for this rule (with the rule's default severity unless given)."""
        return Diagnostic(
            code=self.code,
            severity=severity or self.severity,
            path=path,
            message=message,
            line=line,
            column=column,
            hint=hint,
        )


_RULES: dict[str, Rule] = {}
_loaded = False

F = TypeVar("F", bound=Callable[..., Any])


def register(code: str, name: str, severity: Severity = "error") -> Callable[[F], F]:
    """Register the decorated function as the implementation of rule `code`.

    The function is returned unchanged; look the rule up with `get(code)`.
    """
    if not _CODE.fullmatch(code):
        raise ValueError(f"rule code {code!r} must be a capital letter and three digits")
    if not _NAME.fullmatch(name):
        raise ValueError(f"rule name {name!r} must be kebab-case")
    if severity not in _SEVERITIES:
        raise ValueError(f"rule severity {severity!r} must be one of {_SEVERITIES}")

    def decorate(func: F) -> F:
        doc = inspect.cleandoc(func.__doc__ or "")
        missing = [s for s in _SECTIONS if s not in doc]
        if missing:
            raise ValueError(f"rule {code} documentation lacks {', '.join(missing)}")
        old = _RULES.get(code)
        if old is not None and old.name != name:
            raise ValueError(f"rule code {code} is already registered as {old.name}")
        if any(r.name == name and r.code != code for r in _RULES.values()):
            raise ValueError(f"rule name {name} is already registered")
        _RULES[code] = Rule(code=code, name=name, severity=severity, doc=doc)
        return func

    return decorate


def _load() -> None:
    global _loaded
    if not _loaded:
        for module in RULE_MODULES:
            importlib.import_module(module)
        _loaded = True


def all_rules() -> Mapping[str, Rule]:
    """Every registered rule, keyed and sorted by code."""
    _load()
    return {code: _RULES[code] for code in sorted(_RULES)}


def get(code: str) -> Rule:
    """The rule registered under `code` (raises `KeyError` for an unknown code)."""
    _load()
    try:
        return _RULES[code.upper()]
    except KeyError:
        raise KeyError(f"unknown rule code {code!r}") from None


def explain(code: str) -> str:
    """The documentation page of rule `code`, as `msglint --explain` prints it."""
    rule = get(code)
    return f"# {rule.name} ({rule.code})\n\nDefault severity: {rule.severity}\n\n{rule.doc}\n"


def matches(code: str, selector: str) -> bool:
    """Whether `selector` (a code, a code prefix such as "W" or "E1", or "ALL") picks `code`."""
    return selector == "ALL" or code.startswith(selector)


def selected(code: str, select: tuple[str, ...], ignore: tuple[str, ...]) -> bool:
    """Whether `code` is enabled by the `select` and `ignore` selectors.

    Like ruff, the most specific matching selector wins; at equal specificity `ignore` wins.
    """
    best_select = max((_specificity(s) for s in select if matches(code, s)), default=-1)
    if best_select < 0:
        return False
    best_ignore = max((_specificity(s) for s in ignore if matches(code, s)), default=-1)
    return best_select > best_ignore


def _specificity(selector: str) -> int:
    return 0 if selector == "ALL" else len(selector)
