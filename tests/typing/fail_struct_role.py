from msgtypes import MessageParam

MessageParam(role="developer", content="x")  # E: arg-type
