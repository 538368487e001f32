"""encode / decode / convert / to_builtins for every msgtypes body.

Decoders are built once per type and reused. Decoding tries msgspec's strict typed decode first;
only a document that fails it takes a slower path:

- response types (Message, events, batch results, ...) go through the tolerant converter, which
  keeps block/event types and enum values newer than this library instead of failing;
- request types get one repair, the one the API itself makes: a tool object without ``type`` is a
  custom tool.

Every failure is a ``msgspec.DecodeError``: JSON nested deeper than Python's recursion limit lets
msgspec follow is a :class:`~msgtypes.NestingDepthError`, never a ``RecursionError``.
"""

from __future__ import annotations

import threading
from typing import Any, TypeVar, overload

import msgspec
import msgspec.inspect as mi

from ._annotations import resolve
from ._base import ResponseStruct
from ._exceptions import NestingDepthError
from ._tolerant import tolerant_convert

__all__ = [
    "Decoder",
    "convert",
    "decode",
    "decoder_for",
    "encode",
    "strict_decoder",
    "to_builtins",
]

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
        """Decode JSON text into the decoder's type (raises as :func:`decode` does)."""
        try:
            try:
                return self._fast.decode(data)
            except msgspec.ValidationError as error:
                return _decode_slowly(data, self._type, self._is_response, error)
        except RecursionError:
            raise NestingDepthError() from None
        except UnicodeEncodeError as exc:
            raise _not_unicode(exc) from None


_shared: dict[Any, Decoder] = {}


def decoder_for(tp: Any) -> Decoder:
    """The shared :class:`Decoder` of ``tp``, built on first use."""
    decoder = _shared.get(tp)
    if decoder is None:
        decoder = _shared[tp] = Decoder(tp)
    return decoder


def strict_decoder(tp: Any) -> msgspec.json.Decoder[Any]:
    """msgspec's typed decoder of ``tp`` alone (the fast path, no fallbacks), built once.

    Being msgspec's own, it raises ``RecursionError`` on JSON nested past the recursion limit:
    callers turn that into their documented error."""
    return _fast_decoder(tp)


@overload
def decode(data: bytes | bytearray | memoryview | str, *, type: type[T]) -> T: ...
@overload
def decode(data: bytes | bytearray | memoryview | str, *, type: Any) -> Any: ...
def decode(data: bytes | bytearray | memoryview | str, *, type: Any) -> Any:
    """Decode JSON into ``type`` (a Struct or a union such as ``MessageStreamEvent``).

    Raises ``msgspec.DecodeError`` for malformed JSON (or ``str`` that is not valid Unicode),
    ``msgspec.ValidationError`` (a subclass) when the JSON does not match the type, and
    :class:`~msgtypes.NestingDepthError` (also a subclass) when arrays/objects nest deeper than
    Python's recursion limit lets msgspec follow.
    """
    try:
        try:
            return _fast_decoder(type).decode(data)
        except msgspec.ValidationError as error:
            return _decode_slowly(data, type, _is_response_type(type), error)
    except RecursionError:
        raise NestingDepthError() from None
    except UnicodeEncodeError as exc:
        raise _not_unicode(exc) from None


def _not_unicode(exc: UnicodeEncodeError) -> msgspec.DecodeError:
    """JSON given as ``str`` holding a lone surrogate (it has no UTF-8 form)."""
    return msgspec.DecodeError(f"text is not valid Unicode: {exc.reason} at index {exc.start}")


@overload
def convert(obj: Any, *, type: type[T]) -> T: ...
@overload
def convert(obj: Any, *, type: Any) -> Any: ...
def convert(obj: Any, *, type: Any) -> Any:
    """Build ``type`` from builtins (dicts and lists, e.g. a dict literal) with full validation."""
    resolve(type)
    try:
        return msgspec.convert(obj, type)
    except msgspec.ValidationError as error:
        return _recover(obj, type, _is_response_type(type), error)


# --------------------------------------------------------------------------- untyped tools
#
# Tools written without ``type`` are common (the API docs' own examples omit it). Rather than
# re-parse the whole body, bodies that carry tools have a decode-only twin whose ``tools`` is a
# list of raw JSON; the tools are then decoded one by one (a tool without ``type`` as
# :class:`~msgtypes.Tool`) and the real Struct assembled from the parts.

_RAW_TOOLS = list[msgspec.Raw] | msgspec.UnsetType
_twins: dict[Any, tuple[Any, msgspec.json.Decoder[Any]]] = {}


def _twin(cls: Any) -> Any | None:
    """The decode-only twin of a request Struct whose tools (or params' tools) stay raw."""
    cached = _twins.get(cls)
    if cached is not None:
        return cached[0]
    from .batches import MessageBatchRequest
    from .messages import MessageCountTokensParams, MessageCreateParams

    if cls not in (MessageCreateParams, MessageCountTokensParams, MessageBatchRequest):
        return None
    fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    resolve(cls)
    for field in msgspec.structs.fields(cls):
        kind = field.type
        if field.name == "tools":
            kind = _RAW_TOOLS
        elif field.name == "params":
            kind = _twin(MessageCreateParams)
        if field.required:
            fields.append((field.encode_name, kind))
        else:
            fields.append((field.encode_name, kind, msgspec.UNSET))
    twin = msgspec.defstruct(
        f"_{cls.__name__}WithRawTools",
        fields,
        kw_only=True,
        forbid_unknown_fields=True,
        omit_defaults=True,
    )
    _twins[cls] = (twin, msgspec.json.Decoder(twin))
    return twin


