"""`msglint --api-version`, the `api-version` setting, and `msglint --migrate-to` on real files,
directories, batch JSONL and stdin."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from msglint import cli


def request(**fields: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "model": "claude-sonnet-4-6",
        "max_tokens": 1024,
        "messages": [{"role": "user", "content": "Hello"}],
    }
    payload.update(fields)
    return payload


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Payloads of a team still on 2023-06-01: one breaks, one is deprecated, one is fine."""
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    calls = tmp_path / "calls"
    calls.mkdir()
    (calls / "sampled.json").write_text(json.dumps(request(temperature=0.2), indent=1))
    (calls / "plain.json").write_text(json.dumps(request()))
    (calls / "structured.json").write_text(
        json.dumps(request(output_format={"type": "json_schema", "schema": {"type": "object"}}))
    )
    lines = [
        {"custom_id": "a", "params": request(top_k=40)},
        {"custom_id": "b", "params": request()},
        {"custom_id": "c", "params": request(top_p=0.9)},
    ]
    (tmp_path / "batch.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_api_version_option_and_setting(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["calls/sampled.json"], capsys)
    assert code == 1 and "E300 temperature is not accepted on API version 2026-10-21" in out
    assert "--api-version 2023-06-01 to lint for the older version" in out
    assert run(["calls/sampled.json", "--api-version", "2023-06-01"], capsys)[0] == 0
    (project / "pyproject.toml").write_text("[tool.msglint]\napi-version = \"2023-06-01\"\n")
    assert run(["calls/sampled.json"], capsys)[0] == 0
    code, out, _ = run(["calls/sampled.json", "--api-version", "2026-10-21"], capsys)
    assert code == 1  # the command line wins over the setting


def test_invalid_api_version_setting_is_a_usage_error(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "pyproject.toml").write_text("[tool.msglint]\napi-version = \"2024-01-01\"\n")
    code, _, err = run(["calls/plain.json"], capsys)
    assert code == 2 and "api-version" in err
    assert run(["calls/plain.json", "--api-version", "2024-01-01"], capsys)[0] == 2


def test_migration_reports_the_breaks_with_fixes_and_a_summary(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["--migrate-to", "2026-10-21", "calls", "batch.jsonl"], capsys)
    assert "plain.json" not in out
    assert code == 1 and err == ""
    lines = out.splitlines()
    assert lines[:8] == [
        "calls/sampled.json:10:2: E300 temperature is not accepted on API version 2026-10-21 "
        "(today: 2023-06-01)",
        "  hint: remove temperature; on 2026-10-21 steer the output with the system prompt and "
        "output_config.effort (or keep this request on anthropic-version 2023-06-01)",
        "calls/structured.json:1:104: W302 output_format is deprecated on API version "
        "2026-10-21 (today: 2023-06-01)",
        '  hint: use output_config: {"format": {...}} instead',
        "batch.jsonl:1:133: E300 top_k is not accepted on API version 2026-10-21 "
        "(today: 2023-06-01)",
        "  hint: remove top_k; on 2026-10-21 steer the output with the system prompt and "
        "output_config.effort (or keep this request on anthropic-version 2023-06-01)",
        "batch.jsonl:3:133: E300 top_p is not accepted on API version 2026-10-21 "
        "(today: 2023-06-01)",
        "  hint: remove top_p; on 2026-10-21 steer the output with the system prompt and "
        "output_config.effort (or keep this request on anthropic-version 2023-06-01)",
    ]
    assert lines[-1] == (
        "Migration 2023-06-01 -> 2026-10-21: 3 payloads would break (3 findings) and "
        "1 deprecation in 3 files; each finding has a fix hint."
    )


def test_migration_of_clean_payloads_passes(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["--migrate-to", "2026-10-21", "calls/plain.json"], capsys)
    assert code == 0
    assert out == "All checks passed!\nMigration 2023-06-01 -> 2026-10-21: nothing breaks.\n"


def test_migration_ignores_problems_the_old_version_has_too(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A payload already broken today is not a migration break: only what the new version
    adds is reported."""
    (project / "calls" / "plain.json").write_text(json.dumps(request(max_tokens=10**7)))
    code, out, _ = run(["--migrate-to", "2026-10-21", "calls/plain.json"], capsys)
    assert (code, out.splitlines()[-1]) == (0, "Migration 2023-06-01 -> 2026-10-21: nothing breaks.")
    assert run(["calls/plain.json"], capsys)[0] == 1  # E273, on either version


def test_migration_from_the_target_version_is_a_usage_error(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        ["--migrate-to", "2026-10-21", "--api-version", "2026-10-21", "calls"], capsys
    )
    assert code == 2 and "needs an older source version" in err


def test_migration_reads_stdin_once(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.dumps(request(temperature=0.7)).encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, err = run(["--migrate-to", "2026-10-21", "--format", "json", "-"], capsys)
    assert code == 1
    [finding] = json.loads(out)
    assert (finding["code"], finding["path"], finding["file"]) == ("E300", "/temperature", "-")
    assert err.startswith("Migration 2023-06-01 -> 2026-10-21: 1 payload would break")


def test_migration_with_parallel_jsonl_workers(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["--migrate-to", "2026-10-21", "--jobs", "2", "batch.jsonl"], capsys)
    assert code == 1
    assert [line.split(" ")[0] for line in out.splitlines() if "E300" in line] == [
        "batch.jsonl:1:133:",
        "batch.jsonl:3:133:",
    ]
