"""``python -m msgtypes.testing``: the fake served by uvicorn from a shell, on 127.0.0.1 only."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

HEADERS = {"x-api-key": "k", "anthropic-version": "2023-06-01"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _listening_addresses(port: int) -> set[str]:
    """Local addresses in LISTEN state on ``port``, from /proc/net/tcp{,6}."""
    found: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        path = Path(table)
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            address, hex_port = fields[1].rsplit(":", 1)
            if int(hex_port, 16) == port and fields[3] == "0A":
                found.add(address)
    return found


@pytest.fixture
def served(request: pytest.FixtureRequest) -> Iterator[tuple[int, str]]:
    port = _free_port()
    args = [sys.executable, "-m", "msgtypes.testing", "--port", str(port), *request.param]
    process = subprocess.Popen(args, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(process.stderr.read() if process.stderr else "") from None
                time.sleep(0.05)
        yield port, process.stderr.readline() if process.stderr else ""
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.parametrize("served", [[]], indirect=True)
def test_serves_the_faithful_fake_on_loopback(served: tuple[int, str]) -> None:
    port, banner = served
    assert banner.strip() == f"msgtypes fake API (faithful) on http://127.0.0.1:{port}"
    base = f"http://127.0.0.1:{port}"
    models = httpx.get(f"{base}/v1/models", headers=HEADERS)
    assert models.status_code == 200 and models.json()["data"]
    unknown = httpx.get(f"{base}/v1/messages/batches/msgbatch_x", headers=HEADERS)
    assert unknown.status_code == 404
    addresses = _listening_addresses(port)
    if addresses:  # Linux: the only listening address is 127.0.0.1 (0100007F)
        assert addresses == {"0100007F"}


@pytest.mark.parametrize("served", [["--mock"]], indirect=True)
def test_mock_flag(served: tuple[int, str]) -> None:
    port, banner = served
    assert "(mock)" in banner
    response = httpx.get(f"http://127.0.0.1:{port}/v1/messages/batches/msgbatch_x", headers=HEADERS)
    assert response.status_code == 200 and response.json()["id"] == "msgbatch_x"


def test_without_the_server_extra_one_line_says_what_to_install() -> None:
    """No uvicorn: one line naming the extra, not a traceback."""
    code = (
        "import sys\n"
        "sys.modules['uvicorn'] = None  # what an environment without the extra looks like\n"
        "from msgtypes.testing.__main__ import main\n"
        "sys.exit(main(['--port', '0']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "python -m msgtypes.testing: serving the fake API needs uvicorn: "
        "pip install 'msgtypes[server]'"
    ]