def _untyped_tools(data: Any, tp: Any, error: msgspec.ValidationError) -> Any | None:
    """Decode a body whose only trouble is tools without ``type``; None when that isn't it."""
    message = str(error)
    if not message.startswith(_MISSING_TYPE) or "tools[" not in message:
        return None
    if _twin(tp) is None:
        return None
    try:
        raw = _twins[tp][1].decode(data)
        return _assemble(raw, tp, "$")
    except msgspec.ValidationError:
        return None  # some other problem as well: the general path reports it


_assembly: list[Any] = []


def _assembly_parts() -> list[Any]:
    """(custom tool decoder, tool union decoder, MessageBatchRequest, MessageCreateParams)."""
    if not _assembly:
        from .batches import MessageBatchRequest
        from .messages import MessageCreateParams
        from .tools import Tool, ToolUnion

        parts = [_fast_decoder(Tool), _fast_decoder(ToolUnion)]
        _assembly.extend([*parts, MessageBatchRequest, MessageCreateParams])
    return _assembly


def _assemble(raw: Any, cls: Any, path: str) -> Any:
    custom, union, batch_request, create_params = _assembly_parts()
    values = msgspec.structs.asdict(raw)
    tools = values.get("tools")
    if isinstance(tools, list):
        decoded = []
        for raw_tool in tools:
            # Most tools here are custom tools without ``type`` (that is why we are here), and
            # Tool decodes them directly; other tools take the tagged union.
            try:
                decoded.append(custom.decode(raw_tool))
            except msgspec.ValidationError:
                decoded.append(union.decode(raw_tool))
        values["tools"] = decoded
    if cls is batch_request:
        values["params"] = _assemble(values["params"], create_params, f"{path}.params")
    return cls(**values)


def _fast_decoder(tp: Any) -> msgspec.json.Decoder[Any]:
    try:
        return _decoders[tp]
    except KeyError:
        pass
    except TypeError:  # unhashable type expression: no caching
        resolve(tp)
        return msgspec.json.Decoder(tp)
    resolve(tp)
    with _lock:
        decoder = _decoders.get(tp)
        if decoder is None:
            decoder = _decoders[tp] = msgspec.json.Decoder(tp)
    return decoder


_MISSING_TYPE = "Object missing required field `type` - at `"


def _decode_slowly(data: Any, tp: Any, is_response: bool, error: msgspec.ValidationError) -> Any:
    """The fallbacks, after the strict decode of ``data`` failed with ``error``."""
    if not is_response:
        twin = _untyped_tools(data, tp, error)
        if twin is not None:
            return twin
    return _recover(msgspec.json.decode(data), tp, is_response, error)


def _recover(obj: Any, tp: Any, is_response: bool, error: msgspec.ValidationError) -> Any:
    if is_response:
        return tolerant_convert(obj, tp)
    if _add_custom_tool_types(obj, _type_info(tp)):
        return msgspec.convert(obj, tp)
    raise error


def _type_info(tp: Any) -> mi.Type:
    try:
        return _infos[tp]
    except (KeyError, TypeError):
        resolve(tp)
        info = mi.type_info(tp)
    try:
        _infos[tp] = info
    except TypeError:
        pass
    return info


_infos: dict[Any, mi.Type] = {}


def _add_custom_tool_types(obj: Any, info: mi.Type) -> bool:
    """Give ``type: custom`` to tool objects sent without a type; True if anything changed.

    The walk follows the type, so only objects in a position that accepts a tool are touched.
    """
    if isinstance(info, mi.Metadata):
        return _add_custom_tool_types(obj, info.type)
    if isinstance(info, mi.ListType) and isinstance(obj, list):
        changed = False
        for item in obj:
            changed = _add_custom_tool_types(item, info.item_type) or changed
        return changed
    if isinstance(info, mi.DictType) and isinstance(obj, dict):
        changed = False
        for value in obj.values():
            changed = _add_custom_tool_types(value, info.value_type) or changed
        return changed
    if isinstance(info, mi.StructType) and isinstance(obj, dict):
        changed = False
        for field in info.fields:
            if field.encode_name in obj:
                value = obj[field.encode_name]
                changed = _add_custom_tool_types(value, field.type) or changed
        return changed
    if isinstance(info, mi.UnionType):
        if isinstance(obj, dict) and "type" not in obj:
            if any(
                isinstance(member, mi.StructType) and member.tag == "custom"
                for member in info.types
            ):
                obj["type"] = "custom"
                return True
        changed = False
        for member in info.types:
            if isinstance(member, mi.StructType) and isinstance(obj, dict):
                tag = obj.get(member.tag_field) if member.tag_field else None
                if member.tag_field and tag != member.tag:
                    continue
            changed = _add_custom_tool_types(obj, member) or changed
        return changed
    return False


def _is_response_type(tp: Any) -> bool:
    """Whether ``tp`` holds response Structs (lenient decoding); cached per type."""
    try:
        return _response_kinds[tp]
    except KeyError:
        pass
    except TypeError:  # an unhashable type expression: answer without caching
        return _type_is_response(tp)
    answer = _response_kinds[tp] = _type_is_response(tp)
    return answer


def _type_is_response(tp: Any) -> bool:
    try:
        return _info_is_response(_type_info(tp))
    except (TypeError, ValueError):
        return False


_response_kinds: dict[Any, bool] = {}


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
