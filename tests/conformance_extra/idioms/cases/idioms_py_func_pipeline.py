# tf.py_func in a graph and inside a tf.data map; set_shape after py_func.
from prelude import tf, np, rnd


def np_norm(a):
    return (a / np.abs(a).max()).astype(np.float32)


def tokenize(s):
    return np.array([len(w) for w in s.decode().split()], np.int32)


x = tf.constant([[1.0, -4.0], [2.0, 2.0]])
y = tf.py_func(np_norm, [x], tf.float32, name="norm")
print(y.dtype.name, str(y.shape), y.op.type in ("PyFunc", "EagerPyFunc"), y.op.name)
y.set_shape([2, 2])
z = y * 2.0
print(z.shape.as_list())
two = tf.py_func(lambda a: (a + 1, a * 2), [tf.constant(3, tf.int64)], [tf.int64, tf.int64])
print(type(two).__name__, len(two), [t.dtype.name for t in two])
ds = tf.data.Dataset.from_tensor_slices(["a bb ccc", "dddd e", "ff"])
ds = ds.map(lambda s: tf.py_func(tokenize, [s], tf.int32))
ds = ds.map(lambda t: tf.reduce_sum(t))
it = ds.make_one_shot_iterator()
nxt = it.get_next()
print(nxt.dtype.name, str(nxt.shape))
bad = tf.py_func(lambda a: a.astype(np.float64), [x], tf.float32)
with tf.Session() as sess:
    print(rnd(sess.run(y)), rnd(sess.run(z)))
    print(sess.run(two))
    out = []
    try:
        while True:
            out.append(int(sess.run(nxt)))
    except tf.errors.OutOfRangeError:
        pass
    print(out)
    try:
        sess.run(bad)
    except Exception as e:
        print(type(e).__name__)
