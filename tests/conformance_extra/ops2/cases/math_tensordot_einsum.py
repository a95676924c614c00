# tensordot axes forms (int, pair of lists, 0, tensors) with unknown dims; einsum ellipsis, trace, diag, outer.
from prelude import tf, np, rnd


def show(t):
    print(t.dtype.name, t.shape.as_list() if t.shape.ndims is not None else None)


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r.shape)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


a = tf.constant(np.arange(24, dtype=np.float32).reshape(2, 3, 4))
b = tf.constant(np.arange(12, dtype=np.float32).reshape(4, 3))
m = tf.constant(np.arange(9, dtype=np.float32).reshape(3, 3))
p = tf.placeholder(tf.float32, [None, 3, 4])
outs = [tf.tensordot(a, b, 1), tf.tensordot(a, b, [[1, 2], [1, 0]]), tf.tensordot(a, b, ([2], [0])),
        tf.tensordot(m, m, 0), tf.tensordot(m, m, 2), tf.tensordot(p, b, 1), tf.tensordot(p, b, [[2], [0]]),
        tf.tensordot(tf.constant([1.0, 2.0]), tf.constant([3.0, 4.0]), 1),
        tf.einsum("ii->", m), tf.einsum("ii->i", m), tf.einsum("ij->ji", m), tf.einsum("...ij,jk->...ik", a, b),
        tf.einsum("bij,bjk->bik", a, tf.ones([2, 4, 2])), tf.einsum("i,j->ij", tf.constant([1.0, 2.0]), tf.constant([3.0, 4.0, 5.0])),
        tf.einsum("ijk->k", a), tf.einsum("ij,ij->i", m, m), tf.einsum("...j,j->...", a, tf.ones([4])),
        tf.einsum("bij,jk", a, b), tf.einsum("nij,jk->nik", p, b)]
for t in outs:
    show(t)
attempt("tensordot mismatch", lambda: tf.tensordot(a, b, [[1], [0]]))
attempt("tensordot axes too many", lambda: tf.tensordot(m, m, 3))
attempt("einsum bad", lambda: tf.einsum("ij,jk->ik", m, a))
attempt("einsum count", lambda: tf.einsum("ij,jk->ik", m))
attempt("einsum dtypes", lambda: tf.einsum("ij,jk->ik", m, tf.ones([3, 3], tf.float64)))
with tf.Session() as sess:
    for v in sess.run([o for o in outs if o.shape.is_fully_defined()]):
        print(rnd(v))
    print(rnd(sess.run([outs[5], outs[18]], {p: np.ones((1, 3, 4))})))
