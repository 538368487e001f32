"""Version-aware lint: `check(api_version=...)`, the version rules (E300-W302) read from the
versions table, and the flag each version diagnostic names."""

from __future__ import annotations

import json
from typing import Any

import pytest

import msglint
import msgtypes
from msglint.rules.versions import places
from msgtypes import versions

MODEL = "claude-sonnet-4-6"
CITATION = {
    "type": "char_location",
    "cited_text": "x",
    "document_index": 0,
    "document_title": None,
    "start_char_index": 0,
    "end_char_index": 1,
}


def body(**fields: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "model": MODEL,
        "max_tokens": 1024,
        "messages": [{"role": "user", "content": "Hello"}],
    }
    payload.update(fields)
    return payload


def codes(payload: dict[str, Any], version: str | None = None, **kw: Any) -> list[tuple[str, str]]:
    found = msglint.check(json.dumps(payload), api_version=version, **kw)
    return [(d.code, d.path) for d in found]


@pytest.mark.parametrize("field", ["temperature", "top_p", "top_k"])
def test_sampling_parameters_are_removed_on_the_new_version(field: str) -> None:
    payload = body(**{field: 1})
    assert codes(payload, "2023-06-01") == []
    [d] = msglint.check(json.dumps(payload), api_version="2026-10-21")
    assert (d.code, d.path, d.severity) == ("E300", f"/{field}", "error")
    assert d.message == (
        f"{field} is not accepted on API version 2026-10-21 "
        "(--api-version 2023-06-01 to lint for the older version)"
    )
    assert d.hint is not None and d.hint.startswith(f"remove {field};")


def test_the_default_version_is_what_the_current_sdks_send() -> None:
    assert msglint.DEFAULT_API_VERSION == versions.DEFAULT_API_VERSION == "2026-10-21"
    assert codes(body(temperature=0.5)) == [("E300", "/temperature")]


def test_an_unknown_version_is_a_usage_error() -> None:
    with pytest.raises(ValueError, match="2024-01-01"):
        msglint.check("{}", api_version="2024-01-01")


def test_document_in_an_assistant_turn_is_rejected_only_directly() -> None:
    document = {"type": "document", "source": {"type": "text", "media_type": "text/plain",
                                               "data": "notes"}}
    direct = body(messages=[
        {"role": "user", "content": "Summarise"},
        {"role": "assistant", "content": [document]},
        {"role": "user", "content": "Thanks"},
    ])
    assert codes(direct, "2023-06-01") == []
    assert codes(direct, "2026-10-21") == [("E301", "/messages/1/content/0")]
    in_user_turn = body(messages=[{"role": "user", "content": [document, {"type": "text",
                                                                         "text": "Summarise"}]}])
    assert codes(in_user_turn, "2026-10-21") == []


def test_citations_on_user_text_are_rejected_but_not_on_assistant_text() -> None:
    cited = {"type": "text", "text": "as quoted", "citations": [CITATION]}
    payload = body(messages=[
        {"role": "user", "content": [cited]},
        {"role": "assistant", "content": [cited]},
        {"role": "user", "content": [{"type": "text", "text": "ok", "citations": []}]},
    ])
    assert codes(payload, "2023-06-01") == []
    assert codes(payload, "2026-10-21") == [("E301", "/messages/0/content/0/citations")]


def test_citations_inside_search_results_of_user_turns_are_rejected() -> None:
    result = {
        "type": "search_result",
        "source": "https://example.com",
        "title": "Example",
        "citations": {"enabled": True},
        "content": [{"type": "text", "text": "found", "citations": [CITATION]}],
    }
    payload = body(messages=[{"role": "user", "content": [result]}])
    assert codes(payload, "2026-10-21") == [
        ("E301", "/messages/0/content/0/content/0/citations")
    ]
    result["content"] = [{"type": "text", "text": "found"}]  # citations enabled only: fine
    assert codes(payload, "2026-10-21") == []


def test_output_format_is_deprecated_on_the_new_version() -> None:
    payload = body(output_format={"type": "json_schema", "schema": {"type": "object"}})
    assert codes(payload, "2023-06-01", betas=["structured-outputs-2025-11-13"]) == []
    [d] = msglint.check(json.dumps(payload), api_version="2026-10-21")
    assert (d.code, d.severity) == ("W302", "warning")
    assert "output_config" in (d.hint or "")


def test_batch_requests_are_linted_for_the_version() -> None:
    batch = {"requests": [{"custom_id": "a", "params": body(top_k=5)}]}
    assert codes(batch, "2026-10-21", endpoint="batch") == [("E300", "/requests/0/params/top_k")]
    line = json.dumps({"custom_id": "a", "params": body(top_k=5)})
    other = line.replace('"a"', '"b"')
    found = msglint.check(f"{line}\n{other}\n", endpoint="batch-jsonl", api_version="2026-10-21")
    assert [(d.code, d.path, d.line) for d in found] == [
        ("E300", "/params/top_k", 1),
        ("E300", "/params/top_k", 2),
    ]
    assert msglint.check(f"{line}\n", endpoint="batch-jsonl", api_version="2023-06-01") == []


def test_one_problem_is_reported_once_on_the_new_version() -> None:
    """temperature with thinking, temperature with top_p: on 2026-10-21 the fields are gone,
    so only E300 speaks (the 2023-06-01 rules E231/E274 would repeat it)."""
    payload = body(
        model="claude-sonnet-4-5",
        max_tokens=4096,
        temperature=0.3,
        top_p=0.9,
        thinking={"type": "enabled", "budget_tokens": 2048},
    )
    old = {code for code, _ in codes(payload, "2023-06-01")}
    assert {"E231", "E274", "W233"} <= old
    new = [c for c in codes(payload, "2026-10-21") if c[0].startswith("E")]
    assert new == [("E300", "/temperature"), ("E300", "/top_p")]


def test_places_reads_the_table_notation() -> None:
    request = msgtypes.decode(json.dumps(body(messages=[
        {"role": "user", "content": [{"type": "text", "text": "a", "citations": [CITATION]}]},
    ])), type=msgtypes.MessageCreateParams)
    found = places(request, "messages[role=user].content[type=text].citations")
    assert [pointer for pointer, _ in found] == ["/messages/0/content/0/citations"]
    assert places(request, "messages[role=assistant].content[type=text].citations") == []
    assert places(request, "temperature") == []
    with pytest.raises(ValueError):
        places(request, "messages[role=user")


def test_search_results_returned_in_tool_results_count_as_user_content() -> None:
    result = {
        "type": "search_result",
        "source": "kb://1",
        "title": "KB",
        "content": [{"type": "text", "text": "found", "citations": [CITATION]}],
    }
    payload = body(
        tools=[{"name": "kb", "input_schema": {"type": "object"}}],
        messages=[
            {"role": "user", "content": "Look it up"},
            {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": "kb",
                                               "input": {}}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1",
                                          "content": [result]}]},
        ],
    )
    assert codes(payload, "2023-06-01") == []
    assert codes(payload, "2026-10-21") == [
        ("E301", "/messages/2/content/0/content/0/content/0/citations")
    ]


def test_every_place_in_the_table_is_well_formed() -> None:
    request = msgtypes.decode(json.dumps(body()), type=msgtypes.MessageCreateParams)
    for change in versions.VERSION_CHANGES:
        assert places(request, change.where) == [], change.where
