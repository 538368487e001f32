from msgtypes.dicts import MessageCreateParams

params: MessageCreateParams = {  # E: typeddict-item
    "model": "m",
    "messages": [{"role": "user", "content": "x"}],
}
