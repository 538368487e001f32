"""Batch JSONL files checked in runs, in ranges by worker processes, and from stdin (lint/_files.py):
the same lines, the same diagnostics, byte for byte the same output whatever the jobs."""

from __future__ import annotations

import importlib.util
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from reference_lines import iter_lines

import msglint._files as files
from msglint import cli
from msglint.diagnostics import Diagnostic

ROOT = Path(__file__).resolve().parents[2]


def _batch_file_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("batch_file", ROOT / "scripts" / "batch_file.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _echo_line(
    data: bytes, betas: frozenset[str], api_version: str
) -> tuple[list[Diagnostic], str | None]:
    """A line check that hands the line back as its custom_id (the line table is then exact)."""
    return [], data.decode("latin-1")


LineTable = list[tuple[int, str | None, int, int]]


def _table(found: files._Found, base: int = 0) -> LineTable:
    return [
        (number + base, line, size, offset)
        for number, line, size, offset in zip(
            found.numbers, found.ids, found.sizes, found.offsets, strict=True
        )
    ]


def _serial_table(data: bytes, max_line: int, chunk: int, limit: int | None) -> LineTable:
    found = files._Found()
    stream = io.BytesIO(data)
    for item in files._runs(stream.read, max_line=max_line, limit=limit, chunk_bytes=chunk):
        if item is files._STOPPED:
            found.numbers.append(found.lines + 1)  # where reading stopped, as a row
            found.ids.append("STOPPED")
            found.sizes.append(-1)
            found.offsets.append(-1)
            break
        files._check_run(item, found, frozenset(), "", max_line)
    return _table(found)


def _range_table(path: str, end: int, span: int, max_line: int) -> LineTable:
    rows: LineTable = []
    base = 0
    for start in range(0, end, span):
        found = files._decode_found(
            files._check_range(path, start, min(start + span, end), end, frozenset(), "", max_line)
        )
        rows += _table(found, base)
        base += found.lines
        if found.stopped:
            rows.append((base + 1, "STOPPED", -1, -1))
            break
    return rows


_LINE = st.one_of(
    st.binary(max_size=30).filter(lambda b: b"\n" not in b),
    st.sampled_from([b"", b"  ", b"\r", b" \t\r", b'{"custom_id": "a"}\r', b"x" * 45]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(_LINE, max_size=12),
    st.booleans(),
    st.integers(min_value=1, max_value=40),
    st.integers(min_value=4, max_value=50),
    st.one_of(st.none(), st.integers(min_value=0, max_value=300)),
)
def test_runs_give_the_lines_iter_lines_gives(
    lines: list[bytes], newline_at_end: bool, chunk: int, max_line: int, limit: int | None
) -> None:
    data = b"\n".join(lines) + (b"\n" if newline_at_end and lines else b"")
    stopped: list[int] = []
    expected: LineTable = [
        (line.number, None if line.data is None else line.data.decode("latin-1"), line.size, 0)
        for line in iter_lines(
            io.BytesIO(data), chunk_bytes=chunk, max_line=max_line, max_bytes=limit,
            on_limit=stopped.append,
        )
    ]
    expected += [(number, "STOPPED", -1, 0) for number in stopped]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(files, "_check_line", _echo_line)
        got = _serial_table(data, max_line, chunk, limit)
    assert [row[:3] for row in got] == [row[:3] for row in expected]
    for _, line, size, offset in got:  # offsets point at the lines
        if offset >= 0 and line is not None:
            assert data[offset : offset + size].removesuffix(b"\r").decode("latin-1") == line


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(_LINE, max_size=12),
    st.booleans(),
    st.integers(min_value=1, max_value=60),
    st.integers(min_value=4, max_value=50),
    st.integers(min_value=0, max_value=400),
)
def test_ranges_give_the_lines_a_serial_read_gives(
    lines: list[bytes], newline_at_end: bool, span: int, max_line: int, limit: int
) -> None:
    data = b"\n".join(lines) + (b"\n" if newline_at_end and lines else b"")
    end = min(len(data), limit)
    assume(end > 0 or not data)  # an input limit of 0 goes to the serial path
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        patch.setattr(files, "_check_line", _echo_line)
        path = os.path.join(folder, "batch.jsonl")
        Path(path).write_bytes(data)
        assert _range_table(path, end, span, max_line) == _serial_table(
            data, max_line, 7, end if end < len(data) else None
        )


