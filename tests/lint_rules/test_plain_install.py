"""A plain ``pip install msgtypes`` (no extras, in a new venv) lints exactly like the dev venv.

The linter once imported python jsonschema lazily without declaring it: installed without the dev
extra it then passed invalid tool schemas and mismatched tool inputs as "All checks passed!". This
builds the package's wheel, installs it into an empty venv the way a user would (its declared
dependencies from the package index, through pip's cache), and compares ``msglint``'s JSON output
there with the dev venv's on every example request and every payload of the rule tests.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import venv
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


def _rule_payloads() -> dict[str, Any]:
    """The payloads of the rule tests (tests/lint_rules/test_rules.py), by name."""
    spec = importlib.util.spec_from_file_location("rule_cases", HERE / "test_rules.py")
    assert spec is not None and spec.loader is not None
    cases = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cases)
    payloads = {f"valid {name}": payload for name, payload, _ in cases.VALID}
    payloads.update({f"invalid {name}": payload for name, payload, _, _ in cases.INVALID})
    return payloads


def _schema_payloads() -> dict[str, Any]:
    """What the first-hour issue found passing without the dev extra, and the hostile schemas."""
    def called(schema: dict[str, Any], tool_input: Any) -> dict[str, Any]:
        return {
            "model": "claude-opus-4-5-20251101",
            "max_tokens": 64,
            "tools": [{"name": "f", "input_schema": schema}],
            "messages": [
                {"role": "user", "content": "go"},
                {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": "f", "input": tool_input}]},
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "ok"}]},
            ],
        }

    obj = {"type": "object"}
    return {
        "type strng": called({"type": "strng"}, {}),
        "minLength -1": called({**obj, "properties": {"q": {"minLength": -1}}}, {}),
        "oneOf object": called({**obj, "oneOf": {}}, {}),
        "output schema": {
            "model": "claude-opus-4-5-20251101", "max_tokens": 64, "messages": [{"role": "user", "content": "x"}],
            "output_format": {"type": "json_schema", "schema": {"type": "objekt"}},
        },
        "input mismatch": called({**obj, "properties": {"q": {"type": "string"}}, "required": ["q"]}, {"q": 7}),
        "redos": called({**obj, "properties": {"q": {"pattern": "(a+)+$"}}}, {"q": "a" * 29 + "!"}),
        "lookaround": called({**obj, "properties": {"q": {"pattern": "^(?=a)"}}}, {"q": "b"}),
        "unique": called({**obj, "properties": {"r": {"uniqueItems": True}}}, {"r": [{"a": i} for i in range(3000)] + [{"a": 1}]}),
    }


def _msglint(python: Path | str, folder: Path) -> list[dict[str, Any]]:
    done = subprocess.run(
        [str(python), "-m", "msglint", "--format", "json", "--isolated", "."],
        cwd=folder, capture_output=True, text=True, check=False, timeout=120,
    )
    assert done.returncode in (0, 1), done.stderr[-3000:]
    found: list[dict[str, Any]] = json.loads(done.stdout)
    return sorted(found, key=lambda d: (d["file"], d["line"] or 0, d["column"] or 0, d["code"], d["path"]))


@pytest.fixture(scope="module")
def plain_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The python of a new venv holding only ``pip install <the wheel of this checkout>``."""
    where = tmp_path_factory.mktemp("plain")
    source, wheels = where / "source", where / "wheels"
    skip = shutil.ignore_patterns("__pycache__", "*.egg-info", "build")
    source.mkdir()
    for part in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / part, source / part)
    for part in ("msgtypes", "lint"):
        shutil.copytree(ROOT / part, source / part, ignore=skip)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    build = subprocess.run(  # in a copy: a wheel build leaves build/ and *.egg-info behind
        [*pip, "wheel", "--no-deps", "-w", str(wheels), str(source)],
        capture_output=True, text=True, check=False,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    (wheel,) = wheels.glob("msgtypes-*.whl")
    venv.create(where / "venv", with_pip=False)
    python = where / "venv" / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    install = subprocess.run(
        [*pip, "--python", str(python), "install", str(wheel)], capture_output=True, text=True, check=False
    )
    if install.returncode != 0 and "No matching distribution" in install.stderr + install.stdout:
        pytest.skip("the package index cannot be reached")  # pragma: no cover
    assert install.returncode == 0, install.stderr[-3000:]
    return python


def test_plain_install_lints_like_the_dev_venv(plain_python: Path, tmp_path: Path) -> None:
    missing = subprocess.run([str(plain_python), "-c", "import jsonschema"], capture_output=True, check=False)
    assert missing.returncode != 0, "python jsonschema came with a plain install: the test proves nothing"
    for path in (ROOT / "examples" / "requests").iterdir():
        shutil.copy(path, tmp_path / path.name)
    payloads = {**_rule_payloads(), **_schema_payloads()}
    for i, (name, payload) in enumerate(payloads.items()):
        slug = "".join(c if c.isalnum() else "-" for c in name)
        (tmp_path / f"{i:03d}-{slug}.json").write_text(json.dumps(payload, indent=1))
    plain = _msglint(plain_python, tmp_path)
    dev = _msglint(sys.executable, tmp_path)
    assert plain == dev
    codes = {(d["file"].split("-", 1)[-1], d["code"]) for d in plain}
    for expected in [("type-strng.json", "E223"), ("minLength--1.json", "E223"), ("oneOf-object.json", "E223"),
                     ("output-schema.json", "E225"), ("input-mismatch.json", "W224"), ("redos.json", "W224"),
                     ("lookaround.json", "W219"), ("unique.json", "W224")]:
        assert expected in codes
