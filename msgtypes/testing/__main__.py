"""``python -m msgtypes.testing --port N [--mock]``: serve the fake API on 127.0.0.1."""

from __future__ import annotations

import argparse
import sys

from ._app import FakeAPI
from ._server import HOST, _uvicorn, quiet_dropped_connections


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and serve until interrupted."""
    parser = argparse.ArgumentParser(
        prog="python -m msgtypes.testing",
        description="Serve the msgtypes fake Anthropic API on 127.0.0.1.",
    )
    parser.add_argument("--port", type=int, default=4010, help="port to listen on (default 4010)")
    parser.add_argument(
        "--mock",
        action="store_true",
        help="schema-mock mode: structure and types checked, semantic rules off, any id resolves",
    )
    parser.add_argument(
        "--batch-seconds",
        type=float,
        default=0.0,
        help="how long a message batch takes to process (default 0: done at the next request)",
    )
    parser.add_argument("--seed", type=int, default=None, help="seed for repeatable ids")
    parser.add_argument("--log-level", default="warning", help="uvicorn log level")
    args = parser.parse_args(argv)
    try:
        uvicorn = _uvicorn()
    except ImportError as exc:  # the `server` extra is not installed: say so in one line
        print(f"python -m msgtypes.testing: {exc}", file=sys.stderr)
        return 1
    app = FakeAPI(mock=args.mock, batch_processing_seconds=args.batch_seconds, seed=args.seed)
    mode = "mock" if args.mock else "faithful"
    print(f"msgtypes fake API ({mode}) on http://{HOST}:{args.port}", file=sys.stderr, flush=True)
    quiet_dropped_connections()
    uvicorn.run(app, host=HOST, port=args.port, log_level=args.log_level, lifespan="off")
    return 0


if __name__ == "__main__":
    sys.exit(main())
