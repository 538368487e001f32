"""`msgtypes.validate`: a Struct built in code meets the strict decoder's checks, and the client
applies the same check before anything is sent."""

from __future__ import annotations

import msgspec
import pytest

import msgtypes
from msgtypes import (
    CacheControlEphemeralParam,
    MessageCreateParams,
    MessageParam,
    Metadata,
    TextBlockParam,
    Tool,
)
from msgtypes.testing import FakeAnthropic

MODEL = "claude-sonnet-5-5"


def params(**changes: object) -> MessageCreateParams:
    base = MessageCreateParams(
        model=MODEL, max_tokens=256, messages=[MessageParam(role="user", content="Hello")]
    )
    return msgspec.structs.replace(base, **changes)


def test_construction_does_not_validate_but_validate_does() -> None:
    bad = params(temperature=1.5)
    assert b'"temperature":1.5' in msgtypes.encode(bad)  # msgspec checks on decode only
    with pytest.raises(msgspec.ValidationError, match=r"<= 1.0 - at `\$.temperature`"):
        msgtypes.validate(bad)


def test_nested_problems_name_their_path() -> None:
    block = TextBlockParam(text="hi", cache_control=CacheControlEphemeralParam(ttl="2h"))  # type: ignore[arg-type]
    bad = params(messages=[MessageParam(role="user", content=[block])])
    with pytest.raises(msgspec.ValidationError, match=r"\$\.messages\[0\]\.content\[0\]"):
        msgtypes.validate(bad)
    with pytest.raises(msgspec.ValidationError, match=r"\$\.metadata\.user_id"):
        msgtypes.validate(params(metadata=Metadata(user_id="u" * 300)))


def test_valid_objects_come_back_unchanged() -> None:
    good = params(tools=[Tool(name="lookup", input_schema={"type": "object"})], temperature=0.5)
    assert msgtypes.validate(good) is good  # a custom tool without `type` is fine, as in the API
    body = msgtypes.to_builtins(good)
    assert msgtypes.validate(body, type=MessageCreateParams) is body


def test_dicts_need_a_type() -> None:
    with pytest.raises(TypeError, match="type="):
        msgtypes.validate({"model": MODEL})
    with pytest.raises(msgspec.ValidationError, match=r"length >= 1 - at `\$.messages`"):
        msgtypes.validate({"model": MODEL, "max_tokens": 5, "messages": []}, type=MessageCreateParams)


@pytest.mark.parametrize(
    ("lint", "error", "where"),
    [
        ("off", msgspec.ValidationError, r"content\[0\]\.cache_control\.ttl"),
        # with the linter on, it sees the body first and says the same, as a diagnostic
        ("error", msgtypes.PreflightLintError, r"E103 /messages/0/content/0/cache_control/ttl"),
    ],
)
def test_the_client_checks_structs_before_sending(lint: str, error: type, where: str) -> None:
    block = TextBlockParam(text="hi", cache_control=CacheControlEphemeralParam(ttl="2h"))  # type: ignore[arg-type]
    with FakeAnthropic() as fake:
        client = fake.client.with_options(lint=lint)
        with pytest.raises(error, match=where):
            client.messages.create(
                model=MODEL, max_tokens=256, messages=[MessageParam(role="user", content=[block])]
            )
        with pytest.raises(error, match="temperature"):
            client.messages.create(
                model=MODEL, max_tokens=256, messages=[{"role": "user", "content": "x"}],
                temperature=1.5,
            )
        assert fake.requests == []  # nothing reached the wire
        message = client.messages.create(
            model=MODEL, max_tokens=256, messages=[MessageParam(role="user", content="Hi")]
        )
        assert message.content and len(fake.requests) == 1


async def test_the_async_client_checks_too() -> None:
    with FakeAnthropic() as fake:
        with pytest.raises(msgspec.ValidationError, match="temperature"):
            await fake.async_client.messages.create(
                model=MODEL, max_tokens=256, messages=[MessageParam(role="user", content="x")],
                temperature=2.0,
            )
        assert fake.requests == []
