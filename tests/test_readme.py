"""The README and the bundled examples hold: every Python snippet runs as written, every request
in them lints clean (warnings included), the rule table matches the catalog, the settings table
matches `[tool.msglint]`, and the pytest example passes under the installed plugin."""

from __future__ import annotations

import contextlib
import io
import re
import warnings
from pathlib import Path
from typing import Any

import msgspec
import pytest

import msglint
import msgtypes
from msglint._config import Settings
from msglint.rules import all_rules
from msgtypes.streaming import accumulate, iter_events
from msgtypes.testing import FakeAPI, serve

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLES = ROOT / "examples"


def blocks(language: str) -> list[str]:
    """The README's fenced blocks in `language`, dedented (some sit inside list items)."""
    found = []
    for match in re.finditer(rf"^( *)```{language}\n(.*?)^\1```$", README, re.M | re.S):
        indent = len(match.group(1))
        found.append("".join(line[indent:] + "\n" for line in match.group(2).splitlines()))
    return found


def is_pytest_example(code: str) -> bool:
    return "\ndef test_" in code


def pytest_example() -> str:
    (example,) = [code for code in blocks("python") if is_pytest_example(code)]
    return example


SNIPPETS = [code for code in blocks("python") if not is_pytest_example(code)]


def _lint_clean(payload: Any, where: str) -> None:
    found = msglint.check(payload)
    assert found == [], f"{where}: {[f'{d.code} {d.path}: {d.message}' for d in found]}"


# --------------------------------------------------------------------------- snippets


def test_there_are_snippets() -> None:
    assert len(SNIPPETS) >= 6 and pytest_example()


def test_every_python_snippet_runs_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    """From the repository root, with the client pointed at a local fake as a user would."""
    monkeypatch.chdir(ROOT)
    fake = FakeAPI()
    out = io.StringIO()
    with serve(fake) as server, warnings.catch_warnings():
        warnings.simplefilter("error")  # a LintWarning (or any other) fails the snippet
        monkeypatch.setenv("ANTHROPIC_BASE_URL", server.base_url)
        monkeypatch.setenv("ANTHROPIC_API_KEY", "test-key")
        for number, code in enumerate(SNIPPETS, start=1):
            namespace: dict[str, Any] = {"__name__": f"readme_snippet_{number}"}
            with contextlib.redirect_stdout(out):
                exec(compile(code, f"README.md python block {number}", "exec"), namespace)
            params = namespace.get("params")
            if params is not None and "temperature=1.5" not in code:  # that one is a mistake
                _lint_clean(params, f"snippet {number}: params")
    printed = out.getvalue()
    assert "Expected `float` <= 1.0 - at `$.temperature`" in printed  # the validate snippet
    assert "message_stop" in printed  # the stream example read to its end
    sent = [r for r in fake.requests if r.path == "/v1/messages"]
    assert len(sent) == 2  # the client snippet's create and stream
    for request in sent:
        _lint_clean(request.body, "a request the client snippet sent")


def test_the_pytest_example_passes_with_the_installed_plugin(pytester: pytest.Pytester) -> None:
    from testing.test_pytest_plugin import suite

    suite(pytester)
    pytester.makepyfile(test_readme_example=pytest_example())
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=pytest_example().count("\ndef test_"))


# --------------------------------------------------------------------------- bundled examples


@pytest.mark.parametrize(
    "path",
    sorted(p for p in (EXAMPLES / "requests").glob("*.json") if p.name != "mistakes.json"),
    ids=lambda p: p.name,
)
def test_example_requests_lint_clean(path: Path) -> None:
    _lint_clean(path.read_bytes(), path.name)


def test_example_batch_file_lints_clean() -> None:
    found = msglint.check((EXAMPLES / "requests" / "batch.jsonl").read_bytes(), endpoint="batch-jsonl")
    assert found == []


def test_the_mistakes_example_still_has_mistakes() -> None:
    found = msglint.check((EXAMPLES / "requests" / "mistakes.json").read_bytes())
    assert len([d for d in found if d.severity == "error"]) >= 8


@pytest.mark.parametrize("path", sorted((EXAMPLES / "streams").glob("*.sse")), ids=lambda p: p.name)
def test_example_streams_are_complete(path: Path) -> None:
    with open(path, "rb") as chunks:
        message = accumulate(iter_events(chunks))  # raises IncompleteStreamError if cut short
    assert message.stop_reason is not None


# --------------------------------------------------------------------------- tables


def _codes(cell: str) -> list[str]:
    codes: list[str] = []
    for item in cell.replace(" ", "").split(","):
        first, _, last = item.partition("-")
        if not last:
            codes.append(first)
            continue
        assert first[0] == last[0], item
        codes.extend(f"{first[0]}{n:03d}" for n in range(int(first[1:]), int(last[1:]) + 1))
    return codes


def _compact(codes: list[str]) -> str:
    """The shortest listing of `codes`, as the table writes it."""
    parts: list[str] = []
    for letter in sorted({c[0] for c in codes}, key="EW".find):
        numbers = sorted(int(c[1:]) for c in codes if c[0] == letter)
        start = prev = numbers[0]
        for n in [*numbers[1:], None]:
            if n is not None and n == prev + 1:
                prev = n
                continue
            parts.append(f"{letter}{start:03d}" + ("" if prev == start else f"-{letter}{prev:03d}"))
            if n is not None:
                start = prev = n
    return ", ".join(parts)


def test_rule_table_lists_exactly_the_catalog() -> None:
    section = README[README.index("| codes | area |") :].split("\n\n", 1)[0]
    rows = [line.split("|")[1].strip() for line in section.splitlines()[2:]]
    listed = [code for row in rows for code in _codes(row)]
    catalog = set(all_rules())
    missing_from_table = sorted(catalog - set(listed))
    not_rules = sorted(set(listed) - catalog)
    assert not not_rules, f"the table lists codes that are no rule: {_compact(not_rules)}"
    assert not missing_from_table, f"rules missing from the table: {_compact(missing_from_table)}"
    assert len(listed) == len(set(listed)), "a code is listed twice"


def test_settings_table_lists_every_key() -> None:
    (toml,) = [code for code in blocks("toml") if "[tool.msglint]" in code]
    table = msgspec.toml.decode(toml.encode())["tool"]["msglint"]
    assert set(table) == {field.encode_name for field in msgspec.structs.fields(Settings)}
    msgspec.convert(table, Settings)  # and the values shown are valid


def test_msgtypes_validate_is_exported() -> None:
    assert "validate" in msgtypes.__all__
