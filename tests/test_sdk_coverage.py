"""Our generated schemas must cover at least 98% of the official SDK's field paths, per body.

The SDK (anthropic 0.75.0, stable and beta types together) is the reference; see tests/sdk_paths.py
for the path model. On failure the missing paths are listed so the Structs can be fixed. Paths we
have and the SDK lacks (newer API fields) are only reported: run with ``-rP`` or ``-s`` to see them.
"""

from __future__ import annotations

import pytest
from sdk_paths import BODIES, SCHEMA_DIR, Body, Coverage, coverage

THRESHOLD = 0.98
EXTRA_SHOWN = 25


def _coverage_or_fail(body: Body) -> Coverage:
    try:
        return coverage(body, SCHEMA_DIR)
    except FileNotFoundError as exc:
        pytest.fail(f"{body.name}: {exc}", pytrace=False)


def _report_extra(result: Coverage) -> None:
    extra = result.extra
    print(result.summary())
    if extra:
        print(f"  paths in our schema but not in the SDK ({len(extra)}):")
        for path in extra[:EXTRA_SHOWN]:
            print(f"    + {path}")
        if len(extra) > EXTRA_SHOWN:
            print(f"    ... and {len(extra) - EXTRA_SHOWN} more")


def _missing_message(result: Coverage) -> str:
    lines = [f"{result.summary()}; below the {THRESHOLD:.0%} threshold. Missing paths:"]
    lines.extend(f"  - {path}" for path in result.missing)
    mismatched = result.tag_mismatches()
    if mismatched:
        lines.append(
            f"{len(mismatched)} of these exist in our schema with another (or no) [type=...] tag; "
            "check that the Struct's `type` field is a Literal / tagged, e.g.:"
        )
        lines.extend(f"  ~ {path}" for path in mismatched[:10])
    return "\n".join(lines)


@pytest.mark.parametrize("body", BODIES, ids=lambda body: body.name)
def test_schema_covers_sdk_paths(body: Body) -> None:
    result = _coverage_or_fail(body)
    _report_extra(result)
    assert result.ratio >= THRESHOLD, _missing_message(result)


def test_schemas_cover_sdk_paths_in_total() -> None:
    results = [_coverage_or_fail(body) for body in BODIES]
    covered = sum(len(r.covered) for r in results)
    total = sum(len(r.sdk) for r in results)
    for result in results:
        print(result.summary())
    below = [r.summary() for r in results if r.ratio < THRESHOLD]
    assert covered / total >= THRESHOLD, (
        f"total coverage {covered}/{total} ({covered / total:.2%}) is below {THRESHOLD:.0%}; "
        f"bodies below the threshold: {below}"
    )
