"""Timing helpers: contenders run interleaved, round after round, and each keeps its best round.

Running the sides alternately in one process means a slow moment of a busy machine hits both,
and the best of several rounds is the least disturbed measurement of each.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Contender:
    """``fn`` does ``ops`` operations (events, lines, decodes) per call; ``calls`` calls a round."""

    name: str
    fn: Callable[[], object]
    ops: int = 1
    calls: int = 1


def race(contenders: list[Contender], *, rounds: int, budget: float = 20.0) -> dict[str, float]:
    """Seconds per operation of each contender (best round), interleaving their rounds.

    Stops early once ``budget`` seconds have passed (after at least two rounds).
    """
    best = {c.name: float("inf") for c in contenders}
    for c in contenders:
        c.fn()  # warm up: caches, lazily built decoders, first-call imports
    start = time.perf_counter()
    for done in range(rounds):
        for c in contenders:
            gc.collect()
            t0 = time.perf_counter()
            for _ in range(c.calls):
                c.fn()
            elapsed = (time.perf_counter() - t0) / (c.calls * c.ops)
            best[c.name] = min(best[c.name], elapsed)
        if done >= 1 and time.perf_counter() - start > budget:
            break
    return best
