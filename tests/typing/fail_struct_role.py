from msgtypes import MessageParam

MessageParam(role="system", content="x")  # E: arg-type
