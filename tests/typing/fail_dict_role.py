from msgtypes.dicts import MessageParam

turn: MessageParam = {"role": "developer", "content": "x"}  # E: typeddict-item
