from msgtypes.dicts import MessageParam

turn: MessageParam = {"role": "system", "content": "x"}  # E: typeddict-item
