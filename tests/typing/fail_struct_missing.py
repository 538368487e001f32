from msgtypes import MessageCreateParams, MessageParam

MessageCreateParams(model="m", messages=[MessageParam(role="user", content="x")])  # E: call-arg
