# tf.slice / strided_slice / __getitem__: out-of-range at build and run, bad begin/size.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


x = tf.reshape(tf.range(12), [3, 4])
B("x[5]", lambda: x[5])
B("x[-4]", lambda: x[-4])
B("x[:, 4]", lambda: x[:, 4])
B("x[0, 0, 0]", lambda: x[0, 0, 0])
B("x[1.0]", lambda: x[1.0])
B("x['a']", lambda: x["a"])
B("x[::0]", lambda: x[::0])
B("x[[0, 1]]", lambda: x[[0, 1]])
B("x[tf float]", lambda: x[tf.constant(1.0)])
B("x[5:10]", lambda: x[5:10])
B("slice begin oob", lambda: tf.slice(x, [4, 0], [1, 1]))
B("slice size too big", lambda: tf.slice(x, [0, 0], [4, 1]))
B("slice rank mismatch", lambda: tf.slice(x, [0], [1]))
B("slice begin/size dtype", lambda: tf.slice(x, tf.constant([0, 0]), tf.constant([1, 1], tf.int64)))
B("slice size -2", lambda: tf.slice(x, [0, 0], [-2, 1]))
B("slice float begin", lambda: tf.slice(x, [0.0, 0.0], [1, 1]))
B("strided strides 0", lambda: tf.strided_slice(x, [0, 0], [1, 1], [0, 1]))
B("strided len mismatch", lambda: tf.strided_slice(x, [0, 0], [1], [1, 1]))
i = tf.placeholder(tf.int32, [])
g = x[i]
sl = tf.slice(x, [i, 0], [2, 2])
with tf.Session() as sess:
    for iv in [1, -1, 3, -4]:
        for lab, t in [("getitem", g), ("slice", sl)]:
            try:
                print(lab, iv, sess.run(t, {i: iv}).tolist())
            except Exception as e:  # noqa: BLE001
                print(lab, iv, "run", type(e).__name__)
