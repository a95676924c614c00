# Linear algebra ops: non-square / rank errors at build, singular or non-PD inputs at run, dtypes.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        if isinstance(r, (tuple, list)):
            r = r[0]
        print(label, "ok", r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


B("inverse non-square", lambda: tf.linalg.inv(tf.zeros([2, 3])))
B("inverse rank1", lambda: tf.linalg.inv(tf.zeros([3])))
B("inverse int", lambda: tf.linalg.inv(tf.zeros([2, 2], tf.int32)))
B("det int", lambda: tf.linalg.det(tf.zeros([2, 2], tf.int32)))
B("det non-square", lambda: tf.linalg.det(tf.zeros([2, 3])))
B("cholesky non-square", lambda: tf.linalg.cholesky(tf.zeros([2, 3])))
B("solve mismatch", lambda: tf.linalg.solve(tf.eye(2), tf.zeros([3, 1])))
B("solve rank1 rhs", lambda: tf.linalg.solve(tf.eye(2), tf.zeros([2])))
B("solve dtype", lambda: tf.linalg.solve(tf.eye(2), tf.zeros([2, 1], tf.float64)))
B("triangular_solve mismatch", lambda: tf.linalg.triangular_solve(tf.eye(2), tf.zeros([3, 1])))
B("qr int", lambda: tf.linalg.qr(tf.zeros([2, 2], tf.int32)))
B("svd rank1", lambda: tf.linalg.svd(tf.zeros([3])))
B("trace rank1", lambda: tf.linalg.trace(tf.zeros([3])))
B("diag_part rank1", lambda: tf.linalg.diag_part(tf.zeros([3])))
B("eigh non-square", lambda: tf.linalg.eigh(tf.zeros([2, 3])))
B("tensordot axes bad", lambda: tf.tensordot(tf.zeros([2, 3]), tf.zeros([4, 5]), axes=1))
B("tensordot axes too many", lambda: tf.tensordot(tf.zeros([2, 3]), tf.zeros([3, 5]), axes=3))
B("einsum bad", lambda: tf.einsum("ij,jk->ik", tf.zeros([2, 3]), tf.zeros([4, 5])))
B("einsum wrong operands", lambda: tf.einsum("ij,jk->ik", tf.zeros([2, 3])))
p = tf.placeholder(tf.float32, [None, None])
runs = [("inv singular", tf.linalg.inv(p)), ("cholesky", tf.linalg.cholesky(p)),
        ("solve singular", tf.linalg.solve(p, tf.ones([2, 1]))), ("det", tf.linalg.det(p))]
with tf.Session() as sess:
    for fv in [[[2.0, 0.0], [0.0, 3.0]], [[1.0, 2.0], [2.0, 4.0]], [[1.0, 2.0], [2.0, 1.0]], np.ones([2, 3])]:
        for lab, t in runs:
            try:
                print(lab, rnd(np.asarray(sess.run(t, {p: fv})) + 0.0, 4))
            except Exception as e:  # noqa: BLE001
                print(lab, "run", type(e).__name__)
