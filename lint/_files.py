"""Finding payload files, telling which endpoint they are for, and streaming JSONL files.

A JSONL file is read in fixed-size chunks and checked line by line, so memory stays bounded
whatever the file's size; with `jobs > 1` ranges of the file are checked in worker processes
that read them themselves, and their findings are put back in file order. No input is read
past `MAX_INPUT_BYTES`, the largest body the API accepts: a bigger document is reported (E262)
without being read, a longer JSONL stream is checked up to that point and reported.
"""

from __future__ import annotations

import glob
import os
import signal
import stat
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple

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
    "Target",
    "detect_endpoint",
    "expand_paths",
    "input_too_large",
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
#: How much of a JSONL file one worker task checks: about `RANGES_PER_JOB` tasks per worker,
#: so that they finish together, but no less than `MIN_RANGE_BYTES` (a smaller file is checked
#: without workers) and no more than `MAX_RANGE_BYTES` (what a task holds is bounded).
MIN_RANGE_BYTES = 1 << 20
MAX_RANGE_BYTES = 4 << 20
RANGES_PER_JOB = 8
_GLOB_CHARS = frozenset("*?[")
_SKIP_DIRS = frozenset({"node_modules", "__pycache__"})


class Target(NamedTuple):
    """One thing to lint: a file, or standard input when `path` is None."""

    path: Path | None
    display: str


_BLANK = b" \t\r"


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


# --- checking runs of lines ------------------------------------------------------------------
#
# A batch file is read as *runs*: pieces of the input that hold whole lines (each ends with a
# newline, but the input's last), so the lines of a run are split and checked in one tight
# loop. A line longer than `max_line` bytes is never held: it comes as a `_Skipped` with its
# size. `_check_run` checks a run's lines into a `_Found`, the compact record a worker sends
# back: the diagnostics and, per line, only what the cross-line checks need. `_merge` feeds
# those checks in file order and puts their diagnostics among the lines' own.


class _Skipped(NamedTuple):
    """One line too long to keep: `size` bytes (without its newline) starting at `offset`."""

    offset: int
    size: int


class _Run(NamedTuple):
    """Whole lines of the input: `data[start:end]`, where `data` starts at input byte `offset`
    (a run is a piece of a chunk as read, not a copy: copying megabytes costs page faults)."""

    offset: int
    data: bytes
    start: int
    end: int


#: Reading stopped at the input limit; the line it stopped in is dropped.
_STOPPED = _Skipped(-1, -1)


def _runs(
    read: Callable[[int], bytes],
    *,
    max_line: int,
    limit: int | None = None,
    stop: int | None = None,
    chunk_bytes: int = CHUNK_BYTES,
    on_read: Callable[[int], None] | None = None,
    origin: int = 0,
) -> Iterator[_Run | _Skipped]:
    """The input of `read` as runs of whole lines, offsets counted from where reading started.

    At most `limit` bytes are read: if the input goes on past them, the line they end in is
    dropped and `_STOPPED` comes last. With `stop`, reading ends with the line holding byte
    `stop - 1` (the lines starting before `stop`). Memory stays within about
    `chunk_bytes + max_line`. `on_read` is told how many bytes have been read so far. The
    offsets of the runs are counted from `origin`.
    """
    carry: list[bytes] = []  # the start of an unfinished line
    carried = 0
    skipped = -1  # bytes so far of a line too long to keep, while it is skipped
    total = 0
    while True:
        room = chunk_bytes if limit is None else min(chunk_bytes, limit - total)
        chunk = read(room) if room > 0 else b""
        if not chunk:
            if room <= 0 and read(1):  # the input goes on past the limit
                yield _STOPPED
                return
            break
        start = total  # offset of the chunk
        total += len(chunk)
        if on_read is not None:
            on_read(total)
        lo, hi = 0, len(chunk)  # the part of the chunk still to split (never copied whole)
        last_run = False
        if stop is not None and total >= stop:
            end = chunk.find(b"\n", max(0, stop - 1 - start))
            if end >= 0:
                hi, last_run = end + 1, True
        if skipped >= 0:
            end = chunk.find(b"\n", 0, hi)
            if end < 0:
                skipped += hi
                continue
            yield _Skipped(origin + start - skipped, skipped + end)
            skipped, lo = -1, end + 1
        end = chunk.rfind(b"\n", lo, hi)
        if end < 0:
            carry.append(chunk if (lo, hi) == (0, len(chunk)) else chunk[lo:hi])
            carried += hi - lo
            if carried > max_line:
                skipped, carry, carried = carried, [], 0
            continue
        first = lo
        if carry:  # the line that began in an earlier chunk, on its own
            first = chunk.find(b"\n", lo, hi) + 1
            line = b"".join(carry) + chunk[lo:first]
            yield _Run(origin + start - carried, line, 0, len(line))
            carry, carried = [], 0
        if first <= end:
            yield _Run(origin + start, chunk, first, end + 1)
        if end + 1 < hi:
            carry, carried = [chunk[end + 1 : hi]], hi - end - 1
        if last_run:
            return
    if skipped >= 0:
        yield _Skipped(origin + total - skipped, skipped)
    elif carried:
        line = b"".join(carry)
        yield _Run(origin + total - carried, line, 0, len(line))


