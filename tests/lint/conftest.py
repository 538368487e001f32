"""Fixtures for the linter infrastructure tests."""

from __future__ import annotations

from typing import Any

import pytest

from msglint import _decode, _files, engine
from msglint.diagnostics import Diagnostic
from msglint.rules.batch import BatchFileChecks
from msglint.rules.structure import untyped


@pytest.fixture
def no_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run only the document rules: the structure walk and the semantic rules report nothing.

    The infrastructure (placement, order, output, the CLI) is tested on its own; the rules have
    their own tests. A readable JSON object reaches the rules stage as its untyped value.
    """

    def no_fast_path(data: bytes, endpoint: str) -> None:
        return None

    def untyped_body(members: dict[str, Any], tp: Any) -> tuple[list[Diagnostic], Any]:
        return [], {key: untyped(raw) for key, raw in members.items()}

    def nothing(ctx: engine.Context, body: Any) -> None:
        return None

    class NoBatchChecks(BatchFileChecks):
        def add(self, line: int, custom_id: str | None, size: int) -> list[Diagnostic]:
            return []

        def finish(self) -> list[Diagnostic]:
            return []

    monkeypatch.setattr(_decode, "_fast", no_fast_path)
    monkeypatch.setattr(_decode, "check_members", untyped_body)
    monkeypatch.setattr(engine, "_run", nothing)
    monkeypatch.setattr(_files, "BatchFileChecks", NoBatchChecks)
