# tf.map_fn with empty elems (static and unknown length), ragged-in-shape outputs, errors.
from prelude import tf, np, rnd

e = tf.zeros([0, 3])
m1 = tf.map_fn(lambda r: r * 2.0, e)
print(m1.shape)
p = tf.placeholder(tf.float32, [None, 3])
m2 = tf.map_fn(lambda r: tf.reduce_sum(r), p)
print(m2.shape)
m3 = tf.map_fn(lambda r: r[:2], p)
print(m3.shape)
with tf.Session() as sess:
    print(sess.run(m1).shape, sess.run(m2, {p: np.zeros([0, 3])}).shape)
    print(rnd(sess.run(m3, {p: np.ones([2, 3])})))
def attempt(name, fn):
    try:
        out = fn()
        print(name, "ok", out.shape)
    except Exception as e_:  # noqa: BLE001
        print(name, type(e_).__name__)
attempt("scalar_elems", lambda: tf.map_fn(lambda r: r, tf.constant(1.0)))
attempt("mismatched_len", lambda: tf.map_fn(lambda ab: ab[0], (tf.zeros([2]), tf.zeros([3]))))
attempt("wrong_dtype", lambda: tf.map_fn(lambda r: tf.cast(r, tf.int32), tf.zeros([2])))
pv = tf.placeholder(tf.float32, [None])
m4 = tf.map_fn(lambda r: tf.fill([tf.cast(r, tf.int32)], r), pv)
with tf.Session() as sess:
    try:
        print(sess.run(m4, {pv: [1.0, 2.0]}))
    except Exception as e_:  # noqa: BLE001
        print("ragged", type(e_).__name__)
