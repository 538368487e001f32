"""The fake speaks both API versions, each with its rules, answers with today's response fields
where a request asks for them (refusals, server-side fallbacks, fallback credit, compaction), and
lists models with their capabilities and lifecycle.

msgtypes' own clients drive it in-process (``FakeAnthropic``), one per API version.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

import pytest

import msgtypes
from msgtypes import Client
from msgtypes.testing import FakeAnthropic, FakeAPI, ManualClock, Reply

MODEL = "claude-opus-4-8"
SAMPLER = "claude-haiku-4-5"  # takes any sampling values on 2023-06-01 (claude-opus-4-8 does not)
HELLO: list[dict[str, Any]] = [{"role": "user", "content": "Hello there"}]
BASE: dict[str, Any] = {"model": MODEL, "max_tokens": 256, "messages": HELLO}
TODAY = datetime(2026, 11, 29, 12, tzinfo=timezone.utc)
FALLBACK_BETAS = ["server-side-fallback-2026-07-01", "fallback-credit-2026-07-01"]


@pytest.fixture(params=[False, True], ids=["faithful", "mock"])
def fake(request: pytest.FixtureRequest) -> Iterator[FakeAnthropic]:
    with FakeAnthropic(FakeAPI(mock=request.param, clock=ManualClock(TODAY), seed=3)) as made:
        yield made


def _client(fake: FakeAnthropic, version: str) -> Client:
    client = fake.client.with_options(api_version=version)
    assert client.api_version == version
    return client


# --------------------------------------------------------------------------- versions


@pytest.mark.parametrize("field", ["temperature", "top_p", "top_k"])
def test_sampling_parameters_are_refused_on_2026_10_21_only(
    fake: FakeAnthropic, field: str
) -> None:
    value = 5 if field == "top_k" else 0.5
    params = {**BASE, "model": SAMPLER, field: value}
    with pytest.raises(msgtypes.BadRequestError) as info:
        _client(fake, "2026-10-21").messages.create(**params)
    assert info.value.status_code == 400
    assert info.value.message == f"{field}: Extra inputs are not permitted"
    assert info.value.body.error.type == "invalid_request_error"  # type: ignore[union-attr]
    old = _client(fake, "2023-06-01").messages.create(**params)
    assert old.stop_reason == "end_turn"
    assert [r.headers["anthropic-version"] for r in fake.requests] == ["2026-10-21", "2023-06-01"]


def test_2023_01_01_is_still_accepted(fake: FakeAnthropic) -> None:
    client = fake.client.with_options(default_headers={"anthropic-version": "2023-01-01"})
    assert client.messages.create(**{**BASE, "model": SAMPLER}, temperature=0.2).content


def test_an_unknown_version_is_refused(fake: FakeAnthropic) -> None:
    client = fake.client.with_options(default_headers={"anthropic-version": "2099-01-01"})
    with pytest.raises(msgtypes.BadRequestError, match="invalid version '2099-01-01'"):
        client.models.retrieve(MODEL)


def test_the_new_versions_shape_rules_come_from_the_linter() -> None:
    """A document block in an assistant turn: fine on 2023-06-01, a 400 on 2026-10-21, worded
    with the API's location of the block and without the linter's flag hint."""
    document = {
        "type": "document",
        "source": {"type": "text", "media_type": "text/plain", "data": "A note."},
    }
    messages = [
        {"role": "user", "content": "Read this."},
        {"role": "assistant", "content": [document]},
        {"role": "user", "content": "Summarise it."},
    ]
    with FakeAnthropic(FakeAPI(clock=ManualClock(TODAY))) as fake:
        assert _client(fake, "2023-06-01").messages.create(**{**BASE, "messages": messages})
        with pytest.raises(msgtypes.BadRequestError) as info:
            _client(fake, "2026-10-21").messages.create(**{**BASE, "messages": messages})
    message = info.value.message
    assert message.startswith("messages.1.content.0: ") and "document" in message
    assert "2026-10-21" in message and "--api-version" not in message


def test_a_batch_keeps_the_version_it_was_created_with(fake: FakeAnthropic) -> None:
    requests = [{"custom_id": "hot", "params": {**BASE, "model": SAMPLER, "temperature": 0.7}}]
    new = _client(fake, "2026-10-21").messages.batches.create(requests=requests)  # type: ignore[list-item]
    old = _client(fake, "2023-06-01").messages.batches.create(requests=requests)  # type: ignore[list-item]
    fake.api.process_batches()
    client = fake.client
    (refused,) = client.messages.batches.results(new.id)
    (served,) = client.messages.batches.results(old.id)
    assert isinstance(refused.result, msgtypes.MessageBatchErroredResult)
    assert refused.result.error.error.message == "temperature: Extra inputs are not permitted"
    assert isinstance(served.result, msgtypes.MessageBatchSucceededResult)


# --------------------------------------------------------------------------- refusals, fallbacks


def test_a_scripted_refusal_has_its_stop_details(fake: FakeAnthropic) -> None:
    fake.replies.push(Reply.refusal(category="cyber", explanation="Refused by policy."))
    fake.replies.push(Reply.refusal(category="cyber", explanation="Refused by policy."))
    message = fake.client.messages.create(**BASE)
    with fake.client.messages.stream(**BASE) as stream:
        streamed = stream.get_final_message()
    for got in (message, streamed):
        assert got.stop_reason == "refusal"
        assert got.stop_details == msgtypes.RefusalStopDetails(
            category="cyber", explanation="Refused by policy."
        )
        assert [block.type for block in got.content] == ["text"]


def test_fallbacks_take_over_after_a_refusal(fake: FakeAnthropic) -> None:
    fake.replies.push(Reply.refusal(category="bio"), "Answer from the fallback.")
    message = fake.client.beta.messages.create(
        **BASE, fallbacks=[{"model": "claude-sonnet-4-6"}], betas=FALLBACK_BETAS[:1]
    )
    seam, text = message.content
    assert isinstance(seam, msgtypes.FallbackBlock)
    assert (seam.from_.model, seam.to.model) == (MODEL, "claude-sonnet-4-6")
    assert isinstance(seam.trigger, msgtypes.FallbackRefusalTrigger)
    assert seam.trigger.category == "bio"
    assert text.text == "Answer from the fallback."  # type: ignore[union-attr]
    assert (message.stop_reason, message.stop_details) == ("end_turn", None)
    iterations = message.usage.iterations or []
    assert [i.type for i in iterations] == ["message", "fallback_message"]  # type: ignore[union-attr]
    assert iterations[1].model == "claude-sonnet-4-6"  # type: ignore[union-attr]
    assert message.usage.output_tokens == sum(i.output_tokens for i in iterations)  # type: ignore[union-attr]


def test_a_chain_that_only_refuses_ends_with_the_last_refusal(fake: FakeAnthropic) -> None:
    fake.replies.push(Reply.refusal(), Reply.refusal(category="cyber"), Reply.refusal())
    fallbacks = [{"model": "claude-sonnet-4-6", "max_tokens": 64}, {"model": "claude-haiku-4-5"}]
    with fake.client.beta.messages.stream(
        **BASE, fallbacks=fallbacks, betas=FALLBACK_BETAS[:1]
    ) as stream:
        message = stream.get_final_message()
    assert message.stop_reason == "refusal"
    assert [b.type for b in message.content] == ["fallback", "fallback", "text"]
    assert len(fake.replies) == 0  # one scripted answer per model tried


def test_fallback_credit_tokens_are_minted_and_redeemed(fake: FakeAnthropic) -> None:
    fake.replies.push(Reply.refusal())
    refused = fake.client.beta.messages.create(**BASE, betas=FALLBACK_BETAS[1:])
    details = refused.stop_details
    assert isinstance(details, msgtypes.RefusalStopDetails)
    assert details.fallback_credit_token and details.fallback_credit_token.startswith("fbct_")
    retried = fake.client.beta.messages.create(
        **{**BASE, "model": "claude-sonnet-4-6"},
        fallback_credit_token=details.fallback_credit_token,
        betas=FALLBACK_BETAS[1:],
    )
    assert retried.usage.fallback_credit is not None
    assert isinstance(retried.usage.fallback_credit.status, msgtypes.FallbackCreditRedeemed)
    stranger = fake.client.beta.messages.create(
        **BASE, fallback_credit_token="fbct_not_ours", betas=FALLBACK_BETAS[1:]
    )
    status = stranger.usage.fallback_credit.status  # type: ignore[union-attr]
    assert isinstance(status, msgtypes.FallbackCreditNotApplied) and status.reason == "expired"
    without_beta = fake.client.beta.messages.create(**BASE)
    assert without_beta.stop_details is None
    fake.replies.push(Reply.refusal())
    plain = fake.client.beta.messages.create(**BASE)
    assert plain.stop_details.fallback_credit_token is None  # type: ignore[union-attr]


# --------------------------------------------------------------------------- compaction


def _long_conversation(words: int) -> list[dict[str, Any]]:
    text = " ".join(f"word{n}" for n in range(words))
    return [
        {"role": "user", "content": text},
        {"role": "assistant", "content": "Noted."},
        {"role": "user", "content": "And now?"},
    ]


@pytest.mark.parametrize("pause", [False, True])
def test_compaction_once_the_trigger_is_reached(fake: FakeAnthropic, pause: bool) -> None:
    edit = {
        "type": "compact_20260112",
        "trigger": {"type": "input_tokens", "value": 50_000},
        "pause_after_compaction": pause,
    }
    params = {**BASE, "context_management": {"edits": [edit]}, "betas": ["compact-2026-01-12"]}
    short = fake.client.beta.messages.create(**params)
    assert [b.type for b in short.content] == ["text"]
    with fake.client.beta.messages.stream(
        **{**params, "messages": _long_conversation(60_000)}
    ) as s:
        long = s.get_final_message()
    summary = long.content[0]
    assert isinstance(summary, msgtypes.CompactionBlock)
    assert summary.content and "3 earlier messages" in summary.content
    if pause:
        assert long.stop_reason == "compaction" and len(long.content) == 1
    else:
        assert long.stop_reason == "end_turn" and long.content[1].text == "And now?"  # type: ignore[union-attr]
    kinds = [i.type for i in long.usage.iterations or []]  # type: ignore[union-attr]
    assert kinds == ["compaction", "message"]
    # the summary goes back as the next turn's history, typed
    assert isinstance(long.to_param().content[0], msgtypes.CompactionBlockParam)  # type: ignore[index]


# --------------------------------------------------------------------------- models


def test_models_have_capabilities_and_lifecycle(fake: FakeAnthropic) -> None:
    client = fake.client
    listed = list(client.models.list())
    assert listed and all(m.lifecycle != "retired" for m in listed)
    assert {"active", "deprecated"} == {m.lifecycle for m in listed}
    retired = list(client.models.list(lifecycle=["retired"]))
    assert retired and all(m.lifecycle == "retired" for m in retired)
    assert {m.id for m in listed}.isdisjoint(m.id for m in retired)
    every = list(client.models.list(lifecycle=["active", "deprecated", "retired"]))
    assert len(every) == len(listed) + len(retired)

    fable = client.models.retrieve("claude-fable-5-2")
    assert (fable.lifecycle, fable.line, fable.max_input_tokens) == ("active", "fable", 1_000_000)
    assert fable.deprecated_at is None and fable.retires_at is None
    thinking = fable.capabilities.thinking  # type: ignore[union-attr]
    assert thinking.supported and thinking.types.adaptive.supported
    assert not thinking.types.disabled.supported and not thinking.types.enabled.supported

    old = client.models.retrieve("claude-opus-4-5")  # an alias of a deprecated model
    assert (old.id, old.lifecycle) == ("claude-opus-4-5-20251101", "deprecated")
    assert old.deprecated_at == datetime(2026, 11, 23, tzinfo=timezone.utc)
    assert old.retires_at == datetime(2027, 1, 22, tzinfo=timezone.utc)
    types = old.capabilities.thinking.types  # type: ignore[union-attr]
    assert types.enabled.supported and not types.adaptive.supported


def test_a_bad_lifecycle_is_a_400(fake: FakeAnthropic) -> None:
    with pytest.raises(msgtypes.BadRequestError, match=r"lifecycle\.0: Input should be"):
        fake.client.models.list(lifecycle=["gone"])  # type: ignore[list-item]


def test_retired_models_are_refused_by_messages() -> None:
    with FakeAnthropic(FakeAPI(clock=ManualClock(TODAY))) as fake:
        with pytest.raises(msgtypes.NotFoundError, match="claude-3-haiku-20240307"):
            fake.client.messages.create(**{**BASE, "model": "claude-3-haiku-20240307"})
        assert fake.client.models.retrieve("claude-3-haiku-20240307").lifecycle == "retired"


def test_the_fixture_clients_are_the_current_version() -> None:
    with FakeAnthropic() as fake:
        fake.client.models.retrieve(MODEL)
        assert fake.requests[-1].headers["anthropic-version"] == "2026-10-21"
        assert fake.requests[-1].headers["authorization"] == "[redacted]"
