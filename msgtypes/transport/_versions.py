"""How requests are written for each ``anthropic-version``: the form of the official SDK that
sends that version.

The API version a client sends and the SDK generation that sends it go together: anthropic 0.x
and 1.x send ``2023-06-01``, anthropic 2.x sends ``2026-10-21``. ``Client(api_version=V)`` writes
its requests as the SDK that sends ``V`` does, so that they are the same on the wire (the wire
tests compare them with recordings of anthropic 0.75.0 and 2.14.0):

=====================================  =============================  ==========================
                                       2023-06-01 (anthropic 0.75.0)  2026-10-21 (anthropic 2.14.0)
=====================================  =============================  ==========================
the API key                            ``x-api-key: KEY``             ``Authorization: Bearer KEY``
beta methods' query                    ``?beta=true``                 none
``anthropic-beta`` of beta batches     + ``message-batches-2024-09-24``  the caller's only
=====================================  =============================  ==========================

Both send ``token-counting-2024-11-01`` after the caller's betas on ``beta.messages.count_tokens``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..versions import API_VERSIONS, DEFAULT_API_VERSION, ApiVersion

__all__ = ["BATCHES_BETA", "DEFAULT_API_VERSION", "WIRE_FORMS", "WireForm", "wire_form"]

#: The beta anthropic 0.x sends on every beta batch method.
BATCHES_BETA = "message-batches-2024-09-24"


@dataclass(frozen=True)
class WireForm:
    """The request form of one API version (see the module docstring)."""

    api_version: ApiVersion
    sdk: str
    bearer_auth: bool
    beta_query: bool
    batches_beta: tuple[str, ...]


WIRE_FORMS: dict[str, WireForm] = {
    "2023-06-01": WireForm(
        api_version="2023-06-01",
        sdk="anthropic 0.75.0",
        bearer_auth=False,
        beta_query=True,
        batches_beta=(BATCHES_BETA,),
    ),
    "2026-10-21": WireForm(
        api_version="2026-10-21",
        sdk="anthropic 2.14.0",
        bearer_auth=True,
        beta_query=False,
        batches_beta=(),
    ),
}


def wire_form(api_version: str) -> WireForm:
    """The form for ``api_version``; ValueError naming the known versions for another."""
    form = WIRE_FORMS.get(api_version)
    if form is None:
        known = ", ".join(API_VERSIONS)
        raise ValueError(f"unknown api_version {api_version!r}; msgtypes knows {known}")
    return form
