"""Ids shaped like the API's (``msg_01...``, ``msgbatch_01...``, ``req_011C...``)."""

from __future__ import annotations

import random
import threading

__all__ = ["IdFactory"]

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


class IdFactory:
    """Makes random ids; give a ``seed`` for the same sequence on every run."""

    def __init__(self, seed: int | None = None) -> None:
        self._rng = random.Random(seed)
        self._lock = threading.Lock()

    def make(self, prefix: str, *, lead: str = "01", length: int = 24) -> str:
        """``prefix`` + ``lead`` + random base62 characters, ``length`` characters after prefix."""
        with self._lock:
            tail = "".join(self._rng.choice(_ALPHABET) for _ in range(length - len(lead)))
        return f"{prefix}{lead}{tail}"

    def message(self) -> str:
        """A Message id."""
        return self.make("msg_")

    def tool_use(self) -> str:
        """A tool_use block id."""
        return self.make("toolu_")

    def batch(self) -> str:
        """A Message Batch id."""
        return self.make("msgbatch_")

    def request(self) -> str:
        """A request id (the ``request-id`` header)."""
        return self.make("req_", lead="011C")

    def completion(self) -> str:
        """A legacy completion id."""
        return self.make("compl_")
