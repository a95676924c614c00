# Python-side math wrappers: op types and names they emit (sign of complex, multiply_no_nan,
# l2_normalize of complex, saturate_cast's clamp), their TypeErrors, and einsum subscript checks.
from prelude import tf, np, rnd


def show(t):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list() if t.shape.ndims is not None else None)


def attempt(label, fn, msg=False):
    try:
        r = fn()
        print(label, "ok", r.op.type, r.dtype.name)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__, str(e).splitlines()[0] if msg else "")


c = tf.constant([3 + 4j, 0j, -2j], tf.complex64)
f = tf.constant([np.inf, -np.inf, 300.0, -1.5])
outs = [tf.sign(c), tf.sign(tf.constant([-2.0, 0.0])), tf.math.multiply_no_nan(tf.constant([np.inf, 2.0]), [0.0, 3.0]),
        tf.math.multiply_no_nan(tf.constant([1.0]), tf.constant([2.0]), name="mnn"),
        tf.nn.l2_normalize(tf.constant([[3 + 4j, 0j]], tf.complex128), axis=1),
        tf.saturate_cast(f, tf.float32), tf.saturate_cast(f, tf.uint8), tf.saturate_cast(tf.constant([70000, -3]), tf.float16),
        tf.saturate_cast(tf.constant([300, -3]), tf.complex64), tf.saturate_cast(tf.constant([2.5], tf.float64), tf.int32, name="sc"),
        tf.argmax(tf.constant([1, 5, 2]), output_type=tf.int16), tf.complex(tf.constant([1.0]), [2.0]),
        tf.tile(tf.ones([2, 3]), tf.stack([2, tf.placeholder(tf.int32, [])])),
        tf.tile(tf.ones([2, 3]), tf.concat([[3], tf.placeholder(tf.int32, [1])], 0))]
for t in outs:
    show(t)
attempt("saturate to bool", lambda: tf.saturate_cast(f, tf.bool), msg=True)
attempt("saturate from bool", lambda: tf.saturate_cast(tf.constant([True]), tf.int32), msg=True)
attempt("saturate string", lambda: tf.saturate_cast(tf.constant(["a"]), tf.string), msg=True)
attempt("argmin int16", lambda: tf.argmin(tf.constant([1, 5, 2]), output_type=tf.int16))
attempt("argmin int16 axis", lambda: tf.argmin(tf.constant([1, 5, 2]), tf.constant(0, tf.int16)))
attempt("complex mixed", lambda: tf.complex(tf.constant([1.0], tf.float64), tf.constant([2.0])), msg=True)
attempt("complex ints", lambda: tf.complex(tf.constant([1]), tf.constant([2])), msg=True)
attempt("reduce_std int", lambda: tf.math.reduce_std(tf.constant([1, 3])), msg=True)
attempt("reduce_variance int", lambda: tf.math.reduce_variance(tf.constant([1, 3])), msg=True)
attempt("einsum repeated output", lambda: tf.einsum("ij->ii", tf.ones([2, 2])))
attempt("einsum unknown output", lambda: tf.einsum("ij->ik", tf.ones([2, 2])))
attempt("einsum bad format", lambda: tf.einsum("ij,jk->ik,", tf.ones([2, 2]), tf.ones([2, 2])))
attempt("einsum two arrows", lambda: tf.einsum("ij->i->j", tf.ones([2, 2])))
attempt("einsum implicit", lambda: tf.einsum("ij,jk", tf.ones([2, 3]), tf.ones([3, 4])))
with tf.Session() as sess:
    for v in sess.run(outs[:12]):
        a = np.asarray(v)
        if a.dtype.kind == "c":
            print(a.dtype.name, rnd(a.real), rnd(a.imag))
        else:
            print(a.dtype.name, rnd(a))
