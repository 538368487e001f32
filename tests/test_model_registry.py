from __future__ import annotations

import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from msgtypes._model_registry import MODELS, ModelSpec, lookup, status

SEEDS = Path(__file__).parents[2] / "shared" / "seeds"
TODAY = date(2026, 11, 21)

ALL_NAMES = sorted(name for spec in MODELS for name in (spec.id, *spec.aliases))


def seed_model_literal() -> list[str]:
    """The ids listed under the first ``model: ModelParam`` literal of seed 002."""
    (path,) = SEEDS.glob("002_*.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if "UnionMember0 = Literal[\"claude" in line)
    header = re.search(r'Literal\[(.*), (\d+) more\]', lines[start])
    assert header is not None
    expected = len(header.group(1).split(", ")) + int(header.group(2))
    ids: list[str] = []
    for line in lines[start + 1 :]:
        if re.match(r'\s+- `"', line):  # the per-value section that repeats the list
            break
        found = re.match(r"\s+- `(claude-[^`]+)` - ", line)
        if found:
            ids.append(found.group(1))
    assert len(ids) == expected
    return ids


def test_seed_002_literal_has_twenty_ids() -> None:
    assert len(seed_model_literal()) == 20


@pytest.mark.parametrize("model", seed_model_literal())
def test_every_seed_002_model_resolves(model: str) -> None:
    spec = lookup(model)
    assert spec is not None, model
    assert model == spec.id or model in spec.aliases


def test_names_are_unique_across_models() -> None:
    assert len(ALL_NAMES) == len(set(ALL_NAMES))


def test_aliases_never_repeat_the_id() -> None:
    for spec in MODELS:
        assert spec.id not in spec.aliases


@pytest.mark.parametrize("spec", MODELS, ids=lambda s: s.id)
def test_dates_are_ordered(spec: ModelSpec) -> None:
    known = [d for d in (spec.released, spec.deprecated, spec.retired) if d is not None]
    assert known == sorted(known)
    if spec.retired is not None:
        assert spec.deprecated is not None, "a retirement is always announced first"


@pytest.mark.parametrize("spec", MODELS, ids=lambda s: s.id)
def test_limits_are_sane(spec: ModelSpec) -> None:
    assert spec.context_window >= 100_000
    assert spec.source
    if spec.max_output_tokens is not None:
        assert 0 < spec.max_output_tokens <= spec.context_window
        for limit in spec.max_output_tokens_beta.values():
            assert limit > spec.max_output_tokens
        for limit in spec.batch_max_output_tokens_beta.values():
            assert limit > spec.max_output_tokens
    for window in spec.context_window_beta.values():
        assert window > spec.context_window


def test_beta_dicts_are_not_shared_between_models() -> None:
    tables = [s.batch_max_output_tokens_beta for s in MODELS if s.batch_max_output_tokens_beta]
    assert len(tables) > 1
    assert len({id(t) for t in tables}) == len(tables)


def test_unknown_and_near_miss_names() -> None:
    assert lookup("claude-opus-4-5-20250929") is None  # seed 004's wrong id (api-facts §14)
    assert lookup("Claude-Opus-4-5") is None  # exact match only
    assert lookup(" claude-opus-4-5") is None
    assert lookup("") is None


@given(st.text(max_size=40))
def test_lookup_is_exact(name: str) -> None:
    spec = lookup(name)
    assert (spec is not None) == (name in ALL_NAMES)
    if spec is not None:
        assert name in (spec.id, *spec.aliases)


# -- spot checks against api-facts §11 and the docs -------------------------------------------


def test_opus_4_5() -> None:
    spec = lookup("claude-opus-4-5-20251101")
    assert spec is not None and spec is lookup("claude-opus-4-5")
    assert spec.max_output_tokens == 64_000
    assert spec.context_window == 200_000
    assert spec.effort and spec.thinking == "extended"
    assert status(spec, TODAY) == "active"


@pytest.mark.parametrize("model", ["claude-3-5-sonnet-20240620", "claude-3-5-sonnet-20241022"])
def test_sonnet_3_5_retired_2025_10_28(model: str) -> None:
    spec = lookup(model)
    assert spec is not None
    assert spec.retired == date(2025, 10, 28)
    assert spec.max_output_tokens == 8192
    assert status(spec, date(2025, 10, 27)) == "deprecated"
    assert status(spec, date(2025, 10, 28)) == "retired"


def test_opus_3_retired_2026_01_05() -> None:
    spec = lookup("claude-3-opus-latest")
    assert spec is not None and spec.id == "claude-3-opus-20240229"
    assert spec.deprecated == date(2025, 6, 30)
    assert spec.retired == date(2026, 1, 5)
    assert spec.max_output_tokens == 4096


def test_sonnet_3_7_output_beta_and_dates() -> None:
    spec = lookup("claude-3-7-sonnet-latest")
    assert spec is not None
    assert spec.max_output_tokens == 64_000
    assert spec.max_output_tokens_beta == {"output-128k-2025-02-19": 128_000}
    assert (spec.deprecated, spec.retired) == (date(2025, 10, 28), date(2026, 2, 19))


def test_claude_4_aliases_and_limits() -> None:
    opus = lookup("claude-4-opus-20250514")
    sonnet = lookup("claude-sonnet-4-0")
    assert opus is not None and opus.id == "claude-opus-4-20250514"
    assert sonnet is not None and sonnet.id == "claude-sonnet-4-20250514"
    assert opus.max_output_tokens == 32_000
    assert sonnet.max_output_tokens == 64_000
    assert opus.retired == sonnet.retired == date(2026, 6, 15)


def test_haiku_3_5_has_no_thinking() -> None:
    spec = lookup("claude-3-5-haiku-latest")
    assert spec is not None
    assert spec.thinking == "none" and spec.max_output_tokens == 8192


def test_newer_models() -> None:
    fable = lookup("claude-fable-5-1")
    opus = lookup("claude-opus-5-5")
    sonnet46 = lookup("claude-sonnet-4-6")
    assert fable is not None and opus is not None and sonnet46 is not None
    assert fable.thinking == opus.thinking == "adaptive-always"
    assert sonnet46.thinking == "adaptive+extended"
    assert opus.context_window == 1_000_000 and opus.max_output_tokens == 128_000
    assert opus.batch_max_output_tokens_beta == {"output-300k-2026-03-24": 300_000}
    assert opus.released == date(2026, 9, 22)
    assert fable.released == date(2026, 9, 1)


def test_status_on_2026_11_21() -> None:
    def at(model: str) -> str:
        spec = lookup(model)
        assert spec is not None
        return status(spec, TODAY)

    assert at("claude-sonnet-4-5") == "deprecated"  # retires 2026-11-30
    assert at("claude-opus-4-1") == "retired"
    assert at("claude-3-haiku-20240307") == "retired"
    assert at("claude-haiku-4-5") == "active"
    assert at("claude-opus-5-5") == "active"


def test_status_boundaries_are_inclusive() -> None:
    spec = lookup("claude-sonnet-4-5-20250929")
    assert spec is not None
    assert status(spec, date(2026, 9, 29)) == "active"
    assert status(spec, date(2026, 9, 30)) == "deprecated"
    assert status(spec, date(2026, 11, 29)) == "deprecated"
    assert status(spec, date(2026, 11, 30)) == "retired"


def test_status_defaults_to_today() -> None:
    spec = lookup("claude-instant-1.2")
    assert spec is not None
    assert status(spec) == "retired"


ORDER = {"active": 0, "deprecated": 1, "retired": 2}


@given(st.sampled_from(MODELS), st.dates(), st.integers(min_value=0, max_value=5000))
def test_status_never_goes_back(spec: ModelSpec, day: date, later: int) -> None:
    try:
        after = day + timedelta(days=later)
    except OverflowError:
        return
    assert ORDER[status(spec, day)] <= ORDER[status(spec, after)]


def test_import_is_cheap() -> None:
    code = (
        "import sys, msgtypes._model_registry\n"
        "bad = {'httpx', 'jsonschema', 'anthropic'} & set(sys.modules)\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# ------------------------------------------------------------- against the newest SDK snapshot


def _end_of_life(text: str) -> date:
    """``"January 22nd, 2027"`` (the SDK's DEPRECATED_MODELS wording) as a date."""
    match = re.fullmatch(r"(\w+) (\d+)(?:st|nd|rd|th), (\d{4})", text)
    assert match is not None, text
    month = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ].index(match.group(1)) + 1
    return date(int(match.group(3)), month, int(match.group(2)))


def _newest_snapshot() -> Any:
    sys.path.insert(0, str(Path(__file__).parent))
    from sdk_paths import snapshots

    return snapshots()[-1]


def test_end_of_life_parsing() -> None:
    assert _end_of_life("June 30th, 2026") == date(2026, 6, 30)
    assert _end_of_life("January 22nd, 2027") == date(2027, 1, 22)


def test_newest_sdk_deprecations_match_the_registry() -> None:
    snap = _newest_snapshot()
    assert snap.deprecated_models, "the snapshot lists no deprecated models"
    for model, text in snap.deprecated_models.items():
        spec = lookup(model)
        assert spec is not None, model
        assert spec.retired == _end_of_life(text), model
        assert spec.deprecated is not None and spec.deprecated < spec.retired, model


def test_opus_4_5_is_deprecated_and_mythos_preview_retired() -> None:
    opus = lookup("claude-opus-4-5")
    assert opus is not None and status(opus, date(2026, 11, 29)) == "deprecated"
    assert status(opus, date(2027, 1, 22)) == "retired"
    mythos = lookup("claude-mythos-preview")
    assert mythos is not None and status(mythos, date(2026, 11, 29)) == "retired"
