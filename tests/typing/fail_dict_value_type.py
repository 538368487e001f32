from msgtypes.dicts import MessageCreateParams

params: MessageCreateParams = {
    "model": "m",
    "max_tokens": "1024",  # E: typeddict-item
    "messages": [{"role": "user", "content": "x"}],
}
