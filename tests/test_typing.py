"""Static typing: snippet files run through mypy --strict.

``pass_*.py`` must type-check; each ``fail_*.py`` must fail, on the line and with the error code
its ``# E: code`` comment names (so a file failing for an unrelated reason does not count).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mypy import api

SNIPPETS = Path(__file__).parent / "typing"
PASSING = sorted(SNIPPETS.glob("pass_*.py"))
FAILING = sorted(SNIPPETS.glob("fail_*.py"))
ROOT = Path(__file__).resolve().parents[1]


def _mypy(paths: list[Path]) -> str:
    stdout, stderr, _ = api.run(
        ["--strict", "--no-incremental", "--show-error-codes", "--no-error-summary",
         *map(str, paths)]
    )
    return stdout + stderr


@pytest.fixture(scope="module")
def report() -> str:
    return _mypy(PASSING + FAILING)


def test_snippets_exist() -> None:
    assert len(PASSING) >= 2 and len(FAILING) >= 10


@pytest.mark.parametrize("path", PASSING, ids=lambda p: p.name)
def test_correct_code_passes(path: Path, report: str) -> None:
    errors = [line for line in report.splitlines() if path.name in line and "error" in line]
    assert errors == []


@pytest.mark.parametrize("path", FAILING, ids=lambda p: p.name)
def test_wrong_code_fails(path: Path, report: str) -> None:
    expected = [
        (number, match.group(1))
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if (match := re.search(r"# E: ([\w-]+)", line))
    ]
    assert expected, f"{path.name} names no expected error"
    lines = [line for line in report.splitlines() if f"{path.name}:" in line and "error" in line]
    for number, code in expected:
        assert any(f":{number}:" in line and f"[{code}]" in line for line in lines), (
            f"expected [{code}] on line {number} of {path.name}; mypy said:\n" + "\n".join(lines)
        )
