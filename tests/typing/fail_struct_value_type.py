from msgtypes import MessageCreateParams, MessageParam

turn = MessageParam(role="user", content="x")
MessageCreateParams(model="m", max_tokens="1024", messages=[turn])  # E: arg-type
