"""The seeds (the API reference this project is built from): every type name they list imports
from msgtypes, and every example they show decodes into our types."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

import msgtypes

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def _seed(prefix: str) -> str:
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    assert matches, f"seed {prefix} not found in {SEEDS} (shared/ must sit beside the project)"
    return matches[0].read_text()


def seed_type_names() -> set[str]:
    names: set[str] = set()
    for block in re.findall(r"from anthropic\.types[\w.]* import \(([^)]*)\)", _seed("000")):
        names |= set(re.findall(r"\w+", block))
    names |= set(re.findall(r"class (\w+)\(", _seed("004")))
    names |= set(re.findall(r"`class (\w+):", _seed("002")))
    return names


def test_seed_lists_are_found() -> None:
    assert len(seed_type_names()) > 150


@pytest.mark.parametrize("name", sorted(seed_type_names()))
def test_seed_type_name_imports(name: str) -> None:
    assert hasattr(msgtypes, name), f"msgtypes.{name} is missing"
    assert name in msgtypes.__all__


# ----------------------------------------------------------------------------- seed 002 JSON


def _json_blocks(text: str) -> list[object]:
    blocks = []
    for raw in re.findall(r"```json\n(.*?)```", text, re.S):
        cleaned = re.sub(r",(\s*[\]}])", r"\1", raw)  # the docs allow a trailing comma
        blocks.append(json.loads(cleaned))
    return blocks


def test_seed_002_json_examples_decode() -> None:
    blocks = _json_blocks(_seed("002"))
    assert len(blocks) >= 8
    kinds = 0
    for block in blocks:
        payload = json.dumps(block)
        if isinstance(block, dict) and "role" in block:
            msgtypes.decode(payload, type=msgtypes.MessageParam)
        elif isinstance(block, list) and block and "role" in block[0]:
            msgtypes.decode(payload, type=list[msgtypes.MessageParam])
        elif isinstance(block, list) and block and "input_schema" in block[0]:
            tools = msgtypes.decode(payload, type=list[msgtypes.ToolUnion])
            assert isinstance(tools[0], msgtypes.Tool)
        elif isinstance(block, list) and block and block[0].get("type") == "tool_use":
            msgtypes.decode(payload, type=list[msgtypes.ContentBlock])
            msgtypes.decode(payload, type=list[msgtypes.ContentBlockParam])
        elif isinstance(block, list) and block and block[0].get("type") == "tool_result":
            msgtypes.decode(payload, type=list[msgtypes.ContentBlockParam])
        else:
            continue
        kinds += 1
    assert kinds == len(blocks)


class _ReplaceNames(ast.NodeTransformer):
    """Variables in the examples (``image_data``, ``pdf_base64_data``) hold base64 text."""

    def visit_Name(self, node: ast.Name) -> ast.AST:
        return ast.copy_location(ast.Constant("aGVsbG8="), node)


def _python_calls(text: str, method: str) -> list[dict[str, object]]:
    """Keyword arguments of every ``client.<...>.<method>(...)`` call in the seed's examples."""
    calls = []
    for match in re.finditer(rf"\.{method}\(\n", text):
        start = match.end() - 2
        depth, end = 0, start
        for end in range(start, len(text)):
            depth += text[end] == "("
            depth -= text[end] == ")"
            if depth == 0:
                break
        call = ast.parse("f" + text[start : end + 1], mode="eval").body
        assert isinstance(call, ast.Call)
        kwargs = {}
        for kw in call.keywords:
            kwargs[kw.arg or ""] = ast.literal_eval(_ReplaceNames().visit(kw.value))
        if kwargs and "..." not in text[start : end + 1]:
            calls.append(kwargs)
    return calls


def test_seed_004_create_examples_decode() -> None:
    calls = _python_calls(_seed("004"), "create")
    assert len(calls) >= 7
    for kwargs in calls:
        params = msgtypes.convert(kwargs, type=msgtypes.MessageCreateParams)
        assert msgtypes.decode(msgtypes.encode(params), type=msgtypes.MessageCreateParams) == params


def test_seed_004_count_tokens_example_decodes() -> None:
    (kwargs,) = _python_calls(_seed("004"), "count_tokens")
    msgtypes.convert(kwargs, type=msgtypes.MessageCountTokensParams)


def test_seed_002_batch_example_decodes() -> None:
    (kwargs,) = _python_calls(_seed("002"), "create")
    batch = msgtypes.convert(kwargs, type=msgtypes.BatchCreateParams)
    assert batch.requests[0].custom_id == "my-custom-id-1"
