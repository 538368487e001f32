"""What the fake adds to a reply when the request asks for today's features.

* **Fallbacks** (``fallbacks``, beta ``server-side-fallback-2026-07-01``): when the requested
  model refuses, the fake goes down the list as the API does, each entry a patch of the
  original request (``model``, ``max_tokens``, ``thinking``, ``output_config``, ``speed``),
  asking the reply script again for each hop. The message gets a ``fallback`` block at each
  model boundary, then the content of the model that answered, and ``usage.iterations`` has one
  entry per hop. A chain that only refuses ends with the last refusal.
* **Fallback credit** (beta ``fallback-credit-2026-07-01``): a refusal carries a
  ``fallback_credit_token`` in its ``stop_details``; a request that sends one back gets
  ``usage.fallback_credit`` (``redeemed`` for a token this fake minted, ``not_applied`` with
  reason ``expired`` for any other).
* **Compaction** (a ``compact_20260112`` context edit): once the prompt reaches the edit's
  trigger (150,000 input tokens unless it says otherwise, as the API documents), the reply
  starts with a ``compaction`` block summarising the earlier turns; with
  ``pause_after_compaction`` the turn stops there (``stop_reason: "compaction"``).

A scripted reply can also contain these blocks directly (``Reply.blocks``), and
``Reply.refusal`` scripts a refusal.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import msgspec
from msgspec import UNSET

from ..content import (
    CompactionBlock,
    ContentBlock,
    FallbackBlock,
    FallbackInfo,
    FallbackRefusalTrigger,
)
from ..messages import (
    Compact20260112Edit,
    CompactionIterationUsage,
    FallbackCreditNotApplied,
    FallbackCreditRedeemed,
    FallbackCreditUsage,
    FallbackMessageIterationUsage,
    Message,
    MessageCreateParams,
    MessageIterationUsage,
    RefusalStopDetails,
)
from ._replies import Reply, _user_text
from ._tokens import text_tokens

__all__ = [
    "COMPACTION_TRIGGER",
    "FALLBACK_CREDIT_BETAS",
    "Hop",
    "compaction",
    "compaction_edit",
    "compaction_usage",
    "credit_usage",
    "fallback_chain",
    "hop_usage",
    "is_refusal",
    "run_fallbacks",
    "seams",
]

#: Input tokens at which a ``compact_20260112`` edit without a trigger compacts (API default).
COMPACTION_TRIGGER = 150_000
#: The betas under which a refusal mints a fallback credit token.
FALLBACK_CREDIT_BETAS = frozenset({"fallback-credit-2026-07-01", "fallback-credit-2026-06-01"})
_PATCHED = ("max_tokens", "output_config", "speed", "thinking")


@dataclass
class Hop:
    """One model's part of a turn: its params and its answer."""

    params: MessageCreateParams
    reply: Message | Reply


def is_refusal(reply: Message | Reply) -> bool:
    """Whether the reply is a refusal."""
    return reply.stop_reason == "refusal"


def fallback_chain(params: MessageCreateParams) -> list[MessageCreateParams]:
    """The params of each fallback hop: the original request patched by each entry."""
    entries = params.fallbacks
    if entries is UNSET or entries is None or isinstance(entries, str):
        return []  # "default" names the API's own choice, which the fake does not know
    hops = []
    for entry in entries:
        changes: dict[str, Any] = {"model": entry.model, "fallbacks": UNSET}
        for name in _PATCHED:
            value = getattr(entry, name)
            if value is not UNSET:
                changes[name] = UNSET if value is None else value
        hops.append(msgspec.structs.replace(params, **changes))
    return hops


def run_fallbacks(
    params: MessageCreateParams,
    first: Message | Reply,
    ask: Callable[[MessageCreateParams], Message | Reply | None],
) -> list[Hop]:
    """The hops of the turn: the first answer, then one per fallback tried after a refusal
    (``ask`` answers a hop, or None when that hop failed and is skipped)."""
    hops = [Hop(params, first)]
    if not is_refusal(first):
        return hops
    for hop_params in fallback_chain(params):
        answer = ask(hop_params)
        if answer is None:
            continue
        hops.append(Hop(hop_params, answer))
        if not is_refusal(answer):
            break
    return hops


def seams(hops: list[Hop], model_id: Callable[[str], str]) -> list[ContentBlock]:
    """The ``fallback`` block at each model boundary of ``hops``."""
    blocks: list[ContentBlock] = []
    for before, after in pairwise(hops):
        details = before.reply.stop_details
        category = details.category if isinstance(details, RefusalStopDetails) else None
        blocks.append(
            FallbackBlock(
                from_=FallbackInfo(model=model_id(before.params.model)),
                to=FallbackInfo(model=model_id(after.params.model)),
                trigger=FallbackRefusalTrigger(category=category),
            )
        )
    return blocks


def hop_usage(hops: list[Hop], input_tokens: int, output_tokens: list[int]) -> list[Any]:
    """``usage.iterations``: the first model's call, then each fallback model's."""
    found: list[Any] = [
        MessageIterationUsage(input_tokens=input_tokens, output_tokens=output_tokens[0])
    ]
    for hop, tokens in zip(hops[1:], output_tokens[1:], strict=True):
        found.append(
            FallbackMessageIterationUsage(
                model=hop.params.model, input_tokens=input_tokens, output_tokens=tokens
            )
        )
    return found


def compaction_edit(params: MessageCreateParams) -> Compact20260112Edit | None:
    """The request's ``compact_20260112`` edit, if any."""
    config = params.context_management
    edits = getattr(config, "edits", UNSET) if config else UNSET
    for edit in edits or ():
        if isinstance(edit, Compact20260112Edit):
            return edit
    return None


def compaction(params: MessageCreateParams, input_tokens: int) -> CompactionBlock | None:
    """The compaction block for a prompt of ``input_tokens``, when its edit is due."""
    edit = compaction_edit(params)
    if edit is None:
        return None
    trigger = edit.trigger.value if edit.trigger else COMPACTION_TRIGGER
    if input_tokens < trigger:
        return None
    turns = len(params.messages)
    gist = " ".join(_user_text(params).split())[:200]
    summary = f"Summary of the {turns} earlier messages. The user last wrote: {gist}"
    return CompactionBlock(content=summary)


def compaction_usage(block: CompactionBlock, input_tokens: int) -> CompactionIterationUsage:
    """The iteration entry of a compaction."""
    return CompactionIterationUsage(
        input_tokens=input_tokens, output_tokens=text_tokens(block.content or "")
    )


def credit_usage(token: object, minted: Container[str]) -> FallbackCreditUsage | None:
    """``usage.fallback_credit`` for the request's ``fallback_credit_token``."""
    if token is UNSET or token is None:
        return None
    value = token if isinstance(token, str) else getattr(token, "token", "")
    if value in minted:
        return FallbackCreditUsage(status=FallbackCreditRedeemed())
    return FallbackCreditUsage(status=FallbackCreditNotApplied(reason="expired"))
