# tf.map_fn: dtype= for a different output structure, several elems, shape inference.
from prelude import tf, np, rnd

a = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
b = tf.constant([1, 2, 3])
m1 = tf.map_fn(lambda r: tf.reduce_sum(r), a)
print(m1.shape.as_list(), m1.dtype.name)
m2 = tf.map_fn(lambda t: t[0] * tf.cast(t[1], tf.float32), (a, b), dtype=tf.float32)
print(m2.shape.as_list(), m2.dtype.name)
m3 = tf.map_fn(lambda r: (tf.reduce_max(r), tf.cast(tf.argmax(r), tf.int32)), a, dtype=(tf.float32, tf.int32))
print(type(m3).__name__, [t.dtype.name for t in m3], [t.shape.as_list() for t in m3])
m4 = tf.map_fn(lambda t: {"s": t["x"] + 1.0, "n": t["y"] * 2}, {"x": a, "y": b},
               dtype={"s": tf.float32, "n": tf.int32})
print(type(m4).__name__, sorted(m4))
p = tf.placeholder(tf.float32, [None, 2])
m5 = tf.map_fn(lambda r: r * 2.0, p)
print(m5.shape.as_list())
m6 = tf.map_fn(lambda r: tf.reduce_sum(r), p, infer_shape=False)
print(m6.shape.ndims, m6.dtype.name)
m7 = tf.map_fn(lambda r: tf.cast(r, tf.int64), b, dtype=tf.int64, back_prop=False, parallel_iterations=1)
print(m7.dtype.name)
try:
    tf.map_fn(lambda r: r, tf.constant(3.0))
    print("no error")
except Exception as e:  # noqa: BLE001
    print("scalar elems", type(e).__name__)
try:
    tf.map_fn(lambda r: (r, r), a)
    print("no error")
except Exception as e:  # noqa: BLE001
    print("structure", type(e).__name__)
try:
    tf.map_fn(lambda r: tf.cast(r, tf.int32), a)
    print("no error")
except Exception as e:  # noqa: BLE001
    print("dtype", type(e).__name__)
mm = tf.map_fn(lambda t: t[0] + t[1], (tf.constant([1.0, 2.0]), p[:, 0]), dtype=tf.float32)
with tf.Session() as sess:
    print(rnd(sess.run([m1, m2])))
    print(rnd(sess.run(m3)), rnd(sess.run(m4)))
    print(rnd(sess.run([m5, m6], {p: [[1.0, 2.0]]})), sess.run(m7).tolist())
    try:
        sess.run(mm, {p: [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]})
        print("no error")
    except Exception as e:  # noqa: BLE001
        print("mismatched elems", type(e).__name__)
