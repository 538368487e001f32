from msgtypes.dicts import MessageCreateParams

params: MessageCreateParams = {  # E: typeddict-unknown-key
    "model": "m",
    "max_tokens": 1,
    "messages": [{"role": "user", "content": "x"}],
    "temprature": 0.5,
}
