from msgtypes.dicts import MessageParam

turn: MessageParam = {"role": "user", "content": [{"type": "text", "txt": "x"}]}  # E: list-item
