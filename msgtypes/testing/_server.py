"""Serving a :class:`FakeAPI` over loopback with uvicorn (the optional ``server`` extra).

Only 127.0.0.1 is ever bound. :func:`serve` runs the server in a background thread, which is
what tests want; ``python -m msgtypes.testing`` runs it in the foreground.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from types import TracebackType
from typing import Any

from ._app import ConnectionDropped, FakeAPI

__all__ = ["Server", "quiet_dropped_connections", "serve"]

HOST = "127.0.0.1"


def _uvicorn() -> Any:
    try:
        import uvicorn
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "serving the fake API needs uvicorn: pip install 'msgtypes[server]'"
        ) from exc
    return uvicorn


class _DropFilter(logging.Filter):
    """Hides uvicorn's traceback for connections the fake cut on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        info = record.exc_info
        return not (info and isinstance(info[1], ConnectionDropped))


_FILTER = _DropFilter()


def quiet_dropped_connections() -> None:
    """Keep injected connection drops out of uvicorn's error log (idempotent)."""
    logger = logging.getLogger("uvicorn.error")
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)


class Server:
    """A FakeAPI listening on ``127.0.0.1:port`` (0 picks a free port) in a daemon thread."""

    def __init__(self, app: FakeAPI | None = None, *, port: int = 0) -> None:
        self.app = app if app is not None else FakeAPI()
        self._port = port
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``, for ``base_url=`` of a client."""
        return f"http://{HOST}:{self.port}"

    def start(self, timeout: float = 10.0) -> Server:
        """Bind, start serving, and wait until the server accepts connections."""
        uvicorn = _uvicorn()
        quiet_dropped_connections()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((HOST, self._port))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(self.app, log_level="warning", lifespan="off", access_log=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [sock]},
            name="msgtypes-fake-api",
            daemon=True,
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the fake API server did not start")
            time.sleep(0.01)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Shut the server down and wait for its thread."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
        self._server = self._thread = None

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def serve(app: FakeAPI | None = None, *, port: int = 0) -> Server:
    """A :class:`Server` for ``app``; use it as ``with serve(app) as server: ...``."""
    return Server(app, port=port)
