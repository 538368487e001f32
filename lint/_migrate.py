"""`msglint --migrate-to VERSION`: what breaks when the same payloads move to a newer
`anthropic-version`.

Each payload is linted twice, on the version it is sent with today and on the target version;
a finding is a diagnostic the target version adds (same rule, same place, same line). Errors are
requests that would fail, warnings deprecations. Rules that do not depend on the version give
the same answer twice and drop out, so the run shows the migration's breaks and nothing else.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator

import msgspec

from msgtypes.versions import API_VERSIONS

from .diagnostics import Diagnostic
from .rules.versions import version_flag

__all__ = ["Migration"]


class Migration:
    """One migration run: the target version, and what was found per payload."""

    def __init__(self, target: str) -> None:
        if target not in API_VERSIONS:
            raise ValueError(f"unknown API version {target!r}")
        self.target = target
        self.sources: set[str] = set()
        self.findings_by_severity: Counter[str] = Counter()
        self.payloads: set[tuple[str, int | None]] = set()
        self.broken: set[tuple[str, int | None]] = set()
        self.files: set[str] = set()

    def source(self, configured: str | None) -> str:
        """The version payloads are sent with today: `configured` (the `--api-version` option
        or the `api-version` setting), by default the version before the target."""
        index = API_VERSIONS.index(self.target)
        source = configured or API_VERSIONS[index - 1]
        if API_VERSIONS.index(source) >= index:
            raise ValueError(
                f"--migrate-to {self.target} needs an older source version, but the payloads "
                f"are linted for {source} (set --api-version to the version they use today)"
            )
        return source

    def findings(
        self, configured: str | None, lint: Callable[[str], Iterable[Diagnostic]]
    ) -> Iterator[Diagnostic]:
        """The diagnostics `lint(target)` adds to `lint(source)`."""
        source = self.source(configured)
        self.sources.add(source)
        before = {_key(d) for d in lint(source)}
        suffix = f" ({version_flag(self.target)} to lint for the older version)"
        for diagnostic in lint(self.target):
            if diagnostic.severity == "info" or _key(diagnostic) in before:
                continue
            message = diagnostic.message.removesuffix(suffix)
            if message != diagnostic.message:
                message += f" (today: {source})"
            yield msgspec.structs.replace(diagnostic, message=message)

    def count(self, file: str, diagnostic: Diagnostic) -> None:
        """Note a reported finding (for the summary)."""
        payload = (file, diagnostic.line if file.lower().endswith(".jsonl") else None)
        self.files.add(file)
        self.payloads.add(payload)
        self.findings_by_severity[diagnostic.severity] += 1
        if diagnostic.severity == "error":
            self.broken.add(payload)

    def summary(self) -> str:
        """One line: how many payloads would break, in how many files, and deprecations."""
        before = API_VERSIONS[API_VERSIONS.index(self.target) - 1]
        source = ", ".join(sorted(self.sources)) or before
        head = f"Migration {source} -> {self.target}: "
        if not self.payloads:
            return head + "nothing breaks.\n"
        errors = self.findings_by_severity["error"]
        warnings = self.findings_by_severity["warning"]
        parts = []
        if errors:
            parts.append(
                f"{_n(len(self.broken), 'payload')} would break ({_n(errors, 'finding')})"
            )
        if warnings:
            parts.append(_n(warnings, "deprecation"))
        files = _n(len(self.files), "file")
        return head + f"{' and '.join(parts)} in {files}; each finding has a fix hint.\n"


def _key(diagnostic: Diagnostic) -> tuple[str, str, int | None]:
    return (diagnostic.code, diagnostic.path, diagnostic.line)


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"
