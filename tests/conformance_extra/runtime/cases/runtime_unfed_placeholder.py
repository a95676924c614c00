# Unfed placeholders: class, which placeholder is named, failing op attributes.
from prelude import tf, np

with tf.name_scope("inputs"):
    x = tf.placeholder(tf.float32, shape=[2], name="x")
    z = tf.placeholder(tf.int32, name="z")
y = tf.placeholder(tf.float32, shape=[None, 3])
s = x * 2.0
t = tf.cast(z, tf.float32) + tf.reduce_sum(y)
with tf.Session() as sess:
    for fetch, feed in [(s, {}), (t, {z: 1}), (y, {}), (t, {y: np.ones([1, 3])})]:
        try:
            sess.run(fetch, feed)
        except tf.errors.InvalidArgumentError as e:
            first = e.message
            print(type(e).__name__, e.op.name, e.op.type, e.node_def.name, e.node_def.op, e.error_code)
            print("You must feed a value for placeholder tensor" in first, "'inputs/x'" in first,
                  "'Placeholder'" in first, "'inputs/z'" in first, "with dtype float and shape [2]" in first,
                  "with dtype float and shape [?,3]" in first, "with dtype int32" in first)
    # a placeholder not needed by the fetch need not be fed
    print(sess.run(tf.constant(3.0) + 1.0))
    print(sess.run(s, {"inputs/x:0": [1.0, 2.0]}).tolist())
