"""Real-world request bodies of 2026 lint without errors, and 2023-era payloads show exactly their
version breaks under `--migrate-to 2026-10-21`.

tests/corpus/2026/accepted/: bodies the API accepted (recorded exchanges of the anthropic 2.14.0
sdist), bodies the official SDK 2.14.0 sends for its own examples, assistant turns of recorded
streams sent back unchanged, and requests written from the public docs' examples for every GA
feature and beta. Each file says where it comes from, the `anthropic-version` and the
`anthropic-beta` values it is sent with.

tests/corpus/2026/legacy/: payloads of the 2023-06-01 era (the anthropic 0.75.0 sdist's
examples and tests, the seeds' examples, examples/requests/), each listing the findings the
migration to 2026-10-21 must report, no more and no fewer.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import msglint
from msglint import cli

ROOT = Path(__file__).parent / "corpus" / "2026"
ACCEPTED = sorted((ROOT / "accepted").rglob("*.json"))
LEGACY = sorted((ROOT / "legacy").rglob("*.json"))


def load(path: Path) -> dict[str, Any]:
    record: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    assert record["source"] and record["api_version"] in msglint.API_VERSIONS
    return record


def text_of(record: dict[str, Any]) -> str:
    body = record["body"]
    return body if isinstance(body, str) else json.dumps(body)


def lint(record: dict[str, Any], version: str | None = None) -> list[msglint.Diagnostic]:
    return msglint.check(
        text_of(record),
        endpoint=record.get("endpoint", "messages"),
        betas=record.get("betas", []),
        api_version=version or record["api_version"],
    )


def test_the_corpus_is_there() -> None:
    assert len(ACCEPTED) >= 80
    assert len(LEGACY) >= 25


@pytest.mark.parametrize("path", ACCEPTED, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_accepted_bodies_have_no_errors(path: Path) -> None:
    record = load(path)
    errors = [d for d in lint(record) if d.severity == "error"]
    assert errors == [], [(d.code, d.path, d.message) for d in errors]


@pytest.mark.parametrize("path", LEGACY, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_legacy_payloads_migrate_with_exactly_their_version_breaks(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    record = load(path)
    assert record["api_version"] == "2023-06-01"
    suffix = ".jsonl" if record.get("endpoint") == "batch-jsonl" else ".json"
    payload = tmp_path / f"payload{suffix}"
    payload.write_text(text_of(record), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    monkeypatch.chdir(tmp_path)
    args = ["--migrate-to", "2026-10-21", "--format", "json", payload.name]
    for beta in record.get("betas", []):
        args += ["--beta", beta]
    if record.get("endpoint"):
        args += ["--endpoint", record["endpoint"]]
    code = cli.main(args)
    out, _ = capsys.readouterr()
    found = sorted([d["code"], d["path"], d["line"]] for d in json.loads(out))
    expected = sorted(record["migration"])
    assert found == expected
    assert code == (1 if any(c.startswith("E") for c, _, _ in expected) else 0)


@pytest.mark.parametrize(
    "path", sorted((ROOT.parents[1].parent / "examples" / "requests").iterdir()), ids=lambda p: p.name
)
def test_the_bundled_examples_have_no_version_break(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """examples/requests/ (mistakes.json included: its mistakes are not the migration's)."""
    cli.main(["--migrate-to", "2026-10-21", "--format", "json", str(path)])
    out, err = capsys.readouterr()
    assert json.loads(out) == []
    assert "nothing breaks" in err