# --- end to end: the real rules, every output format ---------------------------------------------


def _problem_file(path: Path) -> bytes:
    """Generated requests (one warning each) with problems the cross-line checks and the
    reader see: duplicate custom_ids, broken and blank lines, CRLF, no newline at the end."""
    script = _batch_file_script()
    lines = list(script.batch_lines(60, 120_000, warning=True, seed=3))
    lines[7] = lines[3]  # a duplicate custom_id (E260, placed by reading the line back)
    lines[20] = lines[20] + b"\r"
    lines[21] = b""
    lines[30] = b'{"custom_id": "broken", "params": {"model": '
    lines[41] = b"   "
    lines[50] = lines[3]
    data = b"\n".join(lines)
    path.write_bytes(data)
    return data


def _outputs(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def problems(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, bytes]:
    """`_problem_file` written, and ranges made small enough that it makes about 40."""
    path = tmp_path / "batch.jsonl"
    monkeypatch.setattr(files, "MIN_RANGE_BYTES", 3000)
    monkeypatch.setattr(files, "MAX_RANGE_BYTES", 3000)
    return path, _problem_file(path)


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_jobs_and_stdin_give_byte_identical_output(
    fmt: str,
    problems: tuple[Path, bytes],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, data = problems
    args = [str(path), "--isolated", "--format", fmt]
    one = _outputs([*args, "--jobs", "1"], capsys)
    assert one[0] == 1 and one[1].count("W272") >= 50 and one[1].count("E260") >= 2
    assert _outputs([*args, "--jobs", "2"], capsys) == one
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    stdin = ["-", "--stdin-filename", str(path), "--isolated", "--format", fmt, "--jobs", "2"]
    assert _outputs(stdin, capsys) == one


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_input_limit_cuts_the_same_line_whatever_the_jobs(
    jobs: str,
    problems: tuple[Path, bytes],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, data = problems
    cut = data.index(b"\n", len(data) // 2) - 10  # in the middle of a line
    number = data[:cut].count(b"\n") + 1
    monkeypatch.setattr(files, "MAX_INPUT_BYTES", cut)
    args = [str(path), "--isolated", "--format", "json", "--jobs", jobs]
    code, out, _ = _outputs(args, capsys)
    assert code == 1
    assert f"reading stopped on line {number} " in out
    found = json.loads(out)
    assert found[-1]["code"] == "E262" and found[-1]["line"] == number
    path.write_bytes(data[: data.rindex(b"\n", 0, cut) + 1])  # the lines before the cut one
    expected = json.loads(_outputs([str(path), "--isolated", "--format", "json"], capsys)[1])
    assert found[:-1] == expected


def test_workers_read_their_own_ranges(
    problems: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A regular file goes to the workers as ranges, not as its lines."""
    path = problems[0]
    sent: list[tuple[object, ...]] = []
    real = files._in_workers

    def spy(jobs: int, tasks: Iterator[tuple[Any, tuple[Any, ...], Any]]) -> object:
        def seen() -> Iterator[tuple[Any, tuple[Any, ...], Any]]:
            for task in tasks:
                sent.append(task[1])
                yield task

        return real(jobs, seen())

    monkeypatch.setattr(files, "_in_workers", spy)
    with open(path, "rb") as stream:
        found = list(files.lint_jsonl(stream, jobs=2))
    assert found and len(sent) > 10
    assert all(isinstance(arg, (str, int, frozenset)) for args in sent for arg in args)
