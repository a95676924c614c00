# Scatter updates on ref variables: update/add/sub/mul/div/max/min/nd ops, return values, dtypes.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

v = tf.Variable(np.arange(12, dtype=np.float32).reshape(4, 3), name="v")
idx = tf.constant([0, 2])
upd = tf.constant([[1.0, 1.0, 1.0], [2.0, 2.0, 2.0]])
ops = [tf.scatter_update(v, idx, upd), tf.scatter_add(v, idx, upd), tf.scatter_sub(v, [1], [[5.0, 5.0, 5.0]]),
       tf.scatter_mul(v, idx, upd), tf.scatter_div(v, [3], [[2.0, 2.0, 2.0]]),
       tf.scatter_max(v, [0], [[100.0, -1.0, 0.0]]), tf.scatter_min(v, [1], [[0.0, 0.0, 50.0]]),
       tf.scatter_nd_update(v, [[0, 0], [3, 2]], [7.0, 8.0]), tf.scatter_nd_add(v, [[1, 1]], [100.0]),
       tf.scatter_nd_sub(v, [[2]], [[1.0, 1.0, 1.0]])]
print([(o.op.type, o.dtype.name, str(o.shape)) for o in ops])
print(ops[0].name, [t.name for t in ops[0].op.inputs])
with tf.Session() as sess:
    sess.run(v.initializer)
    for o in ops:
        print(o.op.type, rnd(sess.run(o)).__len__(), rnd(sess.run(v)[:, 0]))
    print(rnd(sess.run(v)))
    try:
        sess.run(tf.scatter_update(v, [7], [[1.0, 1.0, 1.0]]))
    except Exception as e:
        print(type(e).__name__, "indices[0] = 7" in str(e))
i = tf.Variable([1, 2, 3], name="i")
print(tf.scatter_add(i, [0], [5]).dtype)
