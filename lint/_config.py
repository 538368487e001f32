"""`[tool.msglint]` settings from the nearest pyproject.toml.

```toml
[tool.msglint]
select = ["E", "W"]        # rule codes or prefixes; default: every rule
ignore = ["W001"]
betas = ["files-api-2025-04-14"]
endpoint = "messages"      # skip detection
format = "text"
jobs = 4                   # 0: one per CPU
api-version = "2023-06-01" # the anthropic-version the requests are sent with
```
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any, Literal, TextIO

import msgspec

from msgtypes.versions import ApiVersion

__all__ = ["ConfigError", "Settings", "find_pyproject", "load_settings"]


class ConfigError(Exception):
    """The pyproject.toml cannot be read or its `[tool.msglint]` table is invalid."""


class Settings(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The `[tool.msglint]` table; unset values fall back to the command line defaults."""

    select: list[str] | None = None
    ignore: list[str] = msgspec.field(default_factory=list)
    betas: list[str] = msgspec.field(default_factory=list)
    endpoint: Literal["messages", "count_tokens", "batch", "batch-jsonl", "complete"] | None = None
    format: Literal["text", "json", "sarif", "github"] | None = None
    jobs: Annotated[int, msgspec.Meta(ge=0)] | None = None
    api_version: ApiVersion | None = msgspec.field(
        default=None, name="api-version"
    )


def find_pyproject(start: Path) -> Path | None:
    """The pyproject.toml in `start` or the closest directory above it."""
    start = start.resolve()
    for directory in (start, *start.parents):
        candidate = directory / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def _parse_toml(text: str) -> dict[str, Any] | None:
    """Parse TOML with tomllib, or on Python 3.10 with msgspec.toml (which needs tomli)."""
    if sys.version_info >= (3, 11):
        import tomllib

        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(str(exc)) from None
    try:
        result: dict[str, Any] = msgspec.toml.decode(text)
    except ImportError:
        return None
    except msgspec.DecodeError as exc:
        raise ConfigError(str(exc)) from None
    return result


def load_settings(start: Path, *, warn: TextIO = sys.stderr) -> tuple[Settings, Path | None]:
    """The settings that apply in `start`, and the file they came from.

    Raises `ConfigError` for a file that cannot be read or a table with unknown keys or
    wrong types. On a Python that cannot parse TOML, warns on `warn` and uses defaults.
    """
    path = find_pyproject(start)
    if path is None:
        return Settings(), None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None
    try:
        document = _parse_toml(text)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    if document is None:
        warn.write(
            f"msglint: warning: cannot read {path} on this Python without the 'tomli' "
            "package; [tool.msglint] settings are ignored\n"
        )
        return Settings(), path
    tool = document.get("tool")
    table = tool.get("msglint") if isinstance(tool, dict) else None
    if table is None:
        return Settings(), path
    try:
        return msgspec.convert(table, Settings), path
    except msgspec.ValidationError as exc:
        raise ConfigError(f"{path}: [tool.msglint]: {exc}") from None
