"""The unmodified official SDK 2.x (anthropic 2.14.0: httpx2, ``Authorization: Bearer``,
``anthropic-version: 2026-10-21``) runs a whole session against the faithful fake: create,
stream, count_tokens, the batch lifecycle, models.

anthropic 2.x cannot share the dev venv with 0.75.0, so the session (``sdk_session.py``) runs in a
subprocess of an interpreter that has it: ``$MSGTYPES_SDK2_PYTHON``, the peer-test venv (made by
``make peer-test``) or ``/tmp/venv214``. Without any, the test is skipped; ``make peer-test``
runs the same session with both SDK versions in any case.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from msgtypes.testing import FakeAPI, serve

SESSION = Path(__file__).with_name("sdk_session.py")
ROOT = Path(__file__).resolve().parents[2]


def _candidates() -> list[Path]:
    peer = Path(
        os.environ.get("PEER_DIR") or Path(os.environ.get("TMPDIR", "/tmp")) / "msgtypes-peer"
    )
    found = [Path(p) for p in [os.environ.get("MSGTYPES_SDK2_PYTHON")] if p]
    found += [
        ROOT / ".peer" / "venv-2.14.0" / "bin" / "python",
        peer / "venv-2.14.0" / "bin" / "python",
        Path("/tmp/venv214/bin/python"),
    ]
    return found


def _sdk2_python() -> str | None:
    for path in _candidates():
        if not path.is_file():
            continue
        probe = subprocess.run(
            [str(path), "-c", "import anthropic; print(anthropic.__version__)"],
            capture_output=True,
            text=True,
        )
        if probe.returncode == 0 and probe.stdout.strip().split(".")[0] >= "2":
            return str(path)
    return None


def test_the_2_x_sdk_runs_a_session_against_the_fake() -> None:
    python = _sdk2_python()
    if python is None:
        pytest.skip("no interpreter with anthropic 2.x (make peer-test makes one)")
    fake = FakeAPI(seed=11)
    with serve(fake) as server:
        out = subprocess.run(
            [python, str(SESSION), server.base_url],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["sdk"].startswith("2.")
    assert result["create"] == "Hello from the SDK"
    assert result["stream"] == ["Hello from the SDK", "end_turn"]
    assert result["stream events"] == ["message_start", "message_stop"]
    assert result["count_tokens"] > 0
    assert result["batch"] == ["ended", [["one", "succeeded"]], True]
    assert result["models"] == [True, True, "active"]
    assert result["beta"] == "Hello from the SDK"
    versions = {r.headers.get("anthropic-version") for r in fake.requests}
    assert versions == {"2026-10-21"}
    assert all(r.headers["authorization"] == "[redacted]" for r in fake.requests)
    assert all("x-api-key" not in r.headers for r in fake.requests)
