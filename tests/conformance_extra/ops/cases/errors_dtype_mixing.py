# Mixing dtypes and bad shapes: the error classes and the key parts of TF's messages.
from prelude import tf, np, rnd

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", getattr(r, "dtype", None))
    except Exception as e:  # noqa: BLE001
        msg = str(e).splitlines()[0]
        print(label, type(e).__name__, "Expected" in msg or "must" in msg or "incompatible" in msg.lower()
              or "Dimensions" in msg or "Shapes" in msg or "rank" in msg)

i = tf.constant([1, 2])
f = tf.constant([1.0, 2.0])
attempt("int+float", lambda: i + f)
attempt("float+pyint", lambda: f + 1)
attempt("int+pyfloat", lambda: i + 1.5)
attempt("matmul rank", lambda: tf.matmul(f, f))
attempt("matmul dims", lambda: tf.matmul(tf.ones([2, 3]), tf.ones([2, 3])))
attempt("add shapes", lambda: tf.ones([2, 3]) + tf.ones([4, 3]))
attempt("reshape", lambda: tf.reshape(tf.ones([2, 3]), [4, 2]))
attempt("concat ranks", lambda: tf.concat([tf.ones([2]), tf.ones([2, 2])], 0))
attempt("cast string", lambda: tf.cast(tf.constant("a"), tf.float32))
attempt("int64+int32", lambda: tf.constant(1, tf.int64) + tf.constant(1))
attempt("float64+float32 const", lambda: tf.constant(1.0, tf.float64) * f)
attempt("bool add", lambda: tf.constant(True) + tf.constant(False))
attempt("squeeze", lambda: tf.squeeze(tf.ones([2, 3]), [0]))
attempt("transpose perm", lambda: tf.transpose(tf.ones([2, 3]), [0, 0]))
