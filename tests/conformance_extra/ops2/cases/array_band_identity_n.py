# matrix_band_part with -1 bands and batches, identity/identity_n naming, unknown-shape inputs.
from prelude import tf, np, rnd


def show(t):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list() if t.shape.ndims is not None else None)


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r.shape)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


m = tf.constant(np.arange(1, 17, dtype=np.float32).reshape(4, 4))
b = tf.constant(np.ones((2, 3, 3), np.int32))
p = tf.placeholder(tf.float32, [None, None, 2])
outs = [tf.matrix_band_part(m, 1, -1), tf.matrix_band_part(m, -1, 0), tf.matrix_band_part(m, 0, 0),
        tf.linalg.band_part(b, 1, 1), tf.matrix_band_part(p, 0, -1), tf.matrix_band_part(m, tf.constant(2, tf.int64), 1),
        tf.identity(m), tf.identity(m, name="same")]
for t in outs:
    show(t)
ids = tf.identity_n([m, b, tf.constant("s")], name="many")
for t in ids:
    show(t)
ids2 = tf.identity_n([m])
print(type(ids2).__name__, len(ids2), ids2[0].name)
attempt("band rank1", lambda: tf.matrix_band_part(tf.ones([3]), 0, 0))
attempt("band float", lambda: tf.matrix_band_part(m, 0.0, 1))
with tf.Session() as sess:
    for v in sess.run(outs[:4] + outs[5:]):
        print(rnd(v))
    print(rnd(sess.run(outs[4], {p: np.ones((1, 2, 2))})))
    print(rnd(sess.run(list(ids))))
    try:
        sess.run(tf.matrix_band_part(m, 5, 0))
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
