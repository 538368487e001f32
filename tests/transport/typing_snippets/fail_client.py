"""Client calls that must not type-check."""

from __future__ import annotations

from msgtypes import Client

client = Client(api_key="k")
msgs = client.messages
turns = [{"role": "user", "content": "hi"}]

client.messages.create(model="m", max_token=5, messages=[])  # E: call-overload
client.messages.create(model="m", messages=[])  # E: call-overload
client.messages.create(model="m", max_tokens="5", messages=[])  # E: call-overload
client.messages.create(model="m", max_tokens=5, messages=[], betas=["x"])  # E: call-overload
client.messages.count_tokens(model="m", messages=[], max_tokens=3)  # E: call-arg
client.messages.stream(model="m", max_tokens=5, messages=[], stream=True)  # E: call-arg
client.messages.batches.retrieve("b", betas=["x"])  # E: call-arg
client.beta.messages.batches.retrieve("b", betas=[1])  # E: list-item
client.models.list(limit="ten")  # E: arg-type
msgs.create(model="m", max_tokens=5, messages=[{"role": "developer", "content": "x"}])  # E: list-item
client.completions.create(model="m", prompt="p")  # E: call-overload
Client(api_key="k", lint="loud")  # E: arg-type
