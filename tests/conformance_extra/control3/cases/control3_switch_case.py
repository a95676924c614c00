# tf.switch_case: branch_fns list/dict, default, out-of-range index, dtypes, gradients.
from prelude import tf, np, rnd

i = tf.placeholder(tf.int32, [])
x = tf.constant(3.0)
s1 = tf.switch_case(i, [lambda: x, lambda: x * 2.0, lambda: x * x])
s2 = tf.switch_case(i, {0: lambda: x, 1: lambda: x * 10.0}, default=lambda: tf.constant(-1.0))
s3 = tf.switch_case(i, {1: lambda: (x, tf.constant(1)), 0: lambda: (x + 1.0, tf.constant(0))})
s4 = tf.switch_case(tf.constant(1), [lambda: x, lambda: x * 2.0])
print(s1.dtype.name, s1.shape, type(s3).__name__, s4.op.type)
g = tf.gradients(s1, x)[0]
with tf.Session() as sess:
    for v in [0, 1, 2, 5, -1]:
        print(v, rnd(sess.run([s1, s2, g], {i: v})), rnd(sess.run(s3, {i: v})))
    print(rnd(sess.run(s4)))
def attempt(name, fn):
    try:
        out = fn()
        print(name, "ok", type(out).__name__)
    except Exception as e:  # noqa: BLE001
        print(name, type(e).__name__)
attempt("float_index", lambda: tf.switch_case(tf.constant(1.0), [lambda: x]))
attempt("empty", lambda: tf.switch_case(i, []))
attempt("gap_keys", lambda: tf.switch_case(i, {0: lambda: x, 2: lambda: x}))
attempt("bad_key", lambda: tf.switch_case(i, {"a": lambda: x}))
attempt("not_callable", lambda: tf.switch_case(i, [x]))
attempt("int64_index", lambda: tf.switch_case(tf.constant(1, tf.int64), [lambda: x, lambda: x]))
attempt("dtype_mismatch", lambda: tf.switch_case(i, [lambda: x, lambda: tf.constant(1)]))
attempt("vector_index", lambda: tf.switch_case(tf.constant([1]), [lambda: x]))
