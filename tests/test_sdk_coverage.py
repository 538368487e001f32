"""Our generated schemas against every committed SDK snapshot (anthropic 0.75.0 and 2.14.0).

The snapshots (tests/sdk_snapshots/, made by ``make oracle VERSION=...``) hold each SDK's field
paths, enum values, type names, beta values and model ids, stable and beta types together; see
tests/sdk_paths.py for the path model. Every body must cover at least 98% of each snapshot's
paths, and all of 0.75.0's (nothing of the seeds' era may be lost). On failure the missing paths
are listed so the Structs can be fixed. Paths we have and the SDK lacks are only reported: run with
``-rP`` or ``-s`` to see them.
"""

from __future__ import annotations

import pytest
from sdk_paths import Coverage, Snapshot, coverage, enum_gaps, iter_bodies, snapshots

import msgtypes
from msgtypes import _model_registry
from msgtypes.betas import KNOWN_BETAS

THRESHOLD = 0.98
#: SDK versions whose every path must be covered.
COMPLETE = frozenset({"0.75.0"})
EXTRA_SHOWN = 25
#: SDK names that msgtypes has but keeps out of ``__all__`` (they shadow Python builtins).
SHADOWING = frozenset({"PermissionError"})
#: Snapshots committed ahead of the Structs that cover them (their tests are expected to fail).
PENDING: frozenset[str] = frozenset()

def _mark(snap: Snapshot) -> pytest.MarkDecorator:
    return pytest.mark.xfail(snap.version in PENDING, reason="Structs not there yet", strict=False)


SNAPSHOTS = [pytest.param(s, marks=_mark(s), id=s.version) for s in snapshots()]
BODIES = [
    pytest.param((s, b), marks=_mark(s), id=f"{b}@{s.version}") for s, b in iter_bodies(snapshots())
]


def _threshold(snap: Snapshot) -> float:
    return 1.0 if snap.version in COMPLETE else THRESHOLD


def _coverage_or_fail(snap: Snapshot, body: str) -> Coverage:
    try:
        return coverage(snap, body)
    except FileNotFoundError as exc:
        pytest.fail(f"{body}: {exc}", pytrace=False)


def _report_extra(result: Coverage) -> None:
    extra = result.extra
    print(result.summary())
    if extra:
        print(f"  paths in our schema but not in the SDK ({len(extra)}):")
        for path in extra[:EXTRA_SHOWN]:
            print(f"    + {path}")
        if len(extra) > EXTRA_SHOWN:
            print(f"    ... and {len(extra) - EXTRA_SHOWN} more")


def _missing_message(result: Coverage, threshold: float) -> str:
    lines = [f"{result.summary()}; below the {threshold:.0%} threshold. Missing paths:"]
    lines.extend(f"  - {path}" for path in result.missing)
    mismatched = result.tag_mismatches()
    if mismatched:
        lines.append(
            f"{len(mismatched)} of these exist in our schema with another (or no) [type=...] tag; "
            "check that the Struct's `type` field is a Literal / tagged, e.g.:"
        )
        lines.extend(f"  ~ {path}" for path in mismatched[:10])
    return "\n".join(lines)


@pytest.mark.parametrize("item", BODIES)
def test_schema_covers_sdk_paths(item: tuple[Snapshot, str]) -> None:
    snap, body = item
    result = _coverage_or_fail(snap, body)
    _report_extra(result)
    assert result.ratio >= _threshold(snap), _missing_message(result, _threshold(snap))


@pytest.mark.parametrize("snap", SNAPSHOTS)
def test_schemas_cover_sdk_paths_in_total(snap: Snapshot) -> None:
    results = [_coverage_or_fail(snap, body) for body in snap.bodies]
    covered = sum(len(r.covered) for r in results)
    total = sum(len(r.sdk) for r in results)
    for result in results:
        print(result.summary())
    print(f"total: {covered}/{total} ({covered / total:.2%})")
    below = [r.summary() for r in results if r.ratio < _threshold(snap)]
    assert covered / total >= _threshold(snap), (
        f"total coverage {covered}/{total} ({covered / total:.2%}) is below "
        f"{_threshold(snap):.0%}; bodies below the threshold: {below}"
    )


@pytest.mark.parametrize("item", BODIES)
def test_schema_accepts_every_sdk_enum_value(item: tuple[Snapshot, str]) -> None:
    snap, body = item
    gaps = enum_gaps(snap, body)
    assert not gaps, "enum values the SDK has and our schema rejects:\n" + "\n".join(
        f"  {path}: {values}" for path, values in sorted(gaps.items())
    )


@pytest.mark.parametrize("snap", SNAPSHOTS)
def test_sdk_type_names_import_from_msgtypes(snap: Snapshot) -> None:
    missing = [name for name in snap.names if not hasattr(msgtypes, name)]
    assert not missing, f"{len(missing)} SDK names missing from msgtypes: {missing}"
    # A name that would shadow a builtin in `from msgtypes import *` stays out of __all__.
    unlisted = [
        name for name in snap.names if name not in msgtypes.__all__ and name not in SHADOWING
    ]
    assert not unlisted, f"SDK names not in msgtypes.__all__: {unlisted}"


@pytest.mark.parametrize("snap", SNAPSHOTS)
def test_every_sdk_beta_value_is_known(snap: Snapshot) -> None:
    assert set(snap.betas) <= KNOWN_BETAS, sorted(set(snap.betas) - KNOWN_BETAS)


@pytest.mark.parametrize("snap", SNAPSHOTS)
def test_every_sdk_model_id_is_in_the_registry(snap: Snapshot) -> None:
    unknown = [m for m in snap.models if _model_registry.lookup(m) is None]
    assert not unknown, unknown
