"""The msglint command line (lint/cli.py, lint/_files.py) on real files."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reference_lines import Line, iter_lines

from msglint import cli, engine
from msglint._files import detect_endpoint, expand_paths
from msglint.diagnostics import Diagnostic

DOCUMENT_RULES = ["--select", "E0,W0"]  # subprocesses: only the document rules
GOOD = b'{"model": "m", "max_tokens": 5, "messages": [{"role": "user", "content": "hi"}]}'
BAD = b'{"model": "m",\n "max_tokens": 5,,\n}'
BOM = b'\xef\xbb\xbf{"model": "m"}'


class Std(io.TextIOWrapper):
    """A text stream over bytes, as sys.stdin is (tests read `.buffer`)."""


def lint_main(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_engine: None) -> Path:
    """A project directory with payload files, made the working directory."""
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    (tmp_path / "good.json").write_bytes(GOOD)
    (tmp_path / "bad.json").write_bytes(BAD)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "bom.json").write_bytes(BOM)
    (tmp_path / "sub" / "notes.txt").write_bytes(b"not a payload")
    (tmp_path / "sub" / "batch.jsonl").write_bytes(b'{"custom_id": "a", "params": {}}\n[1]\n')
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "skip.json").write_bytes(b"[")
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- files, directories, globs, stdin ------------------------------------------------------------


def test_single_clean_file(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert lint_main(["good.json"], capsys) == (0, "All checks passed!\n", "")


def test_errors_exit_1(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = lint_main(["bad.json", "good.json"], capsys)
    assert code == 1
    assert out.splitlines()[0] == "bad.json:2:18: E003 Invalid JSON: object keys must be strings"
    assert out.endswith("Found 1 error.\n")


def test_warnings_only_exit_0(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = lint_main(["sub/bom.json"], capsys)
    assert code == 0
    assert out.startswith("sub/bom.json:1:1: W001 ")


def test_directory_recursion(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = lint_main([".", "--format", "json"], capsys)
    files = [d["file"] for d in json.loads(out)]
    assert code == 1
    assert files == ["bad.json", "sub/batch.jsonl", "sub/bom.json"]  # sorted, hidden skipped


def test_globs(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = lint_main(["**/*.jsonl", "--format", "json"], capsys)
    assert [(d["file"], d["line"], d["code"]) for d in json.loads(out)] == [
        ("sub/batch.jsonl", 2, "E005")
    ]
    assert code == 1
    code, _, err = lint_main(["*.nothing"], capsys)
    assert code == 2 and "no files match" in err


def test_missing_path_exit_2_but_others_still_linted(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = lint_main(["nope.json", "bad.json"], capsys)
    assert code == 2
    assert "nope.json: no such file or directory" in err
    assert "bad.json:2:18: E003" in out


def test_unreadable_file_exit_2(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    (tree / "bad.json").chmod(0)
    code, _, err = lint_main(["bad.json"], capsys)
    assert code == 2 and "bad.json" in err


def test_stdin(
    tree: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", Std(io.BytesIO(BAD)))
    code, out, _ = lint_main(["-"], capsys)
    assert code == 1 and out.startswith("-:2:18: E003")
    monkeypatch.setattr(sys, "stdin", Std(io.BytesIO(b'{"custom_id": "a"}\n7\n')))
    code, out, _ = lint_main(["-", "--stdin-filename", "x.jsonl"], capsys)
    assert code == 1 and out.startswith("x.jsonl:2:1: E005")
    # JSONL detected from content when stdin has no name.
    monkeypatch.setattr(sys, "stdin", Std(io.BytesIO(b'{"custom_id": "a", "params": {}}\n7\n')))
    code, out, _ = lint_main(["-"], capsys)
    assert out.startswith("-:2:1: E005")


def test_no_paths_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = lint_main([], capsys)
    assert code == 2 and "no paths" in err
    code, _, err = lint_main(["--format", "xml", "a.json"], capsys)
    assert code == 2 and "invalid choice" in err


# --- endpoint detection ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("x.jsonl", None, "batch-jsonl"),
        ("X.JSONL", b"{}", "batch-jsonl"),
        ("x.json", b'{"requests": []}', "batch"),
        ("x.json", b'{"prompt": "\\n\\nHuman: hi", "model": "m"}', "complete"),
        ("x.json", b'{"model": "m", "messages": []}', "messages"),
        ("x.json", b"[1]", "messages"),
        ("x.json", b"{broken", "messages"),
        ("-", b'{"custom_id": "a", "params": {}}\n{"custom_id": "b", "params": {}}', "batch-jsonl"),
        ("-", b'{"model": "m"}\n{"model": "n"}', "messages"),
    ],
)
def test_detect_endpoint(name: str, data: bytes | None, expected: str) -> None:
    assert detect_endpoint(name, data) == expected


def test_endpoint_reaches_the_engine(
    tree: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, frozenset[str], str]] = []

    def record(ctx: engine.Context, body: Any) -> None:
        seen.append((ctx.endpoint, ctx.betas, ctx.api_version))

    monkeypatch.setattr(engine, "_run", record)
    (tree / "batch.json").write_bytes(b'{"requests": []}')
    (tree / "old.json").write_bytes(b'{"prompt": "x"}')
    lint_main(["batch.json", "old.json", "good.json", "--beta", "b1", "--beta", "b2"], capsys)
    new = "2026-10-21"
    assert seen == [
        ("batch", frozenset({"b1", "b2"}), new),
        ("complete", frozenset({"b1", "b2"}), new),
        ("messages", frozenset({"b1", "b2"}), new),
    ]
    seen.clear()
    lint_main(["good.json", "--api-version", "2023-06-01"], capsys)
    assert seen == [("messages", frozenset(), "2023-06-01")]
    seen.clear()
    lint_main(["batch.json", "--endpoint", "count_tokens"], capsys)
    assert seen == [("count_tokens", frozenset(), new)]


# --- rules: explain, select, ignore, statistics, config ----------------------------------------


def test_explain(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = lint_main(["--explain", "e003"], capsys)
    assert code == 0
    assert out.startswith("# invalid-json (E003)")
    assert "## Why is this bad?" in out
    code, _, err = lint_main(["--explain", "Q123"], capsys)
    assert code == 2 and "Q123" in err


def test_select_and_ignore_prefixes(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["bad.json", "sub/bom.json", "--format", "json"]

    def codes(*extra: str) -> list[str]:
        return [d["code"] for d in json.loads(lint_main([*args, *extra], capsys)[1])]

    assert codes() == ["E003", "W001"]
    assert codes("--select", "W") == ["W001"]
    assert codes("--select", "E,W", "--ignore", "E0") == ["W001"]
    assert codes("--ignore", "E", "--select", "E003") == ["E003"]
    assert codes("--ignore", "W001,E003") == []
    assert lint_main([*args, "--ignore", "E"], capsys)[0] == 0  # ignored errors do not fail
    code, _, err = lint_main([*args, "--select", "Q1"], capsys)
    assert code == 2 and "Q1" in err


def test_statistics(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "bad2.json").write_bytes(b"{")
    code, out, _ = lint_main(["bad.json", "bad2.json", "sub/bom.json", "--statistics"], capsys)
    assert code == 1
    assert out.splitlines() == ["2\tE003\tinvalid-json", "1\tW001\tutf8-bom"]


def test_pyproject_settings(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "pyproject.toml").write_text(
        "[tool.msglint]\nformat = 'github'\nignore = ['W']\nbetas = ['b9']\n"
    )
    code, out, _ = lint_main(["bad.json", "sub/bom.json"], capsys)
    assert code == 1
    assert out.splitlines() == [
        "::error file=bad.json,line=2,col=18,title=E003::Invalid JSON: "
        "object keys must be strings%0AHint: Remove the extra comma."
    ]
    # The command line overrides the file; --isolated ignores it.
    code, out, _ = lint_main(["sub/bom.json", "--format", "json"], capsys)
    assert json.loads(out) == []
    code, out, _ = lint_main(["sub/bom.json", "--isolated"], capsys)
    assert out.startswith("sub/bom.json:1:1: W001")
    (tree / "pyproject.toml").write_text("[tool.msglint]\nformatt = 'json'\n")
    code, _, err = lint_main(["good.json"], capsys)
    assert code == 2 and "formatt" in err


# --- JSONL streaming -----------------------------------------------------------------------------


def lines_of(data: bytes, chunk: int, max_line: int = 1 << 20) -> list[Line]:
    return list(iter_lines(io.BytesIO(data), chunk_bytes=chunk, max_line=max_line))


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 64])
def test_iter_lines_across_chunk_boundaries(chunk: int) -> None:
    data = b'{"a": 1}\r\n\n   \n{"b": [2]}\n{"c": 3}'
    assert lines_of(data, chunk) == [
        Line(1, b'{"a": 1}', 9),
        Line(4, b'{"b": [2]}', 10),
        Line(5, b'{"c": 3}', 8),
    ]


@pytest.mark.parametrize("chunk", [1, 4, 100])
def test_iter_lines_drops_overlong_lines(chunk: int) -> None:
    data = b"short\n" + b"x" * 50 + b"\nok\n" + b"y" * 30
    assert lines_of(data, chunk, max_line=20) == [
        Line(1, b"short", 5),
        Line(2, None, 50),
        Line(3, b"ok", 2),
        Line(4, None, 30),
    ]


@pytest.mark.usefixtures("no_engine")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_overlong_line_is_reported(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    jobs: str,
) -> None:
    import msglint._files as files

    monkeypatch.setattr(files, "MAX_LINE_BYTES", 64)
    monkeypatch.setattr(files, "MIN_RANGE_BYTES", 16)  # several ranges, even for this file
    monkeypatch.setattr(files, "MAX_RANGE_BYTES", 16)
    path = tmp_path / "big.jsonl"
    path.write_bytes(b'{"custom_id": "a"}\n{"x": "' + b"z" * 100 + b'"}\n')
    code, out, _ = lint_main([str(path), "--jobs", jobs], capsys)
    assert code == 1
    assert out.startswith(f"{path}:2:1: E006 The line is 109 bytes long")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.binary(max_size=40).filter(lambda b: b"\n" not in b), max_size=8),
    st.integers(min_value=1, max_value=50),
)
def test_iter_lines_matches_splitlines(pieces: list[bytes], chunk: int) -> None:
    data = b"\n".join(pieces)
    expected = [
        (i + 1, p.removesuffix(b"\r"))
        for i, p in enumerate(pieces)
        if p.removesuffix(b"\r").strip(b" \t\r")
    ]
    assert [(line.number, line.data) for line in lines_of(data, chunk)] == expected


def _jsonl_with_problems(count: int) -> bytes:
    rows = []
    for i in range(count):
        kind = i % 7
        if kind == 0:
            rows.append(b"[1, 2]")
        elif kind == 1:
            rows.append(b'{"custom_id": "r%d",' % i)
        elif kind == 2:
            rows.append(b'{"custom_id": "caf\xe9"}')
        elif kind == 3:
            rows.append(b"")
        else:
            rows.append(b'{"custom_id": "r%d", "params": {"model": "m"}}' % i)
    return b"\n".join(rows) + b"\n"


@pytest.mark.usefixtures("no_engine")
def test_jobs_give_the_same_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import msglint._files as files

    monkeypatch.setattr(files, "MIN_RANGE_BYTES", 512)  # many ranges, so the order is tested
    monkeypatch.setattr(files, "MAX_RANGE_BYTES", 512)
    path = tmp_path / "batch.jsonl"
    path.write_bytes(_jsonl_with_problems(700))
    args = [str(path), "--format", "json", "--select", "E0,W0"]
    one = lint_main([*args, "--jobs", "1"], capsys)
    two = lint_main([*args, "--jobs", "2"], capsys)
    assert one == two
    found = json.loads(one[1])
    assert len(found) == 300
    assert [d["line"] for d in found] == sorted(d["line"] for d in found)


@pytest.mark.usefixtures("no_engine")
def test_progress_bar_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    path = tmp_path / "batch.jsonl"
    path.write_bytes(_jsonl_with_problems(200))
    err = Tty()
    monkeypatch.setattr(cli, "PROGRESS_MIN_BYTES", 100)
    monkeypatch.setattr(sys, "stderr", err)
    cli.main([str(path)])
    assert "[" + "#" * cli.Progress.WIDTH + "] 100%" in err.getvalue()
    assert err.getvalue().endswith("\r\x1b[K")
    plain = io.StringIO()
    monkeypatch.setattr(sys, "stderr", plain)  # not a terminal: no bar
    cli.main([str(path)])
    assert plain.getvalue() == ""


MEMORY_SCRIPT = textwrap.dedent(
    """
    import resource, sys
    from msglint.cli import main
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    code = main([sys.argv[1], "--format", "json", "--select", "E0,W0", "--jobs", sys.argv[2]])
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest worker
    sys.stderr.write(f"{code} {before} {after} {worker}\\n")
    """
)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_memory_is_bounded(tmp_path: Path, jobs: str) -> None:
    path = tmp_path / "big.jsonl"
    line = msgspec.json.encode(
        {
            "custom_id": "x",
            "params": {
                "model": "m",
                "max_tokens": 5,
                "messages": [{"role": "user", "content": "y" * 900}],
            },
        }
    )
    with open(path, "wb") as out:
        block = (line + b"\n") * 1000
        for _ in range(50 * 1024 * 1024 // len(block) + 1):
            out.write(block)
        out.write(b"[1]\n")
    size = path.stat().st_size
    assert size > 50 * 1024 * 1024
    done = subprocess.run(
        [sys.executable, "-c", MEMORY_SCRIPT, str(path), jobs],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    code, before, after, worker = (int(x) for x in done.stderr.split())
    assert code == 1  # the last line
    assert json.loads(done.stdout)[0]["code"] == "E005"
    growth = (after - before) * 1024  # ru_maxrss is in KiB on Linux
    assert growth < size / 5, f"peak RSS grew {growth / 1e6:.1f} MB for a {size / 1e6:.0f} MB file"
    # A worker starts as a copy of the main process (forked) or a fresh interpreter.
    worker_growth = (worker - after) * 1024
    assert worker_growth < size / 5, f"a worker's RSS went {worker_growth / 1e6:.1f} MB past the main's"


# --- as a program --------------------------------------------------------------------------------


def test_python_dash_m(tree: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "msglint", "bad.json", "good.json", *DOCUMENT_RULES],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout.startswith("bad.json:2:18: E003 ")
    done = subprocess.run(
        [sys.executable, "-m", "msglint", "good.json", *DOCUMENT_RULES],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert (done.returncode, done.stdout) == (0, "All checks passed!\n")
    done = subprocess.run(
        [sys.executable, "-m", "msglint", "--explain", "W001"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0 and "utf8-bom" in done.stdout
    piped = subprocess.run(
        [sys.executable, "-m", "msglint", "-", *DOCUMENT_RULES],
        input=b"[1]",
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert piped.returncode == 1 and piped.stdout.startswith(b"-:1:1: E005")


def test_console_script(tree: Path) -> None:
    script = shutil.which("msglint", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("msglint is not installed in this environment")
    done = subprocess.run(
        [script, "bad.json", "--format", "github", *DOCUMENT_RULES],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout.startswith("::error file=bad.json,line=2,col=18,title=E003::")


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    st.binary(max_size=200),
    st.sampled_from(["x.json", "x.jsonl"]),
    st.sampled_from(["text", "json", "sarif", "github"]),
)
def test_cli_never_crashes(tmp_path: Path, data: bytes, name: str, fmt: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    out = io.StringIO()
    real = sys.stdout
    sys.stdout = out
    try:
        code = cli.main([str(path), "--format", fmt])
    finally:
        sys.stdout = real
    assert code in (0, 1)
    assert "msglint failed on this document" not in out.getvalue()  # no E000
    if fmt in ("json", "sarif"):
        json.loads(out.getvalue())


def test_expand_paths_deduplicates(tree: Path) -> None:
    targets, problems = expand_paths(["good.json", "./good.json", "*.json", "-"])
    assert [t.display for t in targets] == ["good.json", "bad.json", "-"]
    assert problems == []


def test_diagnostic_is_picklable() -> None:
    import pickle

    d = Diagnostic(code="E003", severity="error", path="/a", message="m", line=1, column=2)
    assert pickle.loads(pickle.dumps(d)) == d


def test_installs_as_msglint_not_lint(tmp_path: Path) -> None:
    """The lint/ folder is the `msglint` package: no top-level `lint` module is installed that
    could shadow (or be shadowed by) a project's own lint/ folder."""
    probe = (
        "import importlib.util, msglint, msglint.rules, msglint.cli\n"
        "print(importlib.util.find_spec('lint') is None, msglint.check(b'{}') is not None)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True"]


