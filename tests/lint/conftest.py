"""Fixtures for the linter infrastructure tests."""

from __future__ import annotations

from typing import Any

import pytest

from msglint import _engine_hook
from msglint.diagnostics import Diagnostic


@pytest.fixture
def no_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run only the document rules: the structural and semantic engine reports nothing.

    The infrastructure (placement, order, output, the CLI) is tested on its own; the engine's
    rules have their own tests.
    """

    def nothing(
        document: bytes, value: Any, endpoint: str, betas: frozenset[str], api_version: str = ""
    ) -> list[Any]:
        return []

    class NoBatchChecks(_engine_hook._BatchFileChecks):
        def add(self, line: int, custom_id: str | None, size: int) -> list[Diagnostic]:
            return []

        def finish(self) -> list[Diagnostic]:
            return []

    def no_fast_path(
        document: bytes, endpoint: str, betas: frozenset[str], api_version: str = ""
    ) -> None:
        return None

    monkeypatch.setattr(_engine_hook, "_fast_checks", no_fast_path)
    monkeypatch.setattr(_engine_hook, "_semantic_checks", nothing)
    monkeypatch.setattr(_engine_hook, "_BatchFileChecks", NoBatchChecks)
