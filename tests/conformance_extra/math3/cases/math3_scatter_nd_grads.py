# scatter_nd / tensor_scatter_nd_* gradients, slice updates, int64 indices, unknown shapes, bad ranks.
from prelude import tf, np, rnd

t = tf.constant(np.arange(12, dtype=np.float32).reshape(3, 4))
idx = tf.constant([[2], [0]])
upd = tf.constant([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]])
u = tf.tensor_scatter_nd_update(t, idx, upd)
a = tf.tensor_scatter_nd_add(t, idx, upd)
s = tf.tensor_scatter_nd_sub(t, tf.constant([[1, 1], [1, 1]], tf.int64), tf.constant([1.0, 2.0]))
sn = tf.scatter_nd(tf.constant([[1, 0], [1, 0], [0, 2]]), tf.constant([1.0, 2.0, 3.0]), [2, 3])
sp = tf.scatter_nd(tf.placeholder(tf.int32, [None, 1]), tf.placeholder(tf.float32, [None, 5]), [4, 5])
w = tf.constant(np.arange(12, dtype=np.float32).reshape(3, 4))
for o in (u, a, s, sn, sp):
    print(o.op.type, o.dtype.name, o.shape.as_list())
gu = tf.gradients(tf.reduce_sum(u * w), [t, upd])
ga = tf.gradients(tf.reduce_sum(a * w), [t, upd])
gs = tf.gradients(tf.reduce_sum(s * w), [t])
gn = tf.gradients(tf.reduce_sum(sn * tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])), [sn.op.inputs[1]])
for label, fn in [("rank", lambda: tf.scatter_nd([[0, 0, 0]], [1.0], [2, 2])),
                  ("upd shape", lambda: tf.scatter_nd([[0], [1]], [1.0, 2.0, 3.0], [3])),
                  ("float idx", lambda: tf.scatter_nd([[0.0]], [1.0], [2])),
                  ("tsnd dtype", lambda: tf.tensor_scatter_nd_update(t, idx, tf.ones([2, 4], tf.int32)))]:
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__)
with tf.Session() as sess:
    for v in sess.run([u, a, s, sn] + gu + ga + gs + gn):
        print(rnd(v))
    print(rnd(sess.run(sp, {sp.op.inputs[0]: [[3], [3]], sp.op.inputs[1]: np.ones((2, 5))})))
    try:
        sess.run(tf.scatter_nd([[5]], [1.0], [3]))
        print("no error")
    except Exception as e:
        print(type(e).__name__)
