"""The two Struct bases every body builds on, and the holder for types this version does not know.

Requests are strict: an unknown field is an error, and a field the caller left unset (``UNSET``)
is not sent. Responses are lenient: unknown fields are ignored, so a newer API never breaks
decoding.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import msgspec

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: object) -> Any:
        """Runtime no-op; the real decorator only informs type checkers."""
        return lambda cls: cls


__all__ = ["RequestStruct", "ResponseStruct", "Unknown", "UnknownBlock", "UnknownEvent"]


class _KeywordOnlyMeta(msgspec.StructMeta):
    """Makes every subclass keyword-only (msgspec's own ``kw_only`` is not inherited)."""

    def __new__(
        mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any], **kwargs: Any
    ) -> Any:
        kwargs.setdefault("kw_only", True)
        return super().__new__(mcls, name, bases, namespace, **kwargs)


@dataclass_transform(kw_only_default=True, field_specifiers=(msgspec.field,))
class RequestStruct(
    msgspec.Struct,
    metaclass=_KeywordOnlyMeta,
    forbid_unknown_fields=True,
    omit_defaults=True,
):
    """Base of request bodies: unknown fields rejected, unset fields omitted on encode."""


@dataclass_transform(kw_only_default=True, field_specifiers=(msgspec.field,))
class ResponseStruct(msgspec.Struct, metaclass=_KeywordOnlyMeta, omit_defaults=True, gc=False):
    """Base of response bodies: unknown fields ignored; fields at their default not encoded.

    Decoded responses are plain data, so their Structs are not tracked by Python's cycle
    collector (``gc=False``: faster to create and to collect). Don't build reference cycles
    through them (e.g. by storing a Message inside its own tool ``input`` dict).
    """


class Unknown(dict[str, Any]):
    """A block, event, delta, citation or result of a type this version does not know.

    It is the object's JSON exactly as received (a ``dict``), so it prints, logs and encodes back
    unchanged; ``.type`` is its ``type`` value. Narrow it away with ``isinstance`` before reading
    the fields of the known types.
    """

    __slots__ = ()

    @property
    def type(self) -> str:
        """The ``type`` value the API sent (empty when there was none)."""
        value = self.get("type")
        return value if isinstance(value, str) else ""

    @property
    def raw(self) -> dict[str, Any]:
        """The received JSON object, as a plain ``dict``."""
        return dict(self)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"


UnknownBlock = Unknown
UnknownEvent = Unknown