class _Found(msgspec.Struct, array_like=True):
    """What checking runs of lines found, compactly: per non-blank line its number, `custom_id`
    (when a string), size and offset (-1: too long to keep); the diagnostics as the distinct
    ones (`kinds`) and, flat, for each diagnostic its kind, line and column (`places`): a
    warning on every line is one Diagnostic and three integers a line."""

    lines: int = 0  # lines seen, blank ones included
    numbers: list[int] = msgspec.field(default_factory=list)
    ids: list[str | None] = msgspec.field(default_factory=list)
    sizes: list[int] = msgspec.field(default_factory=list)
    offsets: list[int] = msgspec.field(default_factory=list)
    kinds: list[Diagnostic] = msgspec.field(default_factory=list)
    places: list[int] = msgspec.field(default_factory=list)
    stopped: bool = False  # reading stopped at the input limit on the line after these

    def add(self, diagnostics: list[Diagnostic], number: int, index: dict[Any, int]) -> None:
        """Record the diagnostics of line `number` (`index`: where each kind is in `kinds`)."""
        for d in diagnostics:
            key = (d.code, d.severity, d.path, d.message, d.hint)
            kind = index.get(key)
            if kind is None:
                kind = index[key] = len(self.kinds)
                self.kinds.append(d)
            self.places += (kind, number, d.column or 1)

    def diagnostics(self, base: int) -> list[Diagnostic]:
        """The diagnostics, on their lines (`base` added to each line number)."""
        kinds, places, replace = self.kinds, self.places, msgspec.structs.replace
        return [
            replace(kinds[places[i]], line=places[i + 1] + base, column=places[i + 2])
            for i in range(0, len(places), 3)
        ]


_encode_found = msgspec.msgpack.Encoder().encode
_decode_found = msgspec.msgpack.Decoder(_Found).decode


def _check_line(
    data: bytes, betas: frozenset[str], api_version: str
) -> tuple[list[Diagnostic], str | None]:
    """One request line's diagnostics (placed within the line) and its `custom_id`."""
    try:
        diagnostics, decoded = lint_document(data, "batch-jsonl", betas, api_version=api_version)
    except Exception as exc:  # lint_document guards the stages; this guards the rest
        return [internal_error(exc)], None
    return diagnostics, decoded.custom_id


def _check_run(
    item: _Run | _Skipped,
    found: _Found,
    betas: frozenset[str],
    api_version: str,
    max_line: int,
) -> None:
    """Check the lines of `item` into `found`, numbering them on from `found.lines`."""
    numbers, ids, sizes, offsets = found.numbers, found.ids, found.sizes, found.offsets
    index: dict[Any, int] = {}
    number = found.lines
    if isinstance(item, _Skipped):
        found.lines = number = number + 1
        numbers.append(number)
        ids.append(None)
        sizes.append(item.size)
        offsets.append(-1)
        found.add([line_too_long(item.size)], number, index)
        return
    data, pos, size_of, origin = item.data, item.start, item.end, item.offset
    find = data.find
    while pos < size_of:
        end = find(b"\n", pos, size_of)
        if end < 0:
            end = size_of
        number += 1
        size = end - pos
        if size > max_line:
            numbers.append(number)
            ids.append(None)
            sizes.append(size)
            offsets.append(-1)
            found.add([line_too_long(size)], number, index)
        elif size:
            stop = end - 1 if data[end - 1] == 13 else end  # without a \r before the \n
            # Blank lines are skipped; the first byte settles it for nearly every line, so the
            # whole line is not copied by strip() just to find out.
            if stop > pos and (data[pos] not in _BLANK or data[pos:stop].strip(_BLANK)):
                numbers.append(number)
                sizes.append(size)
                offsets.append(origin + pos)
                placed, custom_id = _check_line(data[pos:stop], betas, api_version)
                ids.append(custom_id)
                if placed:
                    found.add(placed, number, index)
        pos = end + 1
    found.lines = number


