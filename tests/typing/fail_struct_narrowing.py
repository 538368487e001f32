import msgtypes


def text(message: msgtypes.Message) -> str:
    return message.content[0].text  # E: union-attr
