# Variable scatter_* methods with IndexedSlices and tf.scatter_* functions:
# update/add/sub/mul/div/max/min, nd variants.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0, 3.0, 4.0], name="v")
idx = tf.constant([0, 2])
vals = tf.constant([10.0, 20.0])
sl = tf.IndexedSlices(vals, idx)
ops = [
    ("scatter_update", lambda: v.scatter_update(sl)),
    ("scatter_add", lambda: v.scatter_add(sl)),
    ("scatter_sub", lambda: v.scatter_sub(sl)),
    ("scatter_mul", lambda: v.scatter_mul(sl)),
    ("scatter_div", lambda: v.scatter_div(sl)),
    ("scatter_max", lambda: v.scatter_max(sl)),
    ("scatter_min", lambda: v.scatter_min(sl)),
    ("tf.scatter_update", lambda: tf.scatter_update(v, idx, vals)),
    ("tf.scatter_add", lambda: tf.scatter_add(v, [1, 1], [1.0, 1.0])),
    ("tf.scatter_sub", lambda: tf.scatter_sub(v, [3], [4.0])),
    ("tf.scatter_mul", lambda: tf.scatter_mul(v, [0], [3.0])),
    ("tf.scatter_div", lambda: tf.scatter_div(v, [0], [2.0])),
    ("tf.scatter_max", lambda: tf.scatter_max(v, [0, 1], [0.0, 100.0])),
    ("tf.scatter_min", lambda: tf.scatter_min(v, [0, 1], [0.0, 100.0])),
    ("scatter_nd_update", lambda: v.scatter_nd_update([[1], [3]], [7.0, 8.0])),
    ("scatter_nd_add", lambda: v.scatter_nd_add([[1], [3]], [7.0, 8.0])),
    ("scatter_nd_sub", lambda: v.scatter_nd_sub([[1], [3]], [7.0, 8.0])),
    ("tf.scatter_nd_update", lambda: tf.scatter_nd_update(v, [[0]], [-1.0])),
    ("tf.scatter_nd_add", lambda: tf.scatter_nd_add(v, [[0]], [-1.0])),
]
with tf.Session() as sess:
    for name, fn in ops:
        sess.run(v.initializer)
        t = fn()
        r = sess.run(t)
        print(name, rnd(r), rnd(sess.run(v)))
    sess.run(v.initializer)
    t = tf.scatter_update(v, [0], [5.0], use_locking=True)
    print(t.dtype.base_dtype.name, t.shape.as_list())