def _merge(
    found: _Found,
    base: int,
    checks: BatchFileChecks,
    text: Callable[[int, int], bytes | None],
) -> Iterator[Diagnostic]:
    """The diagnostics of `found` (whose line numbers start after line `base`) with those of
    the cross-line checks, in line order. `text(offset, size)` reads a line back (rarely: only
    to place a cross-line diagnostic on it)."""
    add = checks.add
    extras: list[tuple[int, int, list[Diagnostic]]] = []
    for i, (number, custom_id, size) in enumerate(
        zip(found.numbers, found.ids, found.sizes, strict=True)
    ):
        extra = add(number + base, custom_id, size)
        if extra:
            extras.append((number + base, i, extra))
    diagnostics = found.diagnostics(base)
    if not extras:
        yield from diagnostics
        return
    at = 0
    for number, i, extra in extras:
        while at < len(diagnostics) and (diagnostics[at].line or 0) < number:
            yield diagnostics[at]
            at += 1
        own = at
        while at < len(diagnostics) and diagnostics[at].line == number:
            at += 1
        offset = found.offsets[i]
        line = text(offset, found.sizes[i]) if offset >= 0 else None
        placed = [*diagnostics[own:at], *_place_on_line(extra, number, line)]
        yield from sorted(placed, key=lambda d: (d.line or 0, d.column or 0))
    yield from diagnostics[at:]


def _place_on_line(
    diagnostics: list[Diagnostic], number: int, data: bytes | None
) -> list[Diagnostic]:
    unplaced = {d.path for d in diagnostics if d.column is None}
    located = SourceMap(data).locate(unplaced) if unplaced and data else {}
    return [
        msgspec.structs.replace(
            d, line=number, column=d.column or located.get(d.path, (1, 1))[1]
        )
        for d in diagnostics
    ]


def _line_in(runs: Sequence[_Run | _Skipped]) -> Callable[[int, int], bytes | None]:
    """Reads a line back from runs still in memory."""

    def text(offset: int, size: int) -> bytes | None:
        for run in runs:
            if isinstance(run, _Run) and run.start <= offset - run.offset < run.end:
                at = offset - run.offset
                return run.data[at : at + size].removesuffix(b"\r")
        return None

    return text


