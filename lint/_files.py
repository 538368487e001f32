"""Finding payload files, telling which endpoint they are for, and streaming JSONL files.

A JSONL file is read in fixed-size chunks and checked line by line, so memory stays bounded
whatever the file's size; with `jobs > 1` chunks of lines are checked in worker processes and
the results are put back in file order. No input is read past `MAX_INPUT_BYTES`, the largest
body the API accepts: a bigger document is reported (E262) without being read, a longer JSONL
stream is checked up to that point and reported.
"""

from __future__ import annotations

import glob
import os
import signal
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, NamedTuple

import msgspec

from msgtypes.versions import DEFAULT_API_VERSION

if TYPE_CHECKING:
    from concurrent.futures import Future

from ._source import SourceMap
from .diagnostics import Diagnostic
from .engine import lint_document
from .rules import get
from .rules.batch import MAX_BATCH_BODY, BatchFileChecks
from .rules.syntax import MAX_LINE_BYTES, internal_error, line_too_long

__all__ = [
    "MAX_INPUT_BYTES",
    "MAX_JOBS",
    "Line",
    "Target",
    "detect_endpoint",
    "expand_paths",
    "input_too_large",
    "iter_lines",
    "lint_jsonl",
    "read_document",
]

#: The most msglint reads of one input (a file or stdin): the API's largest request body, a
#: Message Batch of 256 MB (a Messages request is at most 32 MB).
MAX_INPUT_BYTES = MAX_BATCH_BODY
#: The most worker processes a JSONL file is checked with: one per CPU (more would only wait).
MAX_JOBS = os.cpu_count() or 1

SUFFIXES = (".json", ".jsonl")
CHUNK_BYTES = 1 << 20  # how much of a file is read at a time
BATCH_BYTES = 1 << 18  # how many bytes of lines go to a worker at a time
BATCH_LINES = 1024
_GLOB_CHARS = frozenset("*?[")
_SKIP_DIRS = frozenset({"node_modules", "__pycache__"})


class Target(NamedTuple):
    """One thing to lint: a file, or standard input when `path` is None."""

    path: Path | None
    display: str


_BLANK = b" \t\r"


class Line(NamedTuple):
    """One non-blank line of a JSONL file; `data` is None when it was too long to keep."""

    number: int
    data: bytes | None
    size: int


# --- which files ---------------------------------------------------------------------------