# --- truthful summaries (issue 13) ----------------------------------------------------------------


@pytest.mark.parametrize("arg", ["missing.json", "*.nomatch", "empty"])
def test_nothing_linted_is_never_a_pass(
    tree: Path, capsys: pytest.CaptureFixture[str], arg: str
) -> None:
    (tree / "empty").mkdir()
    (tree / "empty" / "notes.txt").write_text("no payloads here")
    code, out, err = lint_main([arg], capsys)
    assert (code, out) == (2, "Nothing was linted.\n")
    assert arg in err and "All checks passed" not in out + err


def test_a_pass_with_unreadable_paths_says_so(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = lint_main(["missing.json", "good.json"], capsys)
    assert code == 2
    assert out == "No problems found in the 1 file linted; 1 path could not be linted.\n"
    assert "missing.json: no such file or directory" in err


def test_nothing_linted_still_gives_a_machine_readable_document(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = lint_main(["missing.json", "--format", "json"], capsys)
    assert code == 2 and json.loads(out) == []


def test_large_binary_file_is_invalid_utf8_not_deep_nesting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import random

    path = tmp_path / "photo.json"
    path.write_bytes(random.Random(13).randbytes(300_000))  # thousands of '[' and '{' bytes
    code, out, _ = lint_main([str(path)], capsys)
    assert code == 1
    assert out.splitlines()[0].split()[1] == "E001", out


@pytest.mark.usefixtures("no_engine")
def test_settings_come_from_the_pyproject_above_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Like ruff: the pyproject.toml nearest to each linted file, not the working directory's."""
    project = tmp_path / "project"
    (project / "payloads").mkdir(parents=True)
    (project / "pyproject.toml").write_text("[tool.msglint]\nignore = ['W001']\nformat = 'json'\n")
    (project / "payloads" / "bom.json").write_bytes(BOM)
    other = tmp_path / "other"
    other.mkdir()
    (other / "pyproject.toml").write_text("[tool.msglint]\nselect = ['E005']\n")
    (other / "bom.json").write_bytes(BOM)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "pyproject.toml").write_text("[tool.msglint]\nformat = 'github'\n")
    monkeypatch.chdir(elsewhere)
    code, out, _ = lint_main([str(project / "payloads" / "bom.json")], capsys)
    assert (code, json.loads(out)) == (0, [])  # W001 ignored, json format: project's settings
    # Each file gets its own project's rules (the command line still wins over them); run-wide
    # settings come from the files' common folder (tmp_path: none there, so text).
    code, out, _ = lint_main(
        [str(project / "payloads" / "bom.json"), str(other / "bom.json"), "--select", "W"],
        capsys,
    )
    assert out.splitlines()[:-1] == [
        f"{other / 'bom.json'}:1:1: W001 The document starts with a UTF-8 byte-order mark"
    ]
    code, out, _ = lint_main([str(other / "bom.json")], capsys)
    assert out == "All checks passed!\n"  # other/ selects only E005


def test_tomli_is_declared_for_python_3_10() -> None:
    project = msgspec.toml.decode((Path(__file__).parents[2] / "pyproject.toml").read_bytes())
    declared = [d.replace(" ", "") for d in project["project"]["dependencies"]]
    assert any(d.startswith("tomli") and 'python_version<"3.11"' in d for d in declared), declared


def test_response_body_is_one_diagnostic(capsys: pytest.CaptureFixture[str]) -> None:
    examples = Path(__file__).parents[2] / "examples" / "responses"
    code, out, _ = lint_main([str(examples / "message.json")], capsys)
    assert code == 1
    assert out.splitlines()[0].endswith(
        "E008 This is a response (type: message), not a request body; it was not checked further"
    )
    assert out.splitlines()[-1] == "Found 1 error."
    code, out, _ = lint_main([str(examples / "batch_results.jsonl"), "--format", "json"], capsys)
    found = json.loads(out)
    assert {d["code"] for d in found} == {"E008"}
    assert len(found) == len((examples / "batch_results.jsonl").read_bytes().splitlines())


# --- bounds: input size, workers, Ctrl-C (issue 9) ------------------------------------------------


def test_input_is_read_up_to_a_named_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import msglint._files as files

    assert files.MAX_INPUT_BYTES == 256 * 1024 * 1024  # the API's largest body, a batch
    monkeypatch.setattr(files, "MAX_INPUT_BYTES", 1000)
    big = tmp_path / "big.json"
    big.write_bytes(b'{"model": "' + b"m" * 2000 + b'"}')
    code, out, _ = lint_main([str(big), "--format", "json"], capsys)
    assert code == 1
    assert [(d["code"], d["line"]) for d in json.loads(out)] == [("E262", 1)]
    assert "larger than 1,000 bytes" in json.loads(out)[0]["message"]
    # A JSONL stream is checked up to the limit, then reported where reading stopped.
    lines = tmp_path / "big.jsonl"
    lines.write_bytes(b"[1]\n" * 400)
    code, out, _ = lint_main([str(lines), "--format", "json"], capsys)
    found = json.loads(out)
    assert [d["code"] for d in found] == ["E005"] * 250 + ["E262"]
    assert found[-1]["line"] == 251 and "reading stopped on line 251" in found[-1]["message"]


def test_dev_zero_is_a_diagnostic_not_a_memory_error() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "msglint", "/dev/zero", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert [d["code"] for d in json.loads(done.stdout)] == ["E262"]
    assert "Traceback" not in done.stderr


def _group_members(pgid: int) -> list[int]:
    """Processes (still) in process group `pgid`."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(stat.parent.name))
    return members


def _big_jsonl(path: Path, lines: int) -> Path:
    row = json.dumps(
        {"custom_id": "r", "params": {"model": "m", "max_tokens": 5, "messages": [
            {"role": "user", "content": "x" * 200}]}}
    ).encode()
    path.write_bytes(b"".join(row.replace(b'"r"', b'"r%d"' % i) + b"\n" for i in range(lines)))
    return path


def _msglint_in_a_group_of_its_own(*args: str, cwd: Path) -> subprocess.Popen[str]:
    """msglint as a process group leader: its workers are in its group, so they can be found."""
    return subprocess.Popen(
        [sys.executable, "-m", "msglint", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=cwd,
        start_new_session=True,
    )


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_jobs_are_capped_and_no_worker_outlives_the_run(tmp_path: Path) -> None:
    from msglint._files import MAX_JOBS

    (tmp_path / "pyproject.toml").write_text("[tool.msglint]\njobs = 100000\n")
    path = _big_jsonl(tmp_path / "batch.jsonl", 3000)
    process = _msglint_in_a_group_of_its_own(str(path), "--select", "E0,W0", cwd=tmp_path)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    assert f"jobs = 100000 is more than the {MAX_JOBS} CPUs; using {MAX_JOBS}" in err
    assert out == "All checks passed!\n"
    assert _group_members(process.pid) == []


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_ctrl_c_shuts_the_workers_down(tmp_path: Path) -> None:
    import signal
    import time

    path = _big_jsonl(tmp_path / "batch.jsonl", 200_000)
    process = _msglint_in_a_group_of_its_own(str(path), "--jobs", "2", cwd=tmp_path)
    deadline = time.monotonic() + 60
    while len(_group_members(process.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)  # until the workers have started
    assert len(_group_members(process.pid)) >= 2, "no workers started"
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    deadline = time.monotonic() + 10
    while _group_members(process.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _group_members(process.pid) == []


def test_a_closed_output_is_neither_a_file_error_nor_a_traceback(tmp_path: Path) -> None:
    """`msglint big.jsonl | head`: the output closes early; msglint stops quietly."""
    path = _big_jsonl(tmp_path / "batch.jsonl", 20_000)  # a diagnostic on every line
    process = subprocess.Popen(
        [sys.executable, "-m", "msglint", str(path), "--isolated"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline().startswith(str(path))
    process.stdout.close()
    err = process.stderr.read()
    assert process.wait(timeout=120) == 1
    assert "Traceback" not in err and "Broken pipe" not in err, err