# --- the file as a whole ---------------------------------------------------------------------


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

    With `jobs > 1` (at most `MAX_JOBS`), ranges of the file are checked in that many worker
    processes: each reads its own range of a regular file (other input is read here and sent
    to them), and sends back only the diagnostics and what the cross-line checks need. At most
    a few ranges per worker are in flight at once, so memory stays bounded. The workers ignore
    Ctrl-C and are always shut down before this returns or raises. At most `MAX_INPUT_BYTES`
    are read (E262 says where reading stopped).
    """
    checks = BatchFileChecks()
    jobs = min(jobs, MAX_JOBS)
    size = _regular_size(stream) if jobs > 1 else None
    end = None if size is None else min(size, MAX_INPUT_BYTES)
    span = 0 if end is None else _range_bytes(end, jobs)
    if jobs <= 1 or (end is not None and end <= span):
        results = _serial(stream, betas, api_version, on_read)
    elif end is not None and size is not None:
        results = _parallel_ranges(
            str(getattr(stream, "name", "")), end, span, jobs, betas, api_version, on_read
        )
    else:
        results = _parallel_stream(stream, jobs, betas, api_version, on_read)
    base = 0
    any_line = stopped = False
    for found, rebase, text in results:
        yield from _merge(found, base if rebase else 0, checks, text)
        any_line = any_line or bool(found.numbers)
        base += found.lines
        if found.stopped:
            stopped = True
            break
    if stopped:
        yield input_too_large(line=base + 1)
    elif not any_line:
        yield get("E002").diagnostic("", "The file has no requests", line=1, column=1)
    yield from checks.finish()


_Result = tuple[_Found, bool, Callable[[int, int], bytes | None]]


def _serial(
    stream: BinaryIO,
    betas: frozenset[str],
    api_version: str,
    on_read: Callable[[int], None] | None,
) -> Iterator[_Result]:
    """Every run checked here, numbered on from the last (no rebasing)."""
    lines = 0
    for item in _runs(stream.read, max_line=MAX_LINE_BYTES, limit=MAX_INPUT_BYTES,
                      on_read=on_read):
        if item is _STOPPED:
            yield _Found(lines=0, stopped=True), False, _no_text
            return
        found = _Found(lines=lines)
        _check_run(item, found, betas, api_version, MAX_LINE_BYTES)
        count, found.lines = found.lines - lines, found.lines - lines
        lines += count
        yield found, False, _line_in([item])


def _no_text(offset: int, size: int) -> None:
    return None


# --- in worker processes -----------------------------------------------------------------------


def _regular_size(stream: BinaryIO) -> int | None:
    """The size of `stream` when it is a regular file that workers can open by its name."""
    name = getattr(stream, "name", None)
    try:
        here = os.fstat(stream.fileno())
        if not isinstance(name, str) or not stat.S_ISREG(here.st_mode) or stream.tell() != 0:
            return None
        there = os.stat(name)
    except (AttributeError, OSError, ValueError):  # not a real file (a test's BytesIO)
        return None
    if (there.st_dev, there.st_ino) != (here.st_dev, here.st_ino):
        return None
    return here.st_size


def _range_bytes(size: int, jobs: int) -> int:
    """How much of a file one worker task checks: about `RANGES_PER_JOB` tasks per worker (so
    they end together), within `MIN_RANGE_BYTES` and `MAX_RANGE_BYTES`."""
    return max(MIN_RANGE_BYTES, min(MAX_RANGE_BYTES, -(-size // (jobs * RANGES_PER_JOB))))


def _parallel_ranges(
    path: str,
    end: int,
    span: int,
    jobs: int,
    betas: frozenset[str],
    api_version: str,
    on_read: Callable[[int], None] | None,
) -> Iterator[_Result]:
    """The first `end` bytes of a regular file in ranges of `span` bytes, each checked by a
    worker that reads it itself."""
    tasks = (
        (_check_range, (path, start, min(start + span, end), end, betas, api_version,
                        MAX_LINE_BYTES), min(start + span, end))
        for start in range(0, end, span)
    )
    with open(path, "rb", buffering=0) as file:
        fd = file.fileno()

        def text(offset: int, size: int) -> bytes:
            return os.pread(fd, size, offset).removesuffix(b"\r")

        for encoded, done in _in_workers(jobs, tasks):
            if on_read is not None:
                on_read(done)
            yield _decode_found(encoded), True, text


def _check_range(
    path: str,
    start: int,
    stop: int,
    end: int,
    betas: frozenset[str],
    api_version: str,
    max_line: int,
) -> bytes:
    """(In a worker.) The lines of file `path` that start in bytes `start` to `stop - 1`,
    checked, reading no further than byte `end - 1` (the limit: a line it cuts is dropped, and
    the result says reading stopped, when the file goes on)."""
    found = _Found()
    with open(path, "rb", buffering=0) as file:
        fd = file.fileno()
        begin = 0 if start == 0 else _after_newline(fd, start - 1, end)
        last = stop >= end  # the limit ends this range, and tells whether the input goes on
        if begin < stop:
            position = [begin]

            def read(size: int) -> bytes:
                data = os.pread(fd, size, position[0])
                position[0] += len(data)
                return data

            for item in _runs(read, max_line=max_line, limit=end - begin,
                              stop=None if last else stop - begin, origin=begin):
                if item is _STOPPED:
                    found.stopped = True
                    break
                _check_run(item, found, betas, api_version, max_line)
        elif last and os.pread(fd, 1, end):  # no line here, but the input goes on
            found.stopped = True
    return _encode_found(found)


def _after_newline(fd: int, position: int, end: int) -> int:
    """Where the line after the one holding byte `position` starts (`end` when none does)."""
    while position < end:
        data = os.pread(fd, min(CHUNK_BYTES, end - position), position)
        if not data:
            break
        found = data.find(b"\n")
        if found >= 0:
            return position + found + 1
        position += len(data)
    return end


def _parallel_stream(
    stream: BinaryIO,
    jobs: int,
    betas: frozenset[str],
    api_version: str,
    on_read: Callable[[int], None] | None,
) -> Iterator[_Result]:
    """Input that cannot be read in ranges (stdin, a pipe) read here, its runs sent to the
    workers in pieces of about `MAX_RANGE_BYTES`; input that fits in one piece is checked
    here without starting any."""
    runs = _runs(stream.read, max_line=MAX_LINE_BYTES, limit=MAX_INPUT_BYTES, on_read=on_read)
    first = _piece(runs)
    if first[1]:  # all of it
        items = first[0]
        found = _Found()
        for item in items or []:
            _check_run(item, found, betas, api_version, MAX_LINE_BYTES)
        found.stopped = first[2]
        yield found, True, _line_in(items or [])
        return

    def tasks() -> Iterator[tuple[Callable[..., bytes], tuple[Any, ...], Any]]:
        piece = first
        while piece[0] is not None:
            items = piece[0]
            yield _check_items, (items, betas, api_version, MAX_LINE_BYTES), (items, piece[2])
            if piece[1]:
                return
            piece = _piece(runs)

    for encoded, (items, stopped) in _in_workers(jobs, tasks()):
        found = _decode_found(encoded)
        found.stopped = stopped
        yield found, True, _line_in(items)


def _piece(
    runs: Iterator[_Run | _Skipped],
) -> tuple[list[_Run | _Skipped] | None, bool, bool]:
    """The next runs of about `MAX_RANGE_BYTES`: (runs or None when there are none, whether
    the input ends with them, whether it ends at the input limit)."""
    items: list[_Run | _Skipped] = []
    size = 0
    for item in runs:
        if item is _STOPPED:
            return items, True, True
        items.append(item)
        size += item.end - item.start if isinstance(item, _Run) else 1
        if size >= MAX_RANGE_BYTES:
            return items, False, False
    return (items or None), True, False


def _check_items(
    items: list[_Run | _Skipped], betas: frozenset[str], api_version: str, max_line: int
) -> bytes:
    """(In a worker.) Runs of lines sent by the main process, checked."""
    found = _Found()
    for item in items:
        _check_run(item, found, betas, api_version, max_line)
    return _encode_found(found)


def _in_workers(
    jobs: int, tasks: Iterator[tuple[Callable[..., bytes], tuple[Any, ...], Any]]
) -> Iterator[tuple[bytes, Any]]:
    """The results of `tasks` (function, arguments, what to hand back with the result), run in
    `jobs` worker processes, in order; at most `3 * jobs` are in flight at once."""
    from concurrent.futures import ProcessPoolExecutor  # only parallel runs pay for it

    window: deque[tuple[Future[bytes], Any]] = deque()
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=_start_method(), initializer=_worker_setup
    )
    try:
        for function, arguments, keep in tasks:
            window.append((pool.submit(function, *arguments), keep))
            if len(window) >= 3 * jobs:
                future, kept = window.popleft()
                yield future.result(), kept
        while window:
            future, kept = window.popleft()
            yield future.result(), kept
    finally:
        # Also on an error, Ctrl-C or a caller that stops early: queued tasks are dropped,
        # running ones finish (each is small), and every worker is joined.
        pool.shutdown(wait=True, cancel_futures=True)


def _start_method() -> Any:
    """Fork on Linux when no other thread runs (workers start in milliseconds with the rules
    already imported); elsewhere Python's default."""
    import multiprocessing
    import threading

    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return None


def _worker_setup() -> None:
    """Workers leave Ctrl-C to the main process, which shuts them down cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
