"""msgtypes._annotations: the Structs' annotation texts evaluated once per text, in place."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import typing

import msgspec

import msgtypes
from msgtypes._annotations import resolve, struct_annotations

# Runs in a fresh interpreter, where no decoder has been built and every annotation is still a
# string: typing's answer first, then msgtypes' own, compared class by class.
_COMPARE = textwrap.dedent(
    """
    import typing, msgspec, msgtypes
    from msgtypes import _annotations

    def structs(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from structs(sub)

    classes = sorted(
        {c for c in structs(msgspec.Struct) if c.__module__.startswith("msgtypes")},
        key=lambda c: (c.__module__, c.__qualname__),
    )
    texts = sum(
        isinstance(v, str) for c in classes for v in c.__dict__.get("__annotations__", {}).values()
    )
    expected = {c: typing.get_type_hints(c, include_extras=True) for c in classes}
    for c in classes:
        _annotations.resolve(c)
    left = [
        (c, name)
        for c in classes
        for name, v in c.__dict__.get("__annotations__", {}).items()
        if isinstance(v, str)
    ]
    assert not left, left[:5]
    for c in classes:
        got = _annotations.struct_annotations(c)
        assert got == expected[c], (c, got, expected[c])
        assert typing.get_type_hints(c, include_extras=True) == expected[c], c
    print(len(classes), texts)
    """
)


def test_resolved_annotations_are_what_typing_evaluates() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _COMPARE], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    classes, texts = map(int, done.stdout.split())
    assert classes > 250 and texts > 800


def test_decoders_work_on_resolved_types() -> None:
    resolve(msgtypes.Message)
    assert not any(isinstance(v, str) for v in msgtypes.Message.__annotations__.values())
    message = msgtypes.decode(
        b'{"id":"msg_1","type":"message","role":"assistant","model":"m","content":'
        b'[{"type":"text","text":"hi"}],"stop_reason":"end_turn","stop_sequence":null,'
        b'"usage":{"input_tokens":1,"output_tokens":2}}',
        type=msgtypes.Message,
    )
    assert message.content[0].text == "hi"  # type: ignore[union-attr]
    assert struct_annotations(msgtypes.TextBlockParam) == typing.get_type_hints(
        msgtypes.TextBlockParam, include_extras=True
    )
    assert msgspec.json.decode(msgspec.json.encode(message), type=msgtypes.Message) == message


def test_resolving_a_type_again_is_a_lookup_and_the_memory_is_bounded() -> None:
    from msgtypes import _annotations

    union = msgtypes.ContentBlockParam
    resolve(union)
    assert id(union) in _annotations._DONE
    for _ in range(2 * _annotations.MAX_REMEMBERED):
        resolve(list[msgtypes.TextBlockParam])  # a new object each time
    assert len(_annotations._DONE) <= _annotations.MAX_REMEMBERED
