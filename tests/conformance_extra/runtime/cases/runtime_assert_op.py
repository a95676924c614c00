# tf.Assert: passing and failing, data and summarize, in control dependencies.
from prelude import tf, np

x = tf.placeholder(tf.int32, shape=[None], name="x")
cond = tf.reduce_all(x > 0)
a = tf.Assert(cond, ["x must be positive:", x], name="check")
a2 = tf.Assert(cond, [x], summarize=2)
with tf.control_dependencies([a]):
    y = tf.identity(x * 2, name="y")
print(a.type, a.name, a2.name, len(a.inputs), a.outputs == [] or len(a.outputs))
print([inp.dtype.name for inp in a.inputs])
with tf.Session() as sess:
    print(sess.run(y, {x: [1, 2, 3]}).tolist())
    print(sess.run(a, {x: [1]}))
    try:
        sess.run(y, {x: [1, -2, 3]})
    except tf.errors.InvalidArgumentError as e:
        first = e.message
        print(type(e).__name__, e.op.name, e.op.type, e.error_code)
        print("assertion failed" in first, "[x must be positive:] [1 -2 3]" in first)
    try:
        sess.run(a2, {x: [5, -1, 4, 7]})
    except tf.errors.InvalidArgumentError as e:
        first = e.message
        print(type(e).__name__, e.op.name)
        print("[5 -1...]" in first, "[5 -1 4 7]" in first)
    try:
        sess.run(tf.Assert(False, [tf.constant([1.5, 2.0])], name="const_false"))
    except tf.errors.InvalidArgumentError as e:
        first = e.message
        print(type(e).__name__, "[1.5 2]" in first)
