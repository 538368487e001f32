"""`msglint`: lint request payload files from the command line.

Exit status: 0 when no errors were found (warnings allowed), 1 when some were, 2 for a usage
problem, a path that names nothing to lint, an unreadable file or invalid settings, 130 when
interrupted.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import time
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import BinaryIO, NamedTuple, TextIO

from msgtypes.versions import API_VERSIONS

from . import ENDPOINTS, check
from ._config import ConfigError, Settings, load_settings
from ._files import (
    MAX_JOBS,
    Target,
    detect_endpoint,
    expand_paths,
    input_too_large,
    lint_jsonl,
    read_document,
)
from ._migrate import Migration
from ._output import FORMATS, make_reporter, use_color
from .diagnostics import Diagnostic
from .rules import all_rules, explain, selected

__all__ = ["main"]

PROGRESS_MIN_BYTES = 8 * 1024 * 1024


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="msglint",
        description="Lint Anthropic Messages API request payloads (JSON files and batch "
        "JSONL files) offline.",
        epilog="Settings can also live in [tool.msglint] of the pyproject.toml nearest to each "
        "linted file.",
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files, directories, globs, or - for stdin"
    )
    parser.add_argument(
        "--endpoint",
        choices=ENDPOINTS,
        help="what the payloads are bodies of (default: detected from name and content)",
    )
    parser.add_argument(
        "--beta",
        action="append",
        default=[],
        metavar="VALUE",
        help="an anthropic-beta header value the requests are sent with (repeatable)",
    )
    parser.add_argument(
        "--api-version",
        choices=API_VERSIONS,
        help="the anthropic-version the requests are sent with (default: "
        f"{API_VERSIONS[-1]}, what the current official SDKs send)",
    )
    parser.add_argument(
        "--migrate-to",
        choices=API_VERSIONS[1:],
        metavar="VERSION",
        help="report only what breaks when the payloads move to this anthropic-version "
        "(from --api-version, by default the version before it), with a fix per finding",
    )
    parser.add_argument("--format", choices=FORMATS, help="output format (default: text)")
    parser.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help="comma-separated rule codes or prefixes to enable (default: ALL)",
    )
    parser.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="CODES",
        help="comma-separated rule codes or prefixes to disable",
    )
    parser.add_argument("--explain", metavar="CODE", help="print a rule's documentation")
    parser.add_argument(
        "--statistics", action="store_true", help="print how often each rule fired instead"
    )
    parser.add_argument(
        "--jobs",
        type=_non_negative,
        metavar="N",
        help="worker processes for JSONL files (0: one per CPU, also the most used; default: 1)",
    )
    parser.add_argument(
        "--stdin-filename", metavar="NAME", help="the name to report (and detect) stdin by"
    )
    parser.add_argument("--isolated", action="store_true", help="ignore pyproject.toml settings")
    parser.add_argument("--version", action="store_true", help="print the version")
    return parser


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _selectors(values: list[str]) -> tuple[str, ...]:
    return tuple(s.strip().upper() for v in values for s in v.split(",") if s.strip())


class _Options(NamedTuple):
    """What applies to the files under one pyproject.toml."""

    enabled: dict[str, bool]
    betas: frozenset[str]
    endpoint: str | None
    api_version: str | None = None


def main(argv: list[str] | None = None) -> int:
    """Run msglint with `argv` (default: the process's arguments); return the exit status."""
    stdout, stderr = sys.stdout, sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error already printed by argparse
        return exc.code if isinstance(exc.code, int) else 2
    if args.version:
        from ._output import _version

        stdout.write(f"msglint {_version() or '(not installed)'}\n")
        return 0
    if args.explain is not None:
        try:
            stdout.write(explain(args.explain))
        except KeyError:
            stderr.write(f"msglint: error: unknown rule code {args.explain!r}\n")
            return 2
        return 0
    if not args.paths:
        parser.print_usage(stderr)
        stderr.write("msglint: error: no paths given (use - for stdin)\n")
        return 2
    try:
        return _run(args, stdout, stderr)
    except BrokenPipeError:
        # The reader of the output went away (`| head`): stop quietly, and keep Python's own
        # flush at exit from failing on the closed pipe.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), stdout.fileno())
        except (AttributeError, OSError, ValueError):  # not a real file
            pass
        return 1
    except KeyboardInterrupt:
        stdout.flush()
        stderr.write("\nmsglint: interrupted\n")
        return 130


def _run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    targets, problems = expand_paths(args.paths)
    # Settings come from the pyproject.toml nearest to each file (stdin: the working
    # directory); the run-wide ones (format, jobs) from the one above the files' common folder.
    found: dict[Path, tuple[Settings, _Options]] = {}
    per_target: list[_Options] = []
    try:
        for target in targets:
            per_target.append(_settings(_home(target), args, found, stderr)[1])
        run_settings = _settings(_common_home(targets), args, found, stderr)[0]
    except ConfigError as exc:
        stderr.write(f"msglint: error: {exc}\n")
        return 2
    fmt: str = args.format or run_settings.format or "text"
    jobs = args.jobs if args.jobs is not None else run_settings.jobs
    jobs = _jobs(1 if jobs is None else jobs, stderr)

    for problem in problems:
        stderr.write(f"msglint: error: {problem}\n")
    reporter = make_reporter(fmt, stdout, color=use_color(stdout), statistics=args.statistics)
    reporter.unread = len(problems)
    migration = Migration(args.migrate_to) if args.migrate_to else None
    if migration is not None:
        try:
            for options in per_target:
                migration.source(options.api_version)
        except ValueError as exc:
            stderr.write(f"msglint: error: {exc}\n")
            return 2
    for target, options in zip(targets, per_target, strict=True):
        display = (
            args.stdin_filename if target.path is None and args.stdin_filename else target.display
        )
        try:
            if migration is not None:
                # stdin is read once and linted twice
                data = read_document(sys.stdin.buffer) if target.path is None else None
                if target.path is None and data is None:
                    diagnostics: Iterable[Diagnostic] = [input_too_large()]
                else:
                    lint = partial(
                        _lint_target, target, display, options.endpoint, options.betas, jobs,
                        stderr, data=data,
                    )
                    diagnostics = migration.findings(options.api_version, lint)
            else:
                diagnostics = _lint_target(
                    target, display, options.endpoint, options.betas, jobs, stderr,
                    options.api_version,
                )
            for diagnostic in diagnostics:
                if options.enabled.get(diagnostic.code, True):
                    if migration is not None:
                        migration.count(display, diagnostic)
                    reporter.add(display, diagnostic)
        except BrokenPipeError:
            raise  # the output was closed (`msglint ... | head`), not the file unreadable
        except OSError as exc:
            stderr.write(f"msglint: error: {display}: {exc.strerror or exc}\n")
            reporter.unread += 1
        else:
            reporter.linted += 1
    reporter.finish()
    if migration is not None:
        (stdout if fmt == "text" else stderr).write(migration.summary())
    stdout.flush()
    if reporter.unread:
        return 2
    return 1 if reporter.severities["error"] else 0


def _home(target: Target) -> Path:
    """Where the settings of a target are looked for: its folder (stdin: the working one)."""
    return Path.cwd() if target.path is None else target.path.absolute().parent


def _common_home(targets: list[Target]) -> Path:
    homes = {str(_home(target)) for target in targets}
    return Path(os.path.commonpath(sorted(homes))) if homes else Path.cwd()


def _settings(
    home: Path,
    args: argparse.Namespace,
    found: dict[Path, tuple[Settings, _Options]],
    stderr: TextIO,
) -> tuple[Settings, _Options]:
    """The settings that apply in folder `home`, merged with the command line (cached)."""
    cached = found.get(home)
    if cached is not None:
        return cached
    settings = Settings() if args.isolated else load_settings(home, warn=stderr)[0]
    select = _selectors(args.select) if args.select else _selectors(settings.select or ["ALL"])
    ignore = _selectors(settings.ignore) + _selectors(args.ignore)
    codes = all_rules()
    for selector in (*select, *ignore):
        if selector != "ALL" and not any(code.startswith(selector) for code in codes):
            raise ConfigError(f"{selector!r} selects no rule")
    options = _Options(
        enabled={code: selected(code, select, ignore) for code in codes},
        betas=frozenset(args.beta) | frozenset(settings.betas),
        endpoint=args.endpoint or settings.endpoint,
        api_version=args.api_version or settings.api_version,
    )
    found[home] = (settings, options)
    return settings, options


def _jobs(requested: int, stderr: TextIO) -> int:
    """Worker processes to use: 0 means one per CPU; more than `MAX_JOBS` is capped."""
    if requested == 0:
        return MAX_JOBS
    if requested > MAX_JOBS:
        stderr.write(
            f"msglint: warning: jobs = {requested} is more than the {MAX_JOBS} CPUs; "
            f"using {MAX_JOBS} worker processes\n"
        )
        return MAX_JOBS
    return requested


def _lint_target(
    target: Target,
    display: str,
    endpoint: str | None,
    betas: frozenset[str],
    jobs: int,
    stderr: TextIO,
    api_version: str | None = None,
    data: bytes | None = None,
) -> Iterator[Diagnostic]:
    """Diagnostics of one target; `data` is the target's text when already read (stdin in a
    migration run, linted twice)."""
    version = api_version or API_VERSIONS[-1]
    streaming = endpoint == "batch-jsonl" or (
        endpoint is None and display.lower().endswith(".jsonl")
    )
    if data is None and target.path is None:
        stdin = sys.stdin.buffer
        if streaming:
            yield from lint_jsonl(stdin, betas=betas, jobs=jobs, api_version=version)
            return
        data = read_document(stdin)
    elif data is None and target.path is not None:
        if streaming:
            with open(target.path, "rb") as stream:
                yield from _stream_file(stream, display, betas, jobs, stderr, version)
            return
        with open(target.path, "rb") as stream:
            data = read_document(stream)
    if data is None:
        yield input_too_large()
        return
    chosen = endpoint or detect_endpoint(display, data)
    if chosen == "batch-jsonl":
        yield from lint_jsonl(io.BytesIO(data), betas=betas, jobs=jobs, api_version=version)
    else:
        yield from check(data, endpoint=chosen, betas=betas, api_version=version)


def _stream_file(
    stream: BinaryIO,
    display: str,
    betas: frozenset[str],
    jobs: int,
    stderr: TextIO,
    api_version: str,
) -> Iterator[Diagnostic]:
    size = os.fstat(stream.fileno()).st_size
    progress = Progress(stderr, display, size) if _wants_progress(stderr, size) else None
    try:
        on_read = progress.update if progress is not None else None
        yield from lint_jsonl(
            stream, betas=betas, jobs=jobs, on_read=on_read, api_version=api_version
        )
    finally:
        if progress is not None:
            progress.close()


def _wants_progress(stream: TextIO, size: int) -> bool:
    isatty = getattr(stream, "isatty", None)
    return size > PROGRESS_MIN_BYTES and bool(isatty and isatty())


class Progress:
    """A one-line progress bar, redrawn at most ten times a second."""

    WIDTH = 30

    def __init__(self, stream: TextIO, label: str, total: int) -> None:
        self.stream = stream
        self.label = label
        self.total = max(total, 1)
        self.last = 0.0

    def update(self, done: int) -> None:
        now = time.monotonic()
        if now - self.last < 0.1 and done < self.total:
            return
        self.last = now
        fraction = min(done / self.total, 1.0)
        filled = int(fraction * self.WIDTH)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.stream.write(
            f"\r{self.label} [{bar}] {fraction:4.0%} {done / 1e6:.1f}/{self.total / 1e6:.1f} MB"
        )
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\r\x1b[K")
        self.stream.flush()
