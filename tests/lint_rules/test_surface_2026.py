"""Rules for the 2026 surface (each from a sourced fact in docs/api-facts-2026.md): system turns,
effort levels and thinking types per model, forced tool use, prefill, sampling defaults, fast
mode, tools per model, fallbacks, compaction, task budgets, value-level beta gating, thread
continuations and assistant turns sent back as returned."""

from __future__ import annotations

import json
from typing import Any

import pytest

import msglint

TOOL = {"name": "get_weather", "input_schema": {"type": "object"}}


def req(model: str = "claude-opus-5-5", **fields: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "model": model,
        "max_tokens": 4096,
        "messages": [{"role": "user", "content": "Hello"}],
    }
    payload.update(fields)
    return payload


def turns(*roles_contents: tuple[str, Any], **extra: Any) -> list[dict[str, Any]]:
    out = []
    for role, content in roles_contents:
        turn = {"role": role, "content": content}
        turn.update(extra.get(f"t{len(out)}", {}))
        out.append(turn)
    return out


def found(
    payload: dict[str, Any],
    betas: tuple[str, ...] = (),
    version: str = "2026-10-21",
    endpoint: str = "messages",
) -> list[tuple[str, str, str]]:
    diagnostics = msglint.check(
        json.dumps(payload), betas=betas, api_version=version, endpoint=endpoint
    )
    return [(d.code, d.severity, d.path) for d in diagnostics if d.code not in ("W272",)]


SYSTEM = ("system", "From now on, be brief.")
USER = ("user", "Hi")
ASSISTANT = ("assistant", "Hello!")

