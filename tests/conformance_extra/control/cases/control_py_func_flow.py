# tf.py_func / tf.numpy_function inside while loops and conds (stateful=False), shapes and dtypes.
from prelude import tf, np, rnd

calls = []


def double(v):
    calls.append(1)
    return (v * 2).astype(v.dtype)


x = tf.placeholder(tf.float32, [], name="x")
_, w = tf.while_loop(
    lambda i, a: i < 3,
    lambda i, a: (i + 1, tf.reshape(tf.py_func(double, [a], tf.float32, stateful=False), [])), [0, x])
print(w.shape.as_list(), w.dtype.name)
c = tf.cond(x > 0, lambda: tf.numpy_function(double, [x], tf.float32), lambda: tf.numpy_function(
    lambda v: np.float32(-1), [x], tf.float32))
print(c.shape.ndims, c.dtype.name)
multi = tf.py_func(lambda a: (a + 1, np.int64(len(str(a)))), [x], [tf.float32, tf.int64])
print(type(multi).__name__, [t.dtype.name for t in multi])
pf = tf.py_func(lambda a: a, [x], tf.float32, stateful=False, name="pyid")
print(pf.op.type, pf.op.name)
pt = tf.py_func(lambda a: a, [x], tf.float32, name="pyst")
print(pt.op.type)
npf = tf.numpy_function(lambda a: a, [x], tf.float32, name="npf")
print(npf.op.type)
bad = tf.py_func(lambda a: np.array([1, 2], np.int32), [x], tf.float32)
with tf.Session() as sess:
    print(rnd(sess.run(w, {x: 1.5})), len(calls))
    print(rnd(sess.run(c, {x: 2.0})), rnd(sess.run(c, {x: -2.0})))
    print(rnd(sess.run(multi, {x: 1.0})))
    try:
        sess.run(bad, {x: 1.0})
        print("no error")
    except Exception as e:  # noqa: BLE001
        print("bad dtype", type(e).__name__)
