"""The data the linter, client and fake read: API versions (msgtypes.versions) and beta gating
(msgtypes.betas), checked against the newest SDK snapshot's stable/beta split."""

from __future__ import annotations

import re

import pytest
from sdk_paths import Snapshot, snapshots

import msgtypes
from msgtypes import betas, versions


def _newest() -> Snapshot:
    return snapshots()[-1]


# --------------------------------------------------------------------------- versions


def test_versions_are_listed_and_the_default_is_the_current_sdks() -> None:
    assert msgtypes.API_VERSIONS == ("2023-06-01", "2026-10-21")
    assert msgtypes.DEFAULT_API_VERSION == "2026-10-21"
    assert versions.LEGACY_API_VERSION == "2023-06-01"


def test_2026_10_21_removes_sampling_and_rejects_two_content_shapes() -> None:
    found = {(c.kind, c.where) for c in versions.changes("2026-10-21", "messages")}
    assert {
        ("removed", "temperature"),
        ("removed", "top_p"),
        ("removed", "top_k"),
        ("rejected", "messages[role=assistant].content[type=document]"),
        ("rejected", "messages[role=user].content[type=text].citations"),
    } <= found
    assert versions.changes("2023-06-01") == ()


def test_changes_are_per_body_and_between_versions() -> None:
    count = {c.where for c in versions.changes("2026-10-21", "count_tokens")}
    assert "temperature" not in count  # count_tokens never took sampling parameters
    assert "messages[role=assistant].content[type=document]" in count
    assert versions.changes_between("2023-06-01", "2026-10-21") == versions.changes("2026-10-21")
    assert versions.changes_between("2026-10-21", "2026-10-21") == ()


def test_every_change_is_sourced_and_names_a_real_place() -> None:
    fields = set(msgtypes.MessageCreateParams.__struct_fields__)
    for change in versions.VERSION_CHANGES:
        assert change.source and change.fix and change.what
        top = re.split(r"[.\[]", change.where)[0]
        assert top in fields, change.where


def test_removed_fields_are_still_in_the_superset() -> None:
    """The Structs never fork per version: what 2026-10-21 removes, 2023-06-01 still takes."""
    for change in versions.changes("2026-10-21"):
        if change.kind == "removed":
            assert change.where in msgtypes.MessageCreateParams.__struct_fields__


def test_unknown_version_is_an_error() -> None:
    with pytest.raises(ValueError, match="2024-01-01"):
        versions.changes("2024-01-01")


# --------------------------------------------------------------------------- betas


def test_every_header_in_the_tables_is_known() -> None:
    tables = [
        betas.TOOL_TYPE_BETAS,
        betas.TOOL_OPTION_BETAS,
        betas.FIELD_BETAS,
        betas.MESSAGE_FIELD_BETAS,
        betas.BLOCK_TYPE_BETAS,
        betas.SOURCE_TYPE_BETAS,
    ]
    for table in tables:
        for headers in table.values():
            assert headers and set(headers) <= betas.KNOWN_BETAS
    assert set(betas.GA_BETAS) <= betas.KNOWN_BETAS
    assert betas.DEPRECATED_BETAS <= betas.KNOWN_BETAS
    assert "structured-outputs-2025-12-15" in betas.KNOWN_BETAS


def _beta_only(pattern: str) -> set[str]:
    found: set[str] = set()
    for path in _newest().beta_only("message_create_params"):
        match = re.fullmatch(pattern, path)
        if match:
            found.add(match.group(1))
    return found


def test_gated_tool_types_are_exactly_the_beta_only_ones() -> None:
    assert set(betas.TOOL_TYPE_BETAS) == _beta_only(r"tools\[type=([^\]]+)\]\.type")


def test_gated_block_types_are_exactly_the_beta_only_ones() -> None:
    assert set(betas.BLOCK_TYPE_BETAS) == _beta_only(r"messages\[\]\.content\[type=([^\]]+)\]\.type")


def test_gated_fields_are_exactly_the_beta_only_ones() -> None:
    top = {f.split(".")[0] for f in betas.FIELD_BETAS if "." not in f}
    assert top == _beta_only(r"([a-z_]+)")
    for nested in (f for f in betas.FIELD_BETAS if "." in f):
        name, sub = nested.split(".")
        assert _beta_only(rf"{name}(?:\[type=[^\]]+\])?\.({sub})") == {sub}, nested
    assert set(betas.MESSAGE_FIELD_BETAS) == _beta_only(r"messages\[\]\.([a-z_]+)")


def test_ga_features_need_no_header() -> None:
    for tool in ("memory_20250818", "code_execution_20250825", "web_fetch_20250910",
                 "tool_search_tool_bm25_20251119", "web_search_20260318"):
        assert tool not in betas.TOOL_TYPE_BETAS
    for field in ("container", "output_config.effort", "output_format", "cache_control"):
        assert field not in betas.FIELD_BETAS
    assert not betas.TOOL_OPTION_BETAS and not betas.SOURCE_TYPE_BETAS
    assert "container_upload" not in betas.BLOCK_TYPE_BETAS
