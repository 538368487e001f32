"""The loopback test server itself: a client that hangs up is not an error worth a traceback."""

from __future__ import annotations

import socket
import struct
import time

import pytest
from transport_server import Recorded, Reply, serve


def _reset_mid_request(url: str) -> None:
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as sock:
        sock.sendall(b"POST /v1/messages HTTP/1.1\r\nHost: x\r\ncontent-length: 1000\r\n\r\n{")
        # SO_LINGER 0: close() sends RST, as a client killed mid-upload does.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def test_a_client_resetting_the_connection_prints_nothing(
    capfd: pytest.CaptureFixture[str],
) -> None:
    with serve(lambda request, url: Reply.json({})) as server:
        _reset_mid_request(server.url)
        time.sleep(0.3)  # let the handler thread meet the reset
    _, err = capfd.readouterr()
    assert "Traceback" not in err and "ConnectionResetError" not in err, err


def test_a_real_error_is_still_printed(capfd: pytest.CaptureFixture[str]) -> None:
    def broken(request: Recorded, url: str) -> Reply:
        raise ValueError("a bug in the handler")

    with serve(broken) as server:
        host, port = server.url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port))) as sock:
            sock.sendall(b"GET /v1/models HTTP/1.1\r\nHost: x\r\n\r\n")
            sock.settimeout(5)
            sock.recv(100)
        time.sleep(0.1)
    _, err = capfd.readouterr()
    assert "ValueError: a bug in the handler" in err
