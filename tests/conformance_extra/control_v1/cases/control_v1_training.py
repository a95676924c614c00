# Training through v1 cond and while (ref and resource variables), TensorArray loop vars, map_fn/scan/foldl.
from prelude import tf, np, rnd

tf.disable_v2_behavior()


def dump(start=0):
    """Every op from `start` on: name, type, inputs, control inputs, output shapes, loop attrs."""
    for op in tf.get_default_graph().get_operations()[start:]:
        extra = []
        for a in ("frame_name", "is_constant", "parallel_iterations", "_class"):
            try:
                extra.append("%s=%s" % (a, op.get_attr(a)))
            except Exception:  # noqa: BLE001
                pass
        shapes = [str(o.shape) for o in op.outputs if o.dtype != tf.resource]
        print(op.name, op.type, [t.name for t in op.inputs], sorted(c.name for c in op.control_inputs),
              shapes, *extra)


x = tf.placeholder(tf.float32, [None, 2], name="x")
w = tf.Variable([[1.0], [2.0]], name="w")
b = tf.get_variable("b", [], initializer=tf.constant_initializer(0.5), use_resource=True)
p = tf.placeholder(tf.bool, [])
h = tf.cond(p, lambda: tf.matmul(x, w) + b, lambda: tf.matmul(x, w) * 2.0)


def body(i, acc):
    return i + 1, acc + tf.reduce_sum(tf.square(h - tf.cast(i, tf.float32))) * b


_, loss = tf.while_loop(lambda i, acc: i < 3, body, (0, 0.0))
train = tf.train.GradientDescentOptimizer(0.01).minimize(loss)
ta = tf.TensorArray(tf.float32, size=3)
_, ta = tf.while_loop(lambda i, t: i < 3, lambda i, t: (i + 1, t.write(i, tf.cast(i, tf.float32) * 2.0)), (0, ta))
st = ta.stack()
m = tf.map_fn(lambda e: e * 2.0, tf.constant([1.0, 2.0, 3.0]))
sc = tf.scan(lambda a, e: a + e, tf.constant([1.0, 2.0, 3.0]))
fl = tf.foldl(lambda a, e: a * e, tf.constant([1.0, 2.0, 3.0]))
gm = tf.gradients(tf.reduce_sum(tf.map_fn(lambda e: e * e, x[0])), x)
print(type(ta).__name__, st.shape, m.shape, sc.shape, fl.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for k in range(3):
        print(rnd(sess.run([loss, train], {x: [[1.0, 2.0], [0.5, -1.0]], p: k % 2 == 0})[0]))
    print(rnd(sess.run([w, b])))
    print(rnd(sess.run([st, m, sc, fl])), rnd(sess.run(gm, {x: [[1.0, 2.0]]})))
