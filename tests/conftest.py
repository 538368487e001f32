"""Settings shared by every test: the linter's "today" is pinned so that tests do not age."""

from __future__ import annotations

from datetime import date

import pytest

#: The day lifecycle rules judge models on in the tests (deprecated, retired), so CI does not
#: break the day a model in a test payload retires. Tests about dates pass their own `today`.
TODAY = date(2026, 11, 29)


@pytest.fixture(autouse=True)
def _linter_today(monkeypatch: pytest.MonkeyPatch) -> None:
    import msglint.engine

    monkeypatch.setattr(msglint.engine, "_today", lambda: TODAY)