def expand_paths(args: Sequence[str]) -> tuple[list[Target], list[str]]:
    """Files to lint from command-line arguments, and a message for each that found none.

    A file is linted whatever its name; a directory is searched recursively for `*.json`
    and `*.jsonl` files (hidden directories skipped); an argument with `*`, `?` or `[`
    that names no file is a glob; `-` is standard input.
    """
    targets: list[Target] = []
    problems: list[str] = []
    seen: set[str] = set()

    def add(path: Path, display: str) -> None:
        key = os.path.normcase(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            targets.append(Target(path, display))

    for arg in args:
        if arg == "-":
            targets.append(Target(None, "-"))
            continue
        path = Path(arg)
        if path.is_dir():
            found_files = _walk(path)
            if not found_files:
                problems.append(f"{arg}: no .json or .jsonl files in this directory")
            for found in found_files:
                add(found, str(found))
        elif path.exists():
            add(path, arg)
        elif _GLOB_CHARS & set(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            files = [Path(m) for m in matches if Path(m).is_file()]
            for directory in (Path(m) for m in matches if Path(m).is_dir()):
                files.extend(_walk(directory))
            if not files:
                problems.append(f"{arg}: no files match")
            for found in files:
                add(found, str(found))
        else:
            problems.append(f"{arg}: no such file or directory")
    return targets, problems


def _walk(root: Path) -> list[Path]:
    found: list[Path] = []
    for directory, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in _SKIP_DIRS)
        found.extend(Path(directory, name) for name in sorted(filenames) if name.endswith(SUFFIXES))
    return found


# --- which endpoint ------------------------------------------------------------------------


class _Probe(msgspec.Struct):
    requests: msgspec.Raw | msgspec.UnsetType = msgspec.UNSET
    prompt: msgspec.Raw | msgspec.UnsetType = msgspec.UNSET


class _LineProbe(msgspec.Struct):
    custom_id: msgspec.Raw | msgspec.UnsetType = msgspec.UNSET
    params: msgspec.Raw | msgspec.UnsetType = msgspec.UNSET


def detect_endpoint(name: str, data: bytes | None = None) -> str:
    """The endpoint a payload is for, from its file name and, when given, its content.

    `.jsonl` files are batch files; an object with a `requests` key is a batch body, one with
    a `prompt` key a legacy completion; text whose first line is a `{"custom_id", "params"}`
    object followed by more is a batch file; anything else is a Messages request.
    """
    if name.lower().endswith(".jsonl"):
        return "batch-jsonl"
    if data is None:
        return "messages"
    try:
        probe = msgspec.json.decode(data, type=_Probe)
    except msgspec.DecodeError as exc:
        if "trailing characters" in str(exc) and _looks_like_batch_line(data):
            return "batch-jsonl"
        return "messages"
    if probe.requests is not msgspec.UNSET:
        return "batch"
    if probe.prompt is not msgspec.UNSET:
        return "complete"
    return "messages"


def _looks_like_batch_line(data: bytes) -> bool:
    first = data.lstrip().split(b"\n", 1)[0]
    try:
        line = msgspec.json.decode(first, type=_LineProbe)
    except msgspec.DecodeError:
        return False
    return line.custom_id is not msgspec.UNSET and line.params is not msgspec.UNSET


# --- reading one document -------------------------------------------------------------------


def read_document(stream: BinaryIO, limit: int | None = None) -> bytes | None:
    """The whole of `stream`, or None when it holds more than `limit` bytes (default:
    `MAX_INPUT_BYTES`); a regular file that large is not read at all."""
    limit = MAX_INPUT_BYTES if limit is None else limit
    try:
        size = os.fstat(stream.fileno()).st_size
    except (AttributeError, OSError, ValueError):  # not a real file (a test's BytesIO)
        size = 0
    if size > limit:
        return None
    data = stream.read(limit + 1)
    return None if len(data) > limit else data


def input_too_large(limit: int | None = None, *, line: int | None = None) -> Diagnostic:
    """E262 for an input over `limit` bytes (default: `MAX_INPUT_BYTES`): a whole document
    left unchecked, or (with `line`) a JSONL stream whose reading stopped on that line."""
    limit = MAX_INPUT_BYTES if limit is None else limit
    skipped = (
        "it was not checked"
        if line is None
        else f"reading stopped on line {line:,} and the rest was not checked"
    )
    return get("E262").diagnostic(
        "",
        f"The input is larger than {limit:,} bytes, the largest body the API accepts (a "
        f"256 MB batch); {skipped}",
        line=line or 1,
        column=1,
        hint="split it into several files",
    )


# --- JSONL streaming -------------------------------------------------------------------------


def iter_lines(
    stream: BinaryIO,
    *,
    chunk_bytes: int | None = None,
    max_line: int = MAX_LINE_BYTES,
    max_bytes: int | None = None,
    on_read: Callable[[int], None] | None = None,
    on_limit: Callable[[int], None] | None = None,
) -> Iterator[Line]:
    """The non-blank lines of `stream`, numbered from 1, read `chunk_bytes` at a time.

    `chunk_bytes` defaults to `CHUNK_BYTES`. A line longer than `max_line` bytes is not
    kept: it comes back with `data` None and its size, so memory stays within about
    `chunk_bytes + max_line`. `on_read` is told how many bytes have been read so far. With
    `max_bytes`, reading stops after that many bytes: the line it stopped in is dropped and
    `on_limit` is told its number.
    """
    chunk_bytes = chunk_bytes or CHUNK_BYTES
    number = 0
    pending: list[bytes] = []  # pieces of the current, unfinished line
    pending_size = 0
    dropped = False  # the current line is too long and is being skipped
    total = 0
    while True:
        chunk = stream.read(chunk_bytes)
        if not chunk:
            break
        over = max_bytes is not None and total + len(chunk) > max_bytes
        if over:
            chunk = chunk[: max(0, (max_bytes or 0) - total)]
        total += len(chunk)
        if on_read is not None:
            on_read(total)
        start = 0
        while True:
            end = chunk.find(b"\n", start)
            if end < 0:
                piece = chunk[start:]
                pending_size += len(piece)
                if pending_size > max_line:
                    dropped, pending = True, []
                elif not dropped:
                    pending.append(piece)
                break
            piece = chunk[start:end]
            number += 1
            size = pending_size + len(piece)
            if dropped or size > max_line:
                yield Line(number, None, size)
            else:
                data = (b"".join(pending) + piece if pending else piece).removesuffix(b"\r")
                # Blank lines are skipped; the first byte settles it for nearly every line,
                # so the whole line is not copied by strip() just to find out.
                if (data and data[0] not in _BLANK) or data.strip(b" \t\r"):
                    yield Line(number, data, size)
            pending, pending_size, dropped = [], 0, False
            start = end + 1
        if over:
            if on_limit is not None:
                on_limit(number + 1)
            return
    if pending_size:
        number += 1
        if dropped:
            yield Line(number, None, pending_size)
        else:
            data = b"".join(pending).removesuffix(b"\r")
            if data.strip(b" \t\r"):
                yield Line(number, data, pending_size)


class _LineResult(NamedTuple):
    diagnostics: list[Diagnostic]
    custom_id: str | None


def _check_lines(
    lines: list[Line], betas: frozenset[str], api_version: str = DEFAULT_API_VERSION
) -> list[_LineResult]:
    """Check a run of lines (in a worker process when running in parallel)."""
    results: list[_LineResult] = []
    for line in lines:
        if line.data is None:
            diagnostic = line_too_long(line.size)
            results.append(_LineResult([_on_line(diagnostic, line.number)], None))
            continue
        try:
            diagnostics, decoded = lint_document(
                line.data, "batch-jsonl", betas, api_version=api_version
            )
            custom_id = decoded.custom_id
        except Exception as exc:  # lint_document guards the stages; this guards the rest
            diagnostics, custom_id = [internal_error(exc)], None
        results.append(_LineResult([_on_line(d, line.number) for d in diagnostics], custom_id))
    return results


def _on_line(diagnostic: Diagnostic, number: int) -> Diagnostic:
    return msgspec.structs.replace(diagnostic, line=number, column=diagnostic.column or 1)


def _batches(lines: Iterator[Line]) -> Iterator[list[Line]]:
    batch: list[Line] = []
    size = 0
    for line in lines:
        batch.append(line)
        size += line.size
        if size >= BATCH_BYTES or len(batch) >= BATCH_LINES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def lint_jsonl(
    stream: BinaryIO,
    *,
    betas: frozenset[str] = frozenset(),
    jobs: int = 1,
    on_read: Callable[[int], None] | None = None,
    api_version: str = DEFAULT_API_VERSION,
) -> Iterator[Diagnostic]:
    """Diagnostics of a batch JSONL file, line by line in file order (requests sent with
    `anthropic-version: api_version`).

    With `jobs > 1` (at most `MAX_JOBS`), runs of lines are checked in that many worker
    processes; at most a few runs per worker are in flight at once, so memory stays bounded.
    The workers ignore Ctrl-C and are always shut down before this returns or raises. At most
    `MAX_INPUT_BYTES` are read (E262 says where reading stopped).
    """
    checks = BatchFileChecks()
    stopped: list[int] = []
    lines = iter_lines(stream, max_bytes=MAX_INPUT_BYTES, on_read=on_read, on_limit=stopped.append)
    batches = _batches(lines)
    any_line = False
    jobs = min(jobs, MAX_JOBS)
    if jobs <= 1:
        for batch in batches:
            any_line = True
            yield from _merge(batch, _check_lines(batch, betas, api_version), checks)
    else:
        from concurrent.futures import ProcessPoolExecutor  # only parallel runs pay for it

        window: deque[tuple[list[Line], Future[list[_LineResult]]]] = deque()
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_setup)
        try:
            for batch in batches:
                any_line = True
                window.append((batch, pool.submit(_check_lines, batch, betas, api_version)))
                if len(window) >= 3 * jobs:
                    done, future = window.popleft()
                    yield from _merge(done, future.result(), checks)
            while window:
                done, future = window.popleft()
                yield from _merge(done, future.result(), checks)
        finally:
            # Also on an error, Ctrl-C or a caller that stops early: queued runs are dropped,
            # running ones finish (each is small), and every worker is joined.
            pool.shutdown(wait=True, cancel_futures=True)
    if stopped:
        yield input_too_large(line=stopped[0])
    elif not any_line:
        yield get("E002").diagnostic("", "The file has no requests", line=1, column=1)
    yield from checks.finish()


def _worker_setup() -> None:
    """Workers leave Ctrl-C to the main process, which shuts them down cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _merge(
    batch: list[Line], results: list[_LineResult], checks: BatchFileChecks
) -> Iterator[Diagnostic]:
    """A run's diagnostics with those of the cross-line checks, in line order."""
    for line, result in zip(batch, results, strict=True):
        extra = checks.add(line.number, result.custom_id, line.size)
        if extra:
            placed = [*result.diagnostics, *_place_on_line(extra, line)]
            yield from sorted(placed, key=lambda d: (d.line or 0, d.column or 0))
        else:
            yield from result.diagnostics


def _place_on_line(diagnostics: list[Diagnostic], line: Line) -> list[Diagnostic]:
    unplaced = {d.path for d in diagnostics if d.column is None}
    located = SourceMap(line.data).locate(unplaced) if unplaced and line.data else {}
    return [
        msgspec.structs.replace(
            d, line=line.number, column=d.column or located.get(d.path, (1, 1))[1]
        )
        for d in diagnostics
    ]
