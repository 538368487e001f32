"""encode / decode / convert / to_builtins for every msgtypes body.

Decoders are built once per type and reused. Decoding tries msgspec's strict typed decode first;
only a document that fails it takes a slower path:

- response types (Message, events, batch results, ...) go through the tolerant converter, which
  keeps block/event types and enum values newer than this library instead of failing;
- request types get one repair, the one the API itself makes: a tool object without ``type`` is a
  custom tool.
"""

from __future__ import annotations

import threading
from typing import Any, TypeVar, overload

import msgspec
import msgspec.inspect as mi

from ._base import ResponseStruct
from ._tolerant import tolerant_convert

__all__ = ["decode", "encode", "convert", "to_builtins", "Decoder"]

T = TypeVar("T")

_encoder = msgspec.json.Encoder()
_decoders: dict[Any, msgspec.json.Decoder[Any]] = {}
_lock = threading.Lock()


def encode(obj: Any) -> bytes:
    """Serialize a Struct (or builtins holding Structs) to JSON bytes; unset fields are omitted."""
    return _encoder.encode(obj)


def to_builtins(obj: Any) -> Any:
    """Turn a Struct into dicts, lists and scalars (unset fields omitted), ready for ``json``."""
    return msgspec.to_builtins(obj)


class Decoder:
    """A reusable decoder for one type, with the fallbacks described in this module."""

    __slots__ = ("_fast", "_is_response", "_type")

    def __init__(self, type: Any) -> None:
        self._type = type
        self._fast = _fast_decoder(type)
        self._is_response = _is_response_type(type)

    def decode(self, data: bytes | bytearray | memoryview | str) -> Any:
        """Decode JSON text into the decoder's type."""
        try:
            return self._fast.decode(data)
        except msgspec.ValidationError as error:
            return _recover(msgspec.json.decode(data), self._type, self._is_response, error)


@overload
def decode(data: bytes | bytearray | memoryview | str, *, type: type[T]) -> T: ...
@overload
def decode(data: bytes | bytearray | memoryview | str, *, type: Any) -> Any: ...
def decode(data: bytes | bytearray | memoryview | str, *, type: Any) -> Any:
    """Decode JSON into ``type`` (a Struct or a union such as ``MessageStreamEvent``).

    Raises ``msgspec.DecodeError`` for malformed JSON and ``msgspec.ValidationError`` (a subclass)
    when the JSON does not match the type.
    """
    try:
        return _fast_decoder(type).decode(data)
    except msgspec.ValidationError as error:
        return _recover(msgspec.json.decode(data), type, _is_response_type(type), error)


@overload
def convert(obj: Any, *, type: type[T]) -> T: ...
@overload
def convert(obj: Any, *, type: Any) -> Any: ...
def convert(obj: Any, *, type: Any) -> Any:
    """Build ``type`` from builtins (dicts and lists, e.g. a dict literal) with full validation."""
    try:
        return msgspec.convert(obj, type)
    except msgspec.ValidationError as error:
        return _recover(obj, type, _is_response_type(type), error)


def _fast_decoder(tp: Any) -> msgspec.json.Decoder[Any]:
    try:
        return _decoders[tp]
    except KeyError:
        pass
    except TypeError:  # unhashable type expression: no caching
        return msgspec.json.Decoder(tp)
    with _lock:
        decoder = _decoders.get(tp)
        if decoder is None:
            decoder = _decoders[tp] = msgspec.json.Decoder(tp)
    return decoder


def _recover(obj: Any, tp: Any, is_response: bool, error: msgspec.ValidationError) -> Any:
    if is_response:
        return tolerant_convert(obj, tp)
    if _add_custom_tool_types(obj):
        return msgspec.convert(obj, tp)
    raise error


def _add_custom_tool_types(obj: Any) -> bool:
    """Give ``type: custom`` to tool objects that have no type; True if anything changed."""
    changed = False
    stack = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            tools = item.get("tools")
            if isinstance(tools, list):
                for tool in tools:
                    if isinstance(tool, dict) and "type" not in tool:
                        tool["type"] = "custom"
                        changed = True
            params = item.get("params")
            if isinstance(params, dict):
                stack.append(params)
            requests = item.get("requests")
            if isinstance(requests, list):
                stack.extend(requests)
    return changed


def _is_response_type(tp: Any) -> bool:
    try:
        info = mi.type_info(tp)
    except (TypeError, ValueError):
        return False
    return _info_is_response(info)


def _info_is_response(info: mi.Type) -> bool:
    if isinstance(info, mi.Metadata):
        return _info_is_response(info.type)
    if isinstance(info, mi.StructType):
        return issubclass(info.cls, ResponseStruct)
    if isinstance(info, mi.UnionType):
        return any(_info_is_response(member) for member in info.types)
    if isinstance(info, (mi.ListType, mi.VarTupleType)):
        return _info_is_response(info.item_type)
    if isinstance(info, mi.DictType):
        return _info_is_response(info.value_type)
    return False
