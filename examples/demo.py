"""`make run`: decode the bundled example payloads, responses and a recorded stream."""

from __future__ import annotations

import sys
from pathlib import Path

import msgspec

import msgtypes
from msgtypes._sse import iter_sse

HERE = Path(__file__).parent


def heading(title: str) -> None:
    print(f"\n== {title} " + "=" * max(0, 70 - len(title)))


def show_requests() -> None:
    heading("Request payloads (strict decode into MessageCreateParams)")
    for path in sorted((HERE / "requests").glob("*.json")):
        try:
            params = msgtypes.decode(path.read_bytes(), type=msgtypes.MessageCreateParams)
        except msgspec.ValidationError as error:
            print(f"{path.name}: rejected: {error}")
            continue
        kinds = sorted(
            {b.type for m in params.messages if isinstance(m.content, list) for b in m.content}
        )
        tools = len(params.tools) if isinstance(params.tools, list) else 0
        print(
            f"{path.name}: model={params.model} turns={len(params.messages)} "
            f"blocks={kinds or ['text']} tools={tools}"
        )
    batch = HERE / "requests" / "batch.jsonl"
    for number, line in enumerate(batch.read_bytes().splitlines(), start=1):
        request = msgtypes.decode(line, type=msgtypes.MessageBatchRequest)
        print(f"{batch.name}:{number}: custom_id={request.custom_id} model={request.params.model}")


def show_responses() -> None:
    heading("Responses (lenient decode; newer types are kept, not dropped)")
    for path in sorted((HERE / "responses").glob("*.json")):
        message = msgtypes.decode(path.read_bytes(), type=msgtypes.Message)
        print(f"{path.name}: stop_reason={message.stop_reason} usage={message.usage.output_tokens}")
        for block in message.content:
            if isinstance(block, msgtypes.TextBlock):
                print(f"  text: {block.text!r}")
            elif isinstance(block, msgtypes.ToolUseBlock):
                print(f"  tool_use {block.name}({block.input})")
            elif isinstance(block, msgtypes.Unknown):
                print(f"  unknown block {block.type!r} kept as raw JSON ({len(block)} keys)")
            else:
                print(f"  {block.type}")
    results = HERE / "responses" / "batch_results.jsonl"
    for line in results.read_bytes().splitlines():
        item = msgtypes.decode(line, type=msgtypes.MessageBatchIndividualResponse)
        print(f"{results.name}: {item.custom_id} -> {item.result.type}")


def show_stream() -> None:
    path = HERE / "streams" / "stream-a-toolrefusal.sse"
    heading(f"Recorded stream {path.name} (event by event)")
    for sse in iter_sse([path.read_bytes()]):
        event = msgtypes.decode(sse.data, type=msgtypes.MessageStreamEvent)
        detail = ""
        if isinstance(event, msgtypes.RawContentBlockStartEvent):
            detail = f"block={event.content_block.type}"
        elif isinstance(event, msgtypes.RawContentBlockDeltaEvent):
            detail = f"delta={event.delta.type}"
        elif isinstance(event, msgtypes.RawMessageDeltaEvent):
            detail = f"stop_reason={event.delta.stop_reason}"
        print(f"{event.type:<20} {detail}")


def main() -> int:
    show_requests()
    show_responses()
    show_stream()
    return 0


if __name__ == "__main__":
    sys.exit(main())
