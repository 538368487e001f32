"""A session of the unmodified official SDK against the fake: ``python sdk_session.py BASE_URL``.

Runs in the SDK's own venv (standard library and ``anthropic`` only): ``make peer-test`` runs it
with anthropic 0.75.0 and 2.14.0 against a faithful fake, and ``test_fake_sdk_session.py`` with
any anthropic 2.x interpreter it finds. It makes every kind of call a user makes (create,
stream, count_tokens, the batch lifecycle, models) and prints a JSON summary; any failure is a
traceback and exit status 1.
"""

from __future__ import annotations

import json
import sys
import time

import anthropic

MODEL = "claude-opus-4-8"
HELLO = [{"role": "user", "content": "Hello from the SDK"}]


def main(base_url: str) -> dict[str, object]:
    client = anthropic.Anthropic(api_key="sk-ant-session", base_url=base_url, max_retries=0)
    created = client.messages.create(model=MODEL, max_tokens=64, messages=HELLO)
    with client.messages.stream(model=MODEL, max_tokens=64, messages=HELLO) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    events = [
        e.type
        for e in client.messages.create(model=MODEL, max_tokens=64, messages=HELLO, stream=True)
    ]
    counted = client.messages.count_tokens(model=MODEL, messages=HELLO)
    batch = client.messages.batches.create(
        requests=[
            {"custom_id": "one", "params": {"model": MODEL, "max_tokens": 32, "messages": HELLO}}
        ]
    )
    for _ in range(50):
        batch = client.messages.batches.retrieve(batch.id)
        if batch.processing_status == "ended":
            break
        time.sleep(0.1)
    results = [(r.custom_id, r.result.type) for r in client.messages.batches.results(batch.id)]
    listed = [b.id for b in client.messages.batches.list(limit=10)]
    models = [m.id for m in client.models.list(limit=5)]
    model = client.models.retrieve(models[0])
    beta = client.beta.messages.create(model=MODEL, max_tokens=64, messages=HELLO, betas=[])
    return {
        "sdk": anthropic.__version__,
        "create": created.content[0].text,
        "stream": [text, final.stop_reason],
        "stream events": [events[0], events[-1]],
        "count_tokens": counted.input_tokens,
        "batch": [batch.processing_status, results, batch.id in listed],
        "models": [len(models) > 0, model.id == models[0], getattr(model, "lifecycle", None)],
        "beta": beta.content[0].text,
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
