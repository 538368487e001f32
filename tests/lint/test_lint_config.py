"""`[tool.msglint]` settings (lint/_config.py)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from msglint import _config
from msglint._config import ConfigError, Settings, find_pyproject, load_settings


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_nearest_pyproject_wins(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.msglint]\nformat = 'json'\n")
    inner = write(tmp_path / "a" / "pyproject.toml", "[tool.msglint]\nformat = 'github'\n")
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    assert find_pyproject(deep) == inner
    settings, source = load_settings(deep)
    assert (settings.format, source) == ("github", inner)
    assert load_settings(tmp_path)[0].format == "json"


def test_all_keys(tmp_path: Path) -> None:
    write(
        tmp_path / "pyproject.toml",
        """
[project]
name = "x"

[tool.msglint]
select = ["E", "W001"]
ignore = ["E005"]
betas = ["files-api-2025-04-14"]
endpoint = "batch-jsonl"
format = "sarif"
jobs = 3
""",
    )
    settings, _ = load_settings(tmp_path)
    assert settings == Settings(
        select=["E", "W001"],
        ignore=["E005"],
        betas=["files-api-2025-04-14"],
        endpoint="batch-jsonl",
        format="sarif",
        jobs=3,
    )


def test_no_table_or_no_file(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.other]\nx = 1\n")
    assert load_settings(tmp_path) == (Settings(), tmp_path / "pyproject.toml")


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("[tool.msglint]\nselct = ['E']\n", "selct"),
        ("[tool.msglint]\njobs = -1\n", "jobs"),
        ("[tool.msglint]\nformat = 'xml'\n", "format"),
        ("[tool.msglint\n", "pyproject.toml"),
    ],
)
def test_invalid_settings(tmp_path: Path, text: str, match: str) -> None:
    write(tmp_path / "pyproject.toml", text)
    with pytest.raises(ConfigError, match=match):
        load_settings(tmp_path)


def test_without_a_toml_parser_settings_are_skipped_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "pyproject.toml", "[tool.msglint]\nformat = 'json'\n")
    monkeypatch.setattr(_config, "_parse_toml", lambda text: None)
    warn = io.StringIO()
    settings, _ = load_settings(tmp_path, warn=warn)
    assert settings == Settings()
    assert "warning" in warn.getvalue() and "tomli" in warn.getvalue()
