# matmul dtype and shape errors (messages), cast to bool and from complex, saturate_cast ranges.
from prelude import tf, np, rnd


def show(t):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list() if t.shape.ndims is not None else None)


def attempt(label, fn, msg=False):
    try:
        r = fn()
        print(label, "ok", r.op.type, r.dtype.name, r.shape)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__, str(e).splitlines()[0] if msg else "")


f = tf.ones([2, 3])
i = tf.ones([3, 2], tf.int32)
d = tf.ones([3, 2], tf.float64)
attempt("float*int", lambda: tf.matmul(f, i), msg=True)
attempt("float*double", lambda: tf.matmul(f, d), msg=True)
attempt("int*int", lambda: tf.matmul(tf.ones([2, 3], tf.int32), i))
attempt("bool", lambda: tf.matmul(tf.ones([2, 2], tf.bool), tf.ones([2, 2], tf.bool)))
attempt("rank3 x rank2", lambda: tf.matmul(tf.ones([4, 2, 3]), tf.ones([3, 5])))
attempt("batch mismatch", lambda: tf.matmul(tf.ones([4, 2, 3]), tf.ones([5, 3, 5])))
attempt("batch broadcast", lambda: tf.matmul(tf.ones([4, 1, 2, 3]), tf.ones([5, 3, 5])))
attempt("unknown inner", lambda: tf.matmul(tf.placeholder(tf.float32, [None, None]), f))
attempt("transpose adjoint", lambda: tf.matmul(f, f, transpose_b=True, adjoint_b=True))
attempt("a_is_sparse", lambda: tf.matmul(f, tf.ones([3, 1]), a_is_sparse=True))
attempt("operator @", lambda: f @ tf.ones([3, 1]))
attempt("matvec", lambda: tf.linalg.matvec(f, tf.ones([3])))
c = tf.constant([1.5 - 2j, -0.0 + 1j, 0j], tf.complex64)
x = tf.constant([-1.5, 0.0, 0.25, 300.0, -300.0, float("nan")])
outs = [tf.cast(x, tf.bool), tf.cast(tf.constant([0, 2, -1]), tf.bool), tf.cast(c, tf.float32), tf.cast(c, tf.int32),
        tf.cast(tf.constant([True, False]), tf.complex64),
        tf.saturate_cast(x[:5], tf.uint8), tf.saturate_cast(x[:5], tf.int8), tf.saturate_cast(tf.constant([70000, -5]), tf.int16),
        tf.saturate_cast(tf.constant([300], tf.int32), tf.uint8), tf.cast(tf.constant([1, 2]), tf.int32),
        tf.saturate_cast(c, tf.float64), tf.cast(x[:3], tf.complex128), tf.to_float(tf.constant([1, 2])), tf.to_int64(x[:3])]
for t in outs:
    show(t)
attempt("cast string", lambda: tf.cast(tf.constant(["1"]), tf.int32))
attempt("cast to string", lambda: tf.cast(tf.constant([1]), tf.string))
with tf.Session() as sess:
    for v in sess.run(outs):
        a = np.asarray(v)
        if a.dtype.kind == "c":
            print(a.dtype.name, rnd(a.real), rnd(a.imag))
        else:
            print(a.dtype.name, rnd(a))
