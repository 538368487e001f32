"""API versions (the ``anthropic-version`` header) as data: what each one changes, body by body.

The Structs are one superset of every version; this table is what tells a request valid on one
version from one valid on another. The linter, the client and the fake API read it.

Sources: the Claude API docs' versioning page and "Migrating to API version 2026-10-21"
(platform.claude.com/docs/en/api/migration-2026-10-21: sampling parameters, document blocks in
assistant turns and citations on user text blocks, for the Messages, token-counting and batch
request bodies), and the official Python SDK 2.0+ MIGRATION.md / 2.14.0 types (``output_format``
gone from the SDK, replaced by ``output_config.format``).
"""

from __future__ import annotations

from typing import Literal

import msgspec

__all__ = [
    "API_VERSIONS",
    "DEFAULT_API_VERSION",
    "LEGACY_API_VERSION",
    "VERSION_CHANGES",
    "ApiVersion",
    "Body",
    "VersionChange",
    "changes",
    "changes_between",
]

ApiVersion = Literal["2023-06-01", "2026-10-21"]
#: Every ``anthropic-version`` value the Messages API accepts, oldest first.
API_VERSIONS: tuple[ApiVersion, ...] = ("2023-06-01", "2026-10-21")
#: The version the current official SDKs send by default (Python 2.0.0 and later).
DEFAULT_API_VERSION: ApiVersion = "2026-10-21"
#: The version the SDKs of the seeds' era (anthropic 0.x, 1.x) send.
LEGACY_API_VERSION: ApiVersion = "2023-06-01"

#: The request bodies a change can concern.
Body = Literal["messages", "count_tokens", "batch"]
_ALL: tuple[Body, ...] = ("messages", "count_tokens", "batch")

Kind = Literal["removed", "rejected", "deprecated"]


class VersionChange(msgspec.Struct, frozen=True, kw_only=True):
    """One thing a version changes for some request bodies.

    ``kind``: ``removed`` (the field is no longer accepted: 400 "Extra inputs are not
    permitted"), ``rejected`` (a shape that was accepted now gets a 400), ``deprecated`` (still
    accepted by the API, gone from the current SDKs). ``where`` names the place as a path in
    the coverage tests' notation, with the turn's role when it matters: ``temperature``,
    ``messages[role=assistant].content[type=document]``. A batch body has the same place under
    ``requests[].params``.
    """

    version: ApiVersion
    kind: Kind
    where: str
    bodies: tuple[Body, ...] = _ALL
    what: str
    fix: str
    source: str


_GUIDE = "platform.claude.com/docs/en/api/migration-2026-10-21"
_SDK = "anthropic-sdk-python 2.x MIGRATION.md"


def _sampling_removed(name: str, note: str = "") -> VersionChange:
    """The entry of a sampling parameter that 2026-10-21 no longer accepts."""
    return VersionChange(
        version="2026-10-21",
        kind="removed",
        where=name,
        bodies=("messages", "batch"),
        what=f"the sampling parameter `{name}` is no longer accepted{note}",
        fix=f"remove {name}; on 2026-10-21 steer the output with the system prompt and "
        "output_config.effort (or keep this request on anthropic-version 2023-06-01)",
        source=_GUIDE,
    )


VERSION_CHANGES: tuple[VersionChange, ...] = (
    _sampling_removed("temperature", ", even at its default"),
    _sampling_removed("top_p"),
    _sampling_removed("top_k"),
    VersionChange(
        version="2026-10-21",
        kind="rejected",
        where="messages[role=assistant].content[type=document]",
        what="a `document` block placed directly in an assistant turn is rejected",
        fix="move the document into a user turn (or a tool_result's content)",
        source=_GUIDE,
    ),
    VersionChange(
        version="2026-10-21",
        kind="rejected",
        where="messages[role=user].content[type=text].citations",
        what="non-empty `citations` on a text block of a user turn are rejected",
        fix="drop the citations from user text blocks (keep them on assistant text)",
        source=_GUIDE,
    ),
    VersionChange(
        version="2026-10-21",
        kind="rejected",
        where="messages[role=user].content[type=search_result].content[type=text].citations",
        what="non-empty `citations` on a text block inside a `search_result` block of a user "
        "turn are rejected",
        fix="drop the citations from the search result's text blocks (keep "
        '"citations": {"enabled": true} on the search_result itself)',
        source=_GUIDE + "; platform.claude.com/docs/en/api/versioning",
    ),
    VersionChange(
        version="2026-10-21",
        kind="rejected",
        where="messages[role=user].content[type=tool_result].content[type=search_result]"
        ".content[type=text].citations",
        what="non-empty `citations` on a text block of a `search_result` returned in a "
        "`tool_result` of a user turn are rejected",
        fix="drop the citations from the search result's text blocks (keep "
        '"citations": {"enabled": true} on the search_result itself)',
        source=_GUIDE + " (a search_result inside a user message; the guide names no "
        "exception for tool results)",
    ),
    VersionChange(
        version="2026-10-21",
        kind="deprecated",
        where="output_format",
        bodies=("messages", "count_tokens", "batch"),
        what="`output_format` is gone from the SDKs that send 2026-10-21",
        fix='use output_config: {"format": {...}} instead',
        source=_SDK,
    ),
)


def _index(version: str) -> int:
    try:
        return API_VERSIONS.index(version)
    except ValueError:
        raise ValueError(f"unknown anthropic-version {version!r}; known: {API_VERSIONS}") from None


def _in_force(start: int, end: int, body: Body | None) -> tuple[VersionChange, ...]:
    """The changes of the versions after index ``start`` up to index ``end``, for ``body``."""
    return tuple(
        c
        for c in VERSION_CHANGES
        if start < _index(c.version) <= end and (body is None or body in c.bodies)
    )


def changes(version: str, body: Body | None = None) -> tuple[VersionChange, ...]:
    """Every change in force on ``version`` (cumulative), for one body or for all."""
    return _in_force(-1, _index(version), body)


def changes_between(old: str, new: str, body: Body | None = None) -> tuple[VersionChange, ...]:
    """The changes a request meets when it moves from version ``old`` to ``new``."""
    return _in_force(_index(old), _index(new), body)
