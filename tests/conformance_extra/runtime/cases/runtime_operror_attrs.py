# Attributes of a caught OpError: op, node_def, error_code, message, str().
from prelude import tf, np

with tf.name_scope("block"):
    a = tf.placeholder(tf.float32, shape=[None], name="a")
    r = tf.reshape(a, [3], name="to_three")
    out = tf.identity(r * 2.0, name="out")
with tf.Session() as sess:
    try:
        sess.run(out, {a: [1.0, 2.0]})
    except tf.errors.OpError as e:
        print(type(e).__name__, e.error_code, e.error_code == tf.errors.INVALID_ARGUMENT)
        print(e.op is tf.get_default_graph().get_operation_by_name("block/to_three"))
        print(e.op.name, e.op.type, e.node_def.name, e.node_def.op)
        print(list(e.node_def.input))
        print(e.message.split("\n")[0].startswith("Input to reshape"))
        print(str(e).split("\n")[0] == e.message.split("\n")[0])
        print(isinstance(e, tf.errors.InvalidArgumentError), isinstance(e, Exception))
        print(type(e).__mro__[1].__name__, e.args == (e.message,) or len(e.args))
        print(hasattr(tf.errors, "raise_exception_on_not_ok_status"))
    try:
        out.eval({a: [1.0]})
    except tf.errors.InvalidArgumentError as e:
        print("eval", type(e).__name__, e.op.name)
    try:
        sess.run(out, {a: [1.0, 2.0]})
    except tf.errors.OpError as e:
        lines = e.message.split("\n")
        print(lines[0])
        print("Input to reshape is a tensor with 2 values, but the requested shape has 3" in e.message,
              "Detected at node 'block/to_three'" in e.message, "Node: 'block/to_three'" in e.message,
              "[[{{node block/to_three}}]]" in e.message)
