# Reshape to a wrong size at run time: class, failing op, message key parts.
from prelude import tf, np

x = tf.placeholder(tf.float32, shape=[None], name="x")
r = tf.reshape(x, [2, 2], name="r")
r2 = tf.reshape(x, [-1, 4], name="r2")
with tf.name_scope("inner"):
    r3 = tf.reshape(x * 2.0, [3, -1])
print(r.shape.as_list(), r2.shape.as_list(), r3.shape.as_list(), r3.op.name)
with tf.Session() as sess:
    print(sess.run(r, {x: [1, 2, 3, 4]}).tolist())
    for t, v in [(r, [1.0, 2, 3, 4, 5, 6]), (r2, [1.0, 2, 3, 4, 5, 6]), (r3, [1.0, 2, 3, 4])]:
        try:
            sess.run(t, {x: v})
        except tf.errors.OpError as e:
            first = e.message
            print(type(e).__name__, e.error_code, e.op.name, e.op.type, e.node_def.name)
            print("Input to reshape is a tensor with" in first, "values" in first,
                  "requested shape" in first)
            print("Input to reshape is a tensor with %d values, but the requested shape has 4" % len(v) in first,
                  "requested shape requires a multiple of 4" in first,
                  "requested shape requires a multiple of 3" in first)
try:
    tf.reshape(tf.zeros([6]), [4])
except Exception as e:
    print(type(e).__name__)
