"""Static typing of the client: snippets run through mypy --strict.

``pass_*.py`` must type-check (its ``assert_type`` calls pin the return types); each line of
``fail_*.py`` with a ``# E: code`` comment must fail with that code.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mypy import api

SNIPPETS = Path(__file__).parent / "typing_snippets"
PASSING = sorted(SNIPPETS.glob("pass_*.py"))
FAILING = sorted(SNIPPETS.glob("fail_*.py"))


@pytest.fixture(scope="module")
def report() -> str:
    stdout, stderr, _ = api.run(
        [
            "--strict",
            "--no-incremental",
            "--show-error-codes",
            "--no-error-summary",
            *map(str, PASSING + FAILING),
        ]
    )
    return stdout + stderr


def test_snippets_exist() -> None:
    assert PASSING and FAILING


@pytest.mark.parametrize("path", PASSING, ids=lambda p: p.name)
def test_correct_calls_pass(path: Path, report: str) -> None:
    errors = [line for line in report.splitlines() if path.name in line and "error" in line]
    assert errors == []


@pytest.mark.parametrize("path", FAILING, ids=lambda p: p.name)
def test_wrong_calls_fail(path: Path, report: str) -> None:
    expected = [
        (number, match.group(1))
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if (match := re.search(r"# E: ([\w-]+)", line))
    ]
    lines = [line for line in report.splitlines() if f"{path.name}:" in line and "error" in line]
    for number, code in expected:
        assert any(f":{number}:" in line and f"[{code}]" in line for line in lines), (
            f"expected [{code}] on line {number} of {path.name}; mypy said:\n" + "\n".join(lines)
        )
    flagged = {int(line.split(":")[1]) for line in lines}
    assert flagged <= {number for number, _ in expected}, "errors on lines not marked # E:"