# (name, payload, betas, version, expected [(code, severity, path)])
CASES: list[tuple[str, dict[str, Any], tuple[str, ...], str, list[tuple[str, str, str]]]] = [
    # --- system turns: placement (E310), models (E311) ---
    ("system after user", req(messages=turns(USER, SYSTEM)), (), "2026-10-21", []),
    ("system then assistant", req(messages=turns(USER, SYSTEM, ASSISTANT, USER)), (), "2026-10-21",
     []),
    ("system first", req(messages=turns(SYSTEM, ASSISTANT, USER)), (), "2026-10-21",
     [("E310", "error", "/messages/0")]),
    ("system after assistant", req(messages=turns(USER, ASSISTANT, SYSTEM)), (), "2026-10-21",
     [("E310", "error", "/messages/2")]),
    ("system before user", req(messages=turns(USER, SYSTEM, USER)), (), "2026-10-21",
     [("E310", "error", "/messages/1")]),
    ("two system turns count as one", req(messages=turns(USER, SYSTEM, SYSTEM)), (), "2026-10-21",
     []),
    ("system between tool_use and tool_result", req(tools=[TOOL], messages=turns(
        USER,
        ("assistant", [{"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {}}]),
        SYSTEM,
        ("user", [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "sunny"}]),
    )), (), "2026-10-21", [("E211", "error", "/messages/1/content/0"),
                           ("E310", "error", "/messages/2"),
                           ("E210", "error", "/messages/3/content/0/tool_use_id")]),
    ("system after a paused turn", req(messages=turns(
        USER,
        ("assistant", [
            {"type": "server_tool_use", "id": "srvtoolu_1", "name": "web_search",
             "input": {"query": "q"}},
            {"type": "web_search_tool_result", "tool_use_id": "srvtoolu_1", "content": []},
        ]),
        SYSTEM,
    ), tools=[{"type": "web_search_20250305", "name": "web_search"}]), (), "2026-10-21", []),
    ("system on Sonnet 5", req("claude-sonnet-5", messages=turns(USER, SYSTEM)), (), "2026-10-21",
     [("E311", "error", "/messages/1/role")]),
    ("system on Opus 4.7", req("claude-opus-4-7", messages=turns(USER, SYSTEM)), (), "2026-10-21",
     [("E311", "error", "/messages/1/role")]),
    ("system on Sonnet 5.5", req("claude-sonnet-5-5", messages=turns(USER, SYSTEM)), (),
     "2026-10-21", []),
    ("effort-only system turn first", req("claude-opus-5", messages=[
        {"role": "system", "content": [], "output_config": {"effort": "low"}},
        {"role": "user", "content": "Hi"},
    ]), ("mid-conversation-output-config-2026-07-01",), "2026-10-21", []),
    # --- turn fields (E312), tool changes (E313), per-message effort (E315) ---
    ("clear_at on a user turn", req(messages=[{"role": "user", "content": "Hi",
                                               "clear_at": "never"}]),
     ("mid-conversation-system-clear-at-2026-08-21",), "2026-10-21",
     [("E312", "error", "/messages/0/clear_at")]),
    ("turn-scoped with cache_control", req("claude-fable-5-1", messages=[
        {"role": "user", "content": "Hi"},
        {"role": "system", "clear_at": "next_user_message",
         "content": [{"type": "text", "text": "Short.", "cache_control": {"type": "ephemeral"}}]},
    ]), ("mid-conversation-system-clear-at-2026-08-21",), "2026-10-21",
     [("E312", "error", "/messages/1/content/0/cache_control")]),
    ("turn-scoped with output_config", req("claude-fable-5-1", messages=[
        {"role": "user", "content": "Hi"},
        {"role": "system", "clear_at": "next_user_message", "content": "Short.",
         "output_config": {"effort": "low"}},
    ]), ("mid-conversation-system-clear-at-2026-08-21", "mid-conversation-output-config-2026-07-01"),
     "2026-10-21", [("E312", "error", "/messages/1/output_config")]),
    ("clear_at without its header", req("claude-fable-5-1", messages=[
        {"role": "user", "content": "Hi"},
        {"role": "system", "clear_at": "next_user_message", "content": "Short."},
    ]), (), "2026-10-21", [("E280", "error", "/messages/1/clear_at")]),
    ("tool removal in a user turn", req(tools=[TOOL], messages=[
        {"role": "user", "content": [
            {"type": "text", "text": "Hi"},
            {"type": "tool_removal", "tool": {"type": "tool_reference", "name": "get_weather"}},
        ]},
    ]), ("inline-tools-2026-09-15",), "2026-10-21", [("E313", "error", "/messages/0/content/1")]),
    ("tool removal with the older header", req(tools=[TOOL], messages=[
        {"role": "user", "content": "Hi"},
        {"role": "system", "content": [
            {"type": "tool_removal", "tool": {"type": "tool_reference", "name": "get_weather"}}]},
    ]), ("mid-conversation-tool-changes-2026-07-01",), "2026-10-21", []),
    ("tool defined inline needs inline-tools", req(tools=[TOOL], messages=[
        {"role": "user", "content": "Hi"},
        {"role": "system", "content": [{"type": "tool_addition", "tool": {
            "type": "tool_definition", "definition": {"name": "db", "input_schema": {
                "type": "object"}}}}]},
    ]), ("mid-conversation-tool-changes-2026-07-01",), "2026-10-21",
     [("E280", "error", "/messages/1/content/0/tool/type")]),
    ("per-message effort on Fable 5", req("claude-fable-5", messages=[
        {"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"},
        {"role": "system", "content": [], "output_config": {"effort": "low"}},
        {"role": "user", "content": "More"},
    ]), ("mid-conversation-output-config-2026-07-01",), "2026-10-21",
     [("E315", "error", "/messages/2/output_config/effort")]),
    ("per-message effort with between_tools", req(
        "claude-sonnet-5-5", thinking={"type": "between_tools"},
        output_config={"effort": "medium"},
        messages=[{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"},
                  {"role": "system", "content": [], "output_config": {"effort": "low"}},
                  {"role": "user", "content": "More"}]),
     ("mid-conversation-output-config-2026-07-01",), "2026-10-21",
     [("E315", "error", "/messages/2/output_config/effort")]),
    # --- effort levels (E320), thinking types (E321) ---
    ("xhigh on Opus 4.6", req("claude-opus-4-6", output_config={"effort": "xhigh"}), (),
     "2026-10-21", [("E320", "error", "/output_config/effort")]),
    ("max on Opus 4.6", req("claude-opus-4-6", output_config={"effort": "max"}), (), "2026-10-21",
     []),
    ("max on Opus 4.5", req("claude-opus-4-5", output_config={"effort": "max"}), (), "2026-10-21",
     [("E320", "error", "/output_config/effort")]),
    ("disabled on Fable 5", req("claude-fable-5", thinking={"type": "disabled"}), (), "2026-10-21",
     [("E321", "error", "/thinking/type")]),
    ("disabled on Sonnet 5.5", req("claude-sonnet-5-5", thinking={"type": "disabled"}), (),
     "2026-10-21", [("E321", "error", "/thinking/type")]),
    ("disabled on Opus 5 at xhigh", req("claude-opus-5", thinking={"type": "disabled"},
                                        output_config={"effort": "xhigh"}), (), "2026-10-21",
     [("E321", "error", "/thinking/type")]),
    ("between_tools on Sonnet 5", req("claude-sonnet-5", thinking={"type": "between_tools"}), (),
     "2026-10-21", [("E321", "error", "/thinking/type")]),
    ("between_tools at max", req("claude-sonnet-5-5", thinking={"type": "between_tools"},
                                 output_config={"effort": "max"}), (), "2026-10-21",
     [("E321", "error", "/thinking/type")]),
    ("between_tools on Haiku 5.5 is undocumented", req("claude-haiku-5-5",
                                                       thinking={"type": "between_tools"}), (),
     "2026-10-21", [("E321", "warning", "/thinking/type")]),
    # --- forced tool use (E322), prefill (E314), sampling on 2023-06-01 (E323) ---
    ("forced tool on Opus 5.5", req(tools=[TOOL], tool_choice={"type": "tool",
                                                               "name": "get_weather"}), (),
     "2026-10-21", [("E322", "error", "/tool_choice")]),
    ("forced tool on Opus 4.8", req("claude-opus-4-8", tools=[TOOL], tool_choice={"type": "any"}),
     (), "2026-10-21", []),
    ("prefill on Opus 4.8", req("claude-opus-4-8", messages=turns(USER, ("assistant", "1."))), (),
     "2026-10-21", [("E314", "error", "/messages/1")]),
    ("prefill on Haiku 4.5", req("claude-haiku-4-5", messages=turns(USER, ("assistant", "{"))), (),
     "2026-10-21", []),
    ("temperature 0 on Opus 4.8", req("claude-opus-4-8", temperature=0), (), "2023-06-01",
     [("E323", "error", "/temperature")]),
    ("temperature 1 on Opus 4.8", req("claude-opus-4-8", temperature=1), (), "2023-06-01", []),
    ("top_k on Sonnet 5", req("claude-sonnet-5", top_k=5), (), "2023-06-01",
     [("E323", "warning", "/top_k")]),
    ("temperature 0 on Sonnet 4.6", req("claude-sonnet-4-6", temperature=0), (), "2023-06-01", []),
    # --- fast mode (W324, E280), tools per model (E325, E326), compaction (E327) ---
    ("fast on Opus 5.5", req(speed="fast"), (), "2026-10-21", []),
    ("fast on Opus 4.8 without header", req("claude-opus-4-8", speed="fast"), (), "2026-10-21",
     [("E280", "error", "/speed")]),
    ("fast on Sonnet 5.5", req("claude-sonnet-5-5", speed="fast"), (), "2026-10-21",
     [("W324", "warning", "/speed")]),
    ("computer_20251124 on Sonnet 5.5", req("claude-sonnet-5-5", tools=[{
        "type": "computer_20251124", "name": "computer", "display_width_px": 1280,
        "display_height_px": 800}]), ("computer-use-2025-11-24",), "2026-10-21",
     [("E325", "error", "/tools/0/type")]),
    ("Opus 4.8 advising Sonnet 5.5", req("claude-sonnet-5-5", tools=[{
        "type": "advisor_20260301", "name": "advisor", "model": "claude-opus-4-8"}]),
     ("advisor-tool-2026-03-01",), "2026-10-21", [("E326", "error", "/tools/0/model")]),
    ("compaction on Opus 4.5", req("claude-opus-4-5", context_management={
        "edits": [{"type": "compact_20260112"}]}), ("compact-2026-01-12",), "2026-10-21",
     [("E327", "error", "/context_management/edits/0/type")]),
    # --- fallbacks (E330, E331, E280), trigger (E332), task budget (E333), binding (W334) ---
    ("four fallbacks", req("claude-fable-5", fallbacks=[
        {"model": "claude-opus-4-8"}, {"model": "claude-opus-5"}, {"model": "claude-sonnet-5"},
        {"model": "claude-opus-4-7"}]), ("server-side-fallback-2026-07-01",), "2026-10-21",
     [("E330", "error", "/fallbacks")]),
    ("fallback repeats an alias of the model", req("claude-opus-4-5-20251101", fallbacks=[
        {"model": "claude-opus-4-5"}]), ("server-side-fallback-2026-07-01",), "2026-10-21",
     [("E330", "error", "/fallbacks/0/model")]),
    ("default fallbacks with the list-only header", req("claude-fable-5", fallbacks="default"),
     ("server-side-fallback-2026-06-01",), "2026-10-21", [("E280", "error", "/fallbacks")]),
    ("fallback model rejects the effort", req("claude-fable-5", output_config={"effort": "xhigh"},
                                              fallbacks=[{"model": "claude-opus-4-6"}]),
     ("server-side-fallback-2026-07-01",), "2026-10-21",
     [("E320", "error", "/output_config/effort")]),
    ("fallback overrides its effort", req("claude-fable-5", output_config={"effort": "xhigh"},
                                          fallbacks=[{"model": "claude-opus-4-6",
                                                      "output_config": {"effort": "high"}}]),
     ("server-side-fallback-2026-07-01",), "2026-10-21", []),
    ("trigger below 50k", req("claude-opus-5", context_management={"edits": [
        {"type": "compact_20260112", "trigger": {"type": "input_tokens", "value": 10000}}]}),
     ("compact-2026-01-12",), "2026-10-21",
     [("E332", "error", "/context_management/edits/0/trigger/value")]),
    ("clear edit needs the context-management header", req("claude-opus-5", context_management={
        "edits": [{"type": "clear_thinking_20251015"}]}), ("compact-2026-01-12",), "2026-10-21",
     [("E280", "error", "/context_management/edits/0/type")]),
    ("task budget below 20k", req("claude-opus-4-7", output_config={
        "task_budget": {"type": "tokens", "total": 5000}}), ("task-budgets-2026-03-13",),
     "2026-10-21", [("E333", "error", "/output_config/task_budget/total")]),
    ("block binding with budget thinking", req("claude-sonnet-4-6", max_tokens=8000, thinking={
        "type": "enabled", "budget_tokens": 2048,
        "block_binding": {"prefix_mismatch_behavior": "drop_block"}}),
     ("thinking-binding-controls-2026-08-01",), "2026-10-21",
     [("E277", "warning", "/thinking/type"), ("W334", "warning", "/thinking/block_binding")]),
    ("display updates without its header", req(thinking={"type": "adaptive",
                                                         "display": "updates"}), (), "2026-10-21",
     [("E280", "error", "/thinking/display")]),
    ("compaction on demand needs 2026-09-04", req("claude-sonnet-5-5",
                                                  compaction={"type": "summarize"}),
     ("compact-2026-01-12",), "2026-10-21", [("E280", "error", "/compaction")]),
    # --- sent back as returned ---
    ("a block newer than msglint in an assistant turn", req(messages=turns(
        USER, ("assistant", [{"type": "connector_text", "text": "narration"},
                             {"type": "text", "text": "ok"}]), USER)), (), "2026-10-21",
     [("E104", "warning", "/messages/1/content/0/type")]),
    ("the same block in a user turn", req(messages=turns(
        ("user", [{"type": "connector_text", "text": "narration"}]),)), (), "2026-10-21",
     [("E104", "error", "/messages/0/content/0/type")]),
    ("a compaction block echoed without its header", req("claude-opus-5", messages=turns(
        USER, ("assistant", [{"type": "compaction", "content": "Summary"},
                             {"type": "text", "text": "ok"}]), USER)), (), "2026-10-21",
     [("E280", "warning", "/messages/1/content/0/type")]),
    ("a thread continuation answers a held tool call", req(
        "claude-sonnet-5-5", thread={"type": "continue", "previous_message_id": "msg_1"},
        messages=[{"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "toolu_held", "content": "ok"}]}]),
     ("message-threads-2026-08-12",), "2026-10-21", []),
]


@pytest.mark.parametrize(
    ("name", "payload", "betas", "version", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_surface_rules(
    name: str,
    payload: dict[str, Any],
    betas: tuple[str, ...],
    version: str,
    expected: list[tuple[str, str, str]],
) -> None:
    assert found(payload, betas, version) == expected


def test_fallbacks_are_not_for_batches() -> None:
    batch = {"requests": [{"custom_id": "a", "params": req("claude-fable-5",
                                                           fallbacks="default")}]}
    assert found(batch, ("server-side-fallback-2026-07-01",), endpoint="batch") == [
        ("E331", "error", "/requests/0/params/fallbacks")
    ]


def test_unknown_models_get_no_capability_errors() -> None:
    """A model newer than the data: nothing is assumed about it."""
    payload = req("claude-future-9", thinking={"type": "disabled"},
                  output_config={"effort": "xhigh"}, tool_choice={"type": "any"}, tools=[TOOL],
                  messages=turns(USER, SYSTEM))
    assert [code for code, severity, _ in found(payload) if severity == "error"] == []


def test_claude_code_beta_values_are_known() -> None:
    """Values a widely used client sends on every request are no W281."""
    betas = ("claude-code-20250219", "oauth-2025-04-20", "prompt-caching-scope-2026-01-05",
             "inline-tools-2026-09-15")
    assert found(req(), betas) == []
    assert found(req(), ("afk-mode-2026-01-31",)) == [("W281", "warning", "")]


def test_every_gated_field_is_a_request_feature_the_engine_tracks() -> None:
    """check_field_betas, check_options and check_capabilities run only for requests with the
    "extras", "thinking" or "tools" feature: every field they read must raise one of them, or
    a plain request using only that field would skip them."""
    from msglint._view import _FEATURE_FIELDS
    from msgtypes.betas import FIELD_BETAS, VALUE_BETAS

    tracked = {name for name, _ in _FEATURE_FIELDS}
    read = {field.split(".")[0].removesuffix("[]") for field in [*FIELD_BETAS, *VALUE_BETAS]}
    read |= {"fallbacks", "speed", "output_config", "context_management", "thinking",
             "tool_choice", "tools"}
    assert read <= tracked, read - tracked
    for field, value in (("fallbacks", "default"), ("thread", {"type": "create"}),
                         ("speed", "fast"), ("compaction", {"type": "summarize"})):
        codes = [code for code, _, _ in found(req("claude-sonnet-5-5", **{field: value}))]
        assert codes and set(codes) <= {"E280", "W324"}, (field, codes)
