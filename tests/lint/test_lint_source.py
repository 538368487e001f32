"""JSON Pointers and decoder errors to line:column (lint/_source.py)."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msglint import _source
from msglint._source import (
    SourceMap,
    decode_error_offset,
    escape_token,
    line_column,
    parent_pointer,
    pointer_tokens,
)

DOC = b"""{
  "model": "claude-sonnet-4-5",
  "messages": [
    {"role": "user", "content": [{"type": "text", "text": "hi"}, {"type": "image"}]},
    {"role": "assistant", "content": "ok"}
  ],
  "a/b": {"m~n": 1, "caf\\u00e9": 2},
  "\xc3\xa9t\xc3\xa9": {"x": [[0, [1, 2]], []]}
}"""


def pos(data: bytes, pointer: str) -> tuple[int, int]:
    return SourceMap(data).position(pointer)


@pytest.mark.parametrize(
    ("pointer", "expected"),
    [
        ("", (1, 1)),
        ("/model", (2, 3)),
        ("/messages", (3, 3)),
        ("/messages/0", (4, 5)),
        ("/messages/0/role", (4, 6)),
        ("/messages/0/content/1", (4, 66)),
        ("/messages/0/content/1/type", (4, 67)),
        ("/messages/1/content", (5, 27)),
        ("/a~1b", (7, 3)),
        ("/a~1b/m~0n", (7, 11)),
        ("/a~1b/café", (7, 21)),
    ],
)
def test_pointer_positions(pointer: str, expected: tuple[int, int]) -> None:
    assert pos(DOC, pointer) == expected


def test_columns_count_characters_not_bytes() -> None:
    # "été" is 3 characters but 5 bytes: the value of "x" starts after it.
    assert pos(DOC, "/été") == (8, 3)
    assert pos(DOC, "/été/x") == (8, 11)  # 13 if counted in bytes
    line = DOC.split(b"\n")[7].decode()
    assert line[11 - 1 :].startswith('"x"')


def test_nested_arrays() -> None:
    assert pos(DOC, "/été/x/0") == (8, 17)
    assert pos(DOC, "/été/x/0/1") == (8, 21)
    assert pos(DOC, "/été/x/0/1/1") == (8, 25)
    assert pos(DOC, "/été/x/1") == (8, 30)


def test_missing_member_points_at_the_enclosing_value() -> None:
    assert pos(DOC, "/messages/0/name") == pos(DOC, "/messages/0")
    assert pos(DOC, "/messages/7/role") == pos(DOC, "/messages")
    assert pos(DOC, "/nothing/here") == (1, 1)
    assert pos(DOC, "/été/x/1/0") == pos(DOC, "/été/x/1")  # an empty array has no element 0


def test_duplicate_keys_use_the_last() -> None:
    data = b'{"a": {"b": 1},\n "a": {"c": 2}}'
    assert pos(data, "/a") == (2, 2)
    assert pos(data, "/a/c") == (2, 8)
    # "/a/b" existed only in the first, discarded, value.
    assert pos(data, "/a/b") == (2, 2)


def test_strings_with_structural_characters_are_skipped() -> None:
    data = b'{"a": "[{\\"x\\": ]}", "b": [",", "]", {"c": 1}]}'
    line, column = pos(data, "/b/2/c")
    assert line == 1
    assert data[column - 1 : column + 2] == b'"c"'


def test_several_pointers_in_one_scan() -> None:
    sm = SourceMap(DOC)
    located = sm.locate(["/model", "/messages/1", "/a~1b/m~0n", "/model/x", "", "/z"])
    assert located == {
        "/model": (2, 3),
        "/messages/1": (5, 5),
        "/a~1b/m~0n": (7, 11),
        "/model/x": (2, 3),
        "": (1, 1),
        "/z": (1, 1),
    }


def test_leading_whitespace_and_scalar_documents() -> None:
    assert pos(b"\n\n   [1, 2]", "/1") == (3, 8)
    assert pos(b"  42", "") == (1, 3)


def test_pointer_helpers() -> None:
    assert escape_token("a/b~c") == "a~1b~0c"
    assert escape_token("plain") == "plain"
    assert pointer_tokens("/a~1b/~0/0/") == ["a/b", "~", "0", ""]
    assert pointer_tokens("") == []
    assert parent_pointer("/a/b") == "/a"
    assert parent_pointer("/a") == ""
    assert parent_pointer("") == ""


def test_line_column() -> None:
    data = "ab\nçd\n€x".encode()
    assert line_column(data, 0) == (1, 1)
    assert line_column(data, 3) == (2, 1)
    assert line_column(data, data.index(b"d")) == (2, 2)
    assert line_column(data, data.index(b"x")) == (3, 2)
    assert line_column(data, 10_000) == (3, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (b'{"a": 1,}', (1, 9)),  # "trailing comma in object (byte 8)" names the '}'
        (b"[1 2]", (1, 4)),
        (b"[1]]", (1, 4)),  # "trailing characters": msgspec names the byte after
        (b'{\n  "a": [1,\n', (2, 11)),  # truncated: just after the last non-blank byte
    ],
)
def test_decode_error_offsets(text: bytes, expected: tuple[int, int]) -> None:
    with pytest.raises(msgspec.DecodeError) as info:
        msgspec.json.decode(text)
    assert line_column(text, decode_error_offset(text, str(info.value))) == expected


# --- property: every pointer of a document is found where its text is ------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(alphabet='ab/~é"\\\n', max_size=4), inner, max_size=4)
    ),
    max_leaves=25,
)


def _walk(value: Any, pointer: str = "") -> list[tuple[str, Any, str | None]]:
    """(pointer, value, key) for every node, iteratively."""
    out: list[tuple[str, Any, str | None]] = []
    stack: list[tuple[str, Any, str | None]] = [(pointer, value, None)]
    while stack:
        p, v, key = stack.pop()
        out.append((p, v, key))
        if isinstance(v, dict):
            stack.extend((f"{p}/{escape_token(k)}", item, k) for k, item in v.items())
        elif isinstance(v, list):
            stack.extend((f"{p}/{i}", item, None) for i, item in enumerate(v))
    return out


@settings(max_examples=150, deadline=None)
@given(json_values, st.sampled_from([0, 2]))
def test_every_pointer_is_located_at_its_text(value: Any, indent: int) -> None:
    _assert_located(value, indent)


@settings(max_examples=100, deadline=None)
@given(
    st.dictionaries(st.text(alphabet='ab"\\', max_size=3), json_values, max_size=5),
    st.integers(0, 5),
    st.sampled_from([0, 2]),
)
def test_every_pointer_of_a_large_object_is_located_at_its_text(
    members: dict[str, Any], pad_at: int, indent: int
) -> None:
    # A large object (past 4 KB) is also read from its end (SourceMap._from_end).
    items = list(members.items())
    items.insert(min(pad_at, len(items)), ("pad", "x" * 5000))
    _assert_located(dict(items), indent)


def _assert_located(value: Any, indent: int) -> None:
    data = msgspec.json.format(msgspec.json.encode(value), indent=indent)
    offsets = SourceMap(data).offsets(p for p, _, _ in _walk(value))
    for pointer, node, key in _walk(value):
        at = data[offsets[pointer] :]
        expected = msgspec.json.encode(key) if key is not None else b""
        if key is None:
            assert msgspec.json.decode(msgspec.json.encode(node)) == node
            first = msgspec.json.format(msgspec.json.encode(node), indent=indent)[:1]
            assert at[:1] == first, pointer
        else:
            assert at.startswith(expected), pointer


def test_repeated_keys_with_equal_values_still_use_the_last() -> None:
    data = b'{"a": 1, "b": 2, "a": 1}'
    assert SourceMap(data).offsets(["/a"]) == {"/a": data.rindex(b'"a"')}


def test_pointers_are_found_by_walking_down_not_by_scanning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Only the containers on each pointer's way are read; the token scan (which visits the
    # whole document) is left for documents with repeated keys.
    def no_scan(self: SourceMap, wanted: set[str]) -> dict[str, int]:
        raise AssertionError("scanned the whole document")

    monkeypatch.setattr(SourceMap, "_scan", no_scan)
    minified = msgspec.json.encode({"m": [{"t": ""}] * 1000, "z": 1})
    sm = SourceMap(minified)
    last = minified.rindex(b'{"t"') + 1  # the key of the last element
    assert sm.offsets(["/m/999/t", "/z"]) == {"/m/999/t": last, "/z": minified.index(b'"z"')}
    assert set(sm._members) <= {"", "/m", "/m/999"}  # (a key found by its text reads nothing)


def test_a_repeated_key_spelled_with_other_escapes_is_located_at_its_first_spelling() -> None:
    # Looking for every possible spelling would cost a pass over the text per diagnostic.
    data = b'{"a": 1, "b": 2, "\\u0061": [7]}'
    assert SourceMap(data).offsets(["/a"]) == {"/a": 1}


def test_a_repeat_far_into_a_large_object_is_not_searched_for() -> None:
    # Placing one diagnostic must not cost a pass over a large document: past 4 KB, a key met
    # in the object's first half is located where it is first met...
    data = b'{"a": 1, "a": 2, "pad": "' + b"x" * 5000 + b'"}'
    assert SourceMap(data).offsets(["/a"]) == {"/a": 1}
    small = b'{"a": 1, "pad": "x", "a": 2}'
    assert SourceMap(small).offsets(["/a"]) == {"/a": small.rindex(b'"a"')}
    # ...and one first met past them and standing in the second half is found from the end:
    # its last spelling.
    pad = b'"' + b"x" * 5000 + b'"'
    data = b'{"p": ' + pad + b', "a": 1, "q": ' + pad + b', "a": 2}'
    assert SourceMap(data).offsets(["/a"]) == {"/a": data.rindex(b'"a"')}


def test_a_member_late_in_a_large_object_is_found_from_the_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A request whose large tools come before its messages: the value of "tools" is not read.
    tools = [{"name": f"t{i}", "input_schema": {"type": "object"}} for i in range(300)]
    body = {"model": "m", "tools": tools, "messages": [{"role": "user", "content": "hi"}]}
    data = msgspec.json.encode(body)
    skipped: list[int] = []
    real = _source._value_end

    def recording(text: bytes, at: int) -> int:
        end = real(text, at)
        skipped.append(end - at)
        return end

    monkeypatch.setattr(_source, "_value_end", recording)
    offsets = SourceMap(data).offsets(["/messages/0/content"])
    assert offsets == {"/messages/0/content": data.index(b'"content"')}
    assert max(skipped) < 100, skipped


@pytest.mark.parametrize(
    "text",
    [
        # the last "messages" text is a key of a nested object: found by stepping, not from the end
        b'{"pad": "PAD", "messages": [1], "pad2": "PAD", "tools": [{"messages": {"x": 1}}]}',
        # inside a string (an escaped quote before it)
        rb'{"pad": "PAD", "messages": [1], "pad2": "PAD", "t": "say \\\"messages\": 2"}',
        # the key repeats after a nested occurrence
        b'{"pad": "PAD", "messages": [0], "pad2": "PAD", "o": {"messages": 5}, "messages": [1]}',
    ],
)
def test_finding_from_the_end_keeps_only_keys_of_the_object(text: bytes) -> None:
    data = text.replace(b"PAD", b"x" * 5000)
    at = SourceMap(data).offsets(["/messages/0"])["/messages/0"]
    value = msgspec.json.decode(data)["messages"][0]
    assert data[at:].startswith(msgspec.json.encode(value)), (data[at : at + 20], value)


# Documents written member by member, so that keys may repeat and key-like text may stand in
# strings and in nested or later objects: what the key search (SourceMap._searched) must not
# take for a member of the object it looks in.
_KEYS = st.sampled_from(["model", "a", "messages", 'q"x', "\\"])
_SCALARS = st.sampled_from(['"model"', '"say \\"model\\": 1"', "1", "null", '"a"', '"\\\\"'])


def _object_texts(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    members = st.lists(st.tuples(_KEYS, inner, st.sampled_from(["", " ", "\n  "])), max_size=5)
    return members.map(
        lambda items: (
            "{"
            + ",".join(f"{ws}{msgspec.json.encode(k).decode()}{ws}:{ws}{v}" for k, v, ws in items)
            + "}"
        )
    )


_DOCUMENTS = st.recursive(
    _SCALARS,
    lambda inner: (
        _object_texts(inner) | st.lists(inner, max_size=3).map(lambda v: f"[{','.join(v)}]")
    ),
    max_leaves=20,
).filter(lambda text: text.startswith("{"))


@settings(max_examples=300, deadline=None)
@given(_DOCUMENTS)
def test_walking_and_searching_agree_with_the_token_scan(text: str) -> None:
    # The token scan visits every token and keeps a repeated key's last occurrence: the walk
    # (key search first, then raw members) must place every pointer where it does.
    data = text.encode()
    msgspec.json.decode(data)  # a valid document
    pointers = _pointers_of(data)
    walked = SourceMap(data).offsets(pointers)
    scanned = SourceMap(data)._scanned(pointers)
    assert walked == scanned


def _pointers_of(data: bytes) -> set[str]:
    """Every pointer of the decoded document (its last value for a repeated key), and each of
    them one level deeper through a key that may be missing."""
    found: set[str] = set()
    for pointer, _, _ in _walk(msgspec.json.decode(data)):
        found.add(pointer)
        found.add(f"{pointer}/model")
        found.add(f"{pointer}/0")
    return found


@pytest.mark.parametrize(
    "data",
    [
        b'{"o": {"model": 1}, "model": 2}',  # nested in an earlier member
        b'{"o": {"x": 1}, "p": {"model": 2}}',  # /o/model: only in a later member
        b'{"s": "say \\"model\\": 1", "model": 2}',  # key-like text in a string
        b'{"model": 1, "x": 2, "model": 3}',  # a repeat: the last counts
        b'{"a": "model", "model": 2}',  # the key's text as a value first
    ],
)
def test_a_key_is_searched_only_where_it_is_sure(data: bytes) -> None:
    pointers = {"/model", "/o/model", "/p/model"}
    assert SourceMap(data).offsets(pointers) == SourceMap(data)._scanned(pointers)
