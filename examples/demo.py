"""`make run`: decode, lint and stream the bundled examples.

1. decode the example request payloads, responses and batch files into the typed Structs;
2. lint the example payloads with msglint (one of them is full of mistakes);
3. stream a reply through msgtypes.Client — from the local fake API on 127.0.0.1, or from the
   real API when ANTHROPIC_API_KEY is set.
"""

from __future__ import annotations

import sys
from pathlib import Path

import msgspec

import msgtypes
from msgtypes.streaming import accumulate, iter_events

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
    heading(f"Recorded stream {path.name}: typed events, then the accumulated Message")
    data = path.read_bytes()
    chunks = [data[i : i + 97] for i in range(0, len(data), 97)]  # split anywhere
    events = list(iter_events(chunks))
    for event in events:
        detail = ""
        if isinstance(event, msgtypes.RawContentBlockStartEvent):
            detail = f"block={event.content_block.type}"
        elif isinstance(event, msgtypes.RawContentBlockDeltaEvent):
            detail = f"delta={event.delta.type}"
        elif isinstance(event, msgtypes.RawMessageDeltaEvent):
            detail = f"stop_reason={event.delta.stop_reason}"
        print(f"{event.type:<20} {detail}")
    message = accumulate(events)
    print(f"accumulated: {[block.type for block in message.content]}, "
          f"stop_reason={message.stop_reason}")
    for block in message.content:
        if isinstance(block, msgtypes.ServerToolUseBlock):
            print(f"  server tool input parsed from JSON deltas: {block.input}")


def show_lint() -> None:
    heading("msglint examples/requests (every problem, with where and how to fix)")
    from msglint.cli import main as msglint

    code = msglint(["--isolated", str(HERE / "requests")])
    print(f"(msglint exit code {code}: 1 means errors were found)")


def show_client() -> None:
    import os

    request = {
        "model": "claude-opus-5-5",
        "max_tokens": 256,
        "messages": [{"role": "user", "content": "Say hello to msgtypes in one sentence."}],
    }
    if os.environ.get("ANTHROPIC_API_KEY"):
        heading("Streaming from the real API (ANTHROPIC_API_KEY is set)")
        _stream(msgtypes.Client(lint="error"), request)
        return
    heading("Streaming from the fake API on 127.0.0.1 (set ANTHROPIC_API_KEY for the real API)")
    from msgtypes.testing import FakeAPI, Reply, serve

    fake = FakeAPI()
    fake.replies.push(Reply.text("Hello, msgtypes! Typed requests, offline linting, fast streams."))
    with serve(fake) as server:
        client = msgtypes.Client(api_key="demo-key", base_url=server.base_url, lint="error")
        _stream(client, request)


def _stream(client: msgtypes.Client, request: dict[str, object]) -> None:
    with client, client.messages.stream(**request) as stream:  # type: ignore[arg-type]
        for text in stream.text_stream:
            print(text, end="", flush=True)
        message = stream.get_final_message()
    print(f"\n[stop_reason={message.stop_reason}, output_tokens={message.usage.output_tokens}]")


def main() -> int:
    show_requests()
    show_responses()
    show_stream()
    show_lint()
    show_client()
    return 0


if __name__ == "__main__":
    sys.exit(main())
