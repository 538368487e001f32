from msgtypes import MessageCreateParams, MessageParam

MessageCreateParams(  # E: call-arg
    model="m", max_tokens=1, messages=[MessageParam(role="user", content="x")], temprature=0.5
)
