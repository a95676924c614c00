# tf.cond build-time and run-time errors: None branches, ops, structure and dtype mismatches.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [], name="x")


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", type(r).__name__)
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


attempt("py bool", lambda: tf.cond(True, lambda: x, lambda: x * 2))
attempt("np bool", lambda: tf.cond(np.bool_(True), lambda: x, lambda: x * 2))
attempt("none one side", lambda: tf.cond(x > 0, lambda: x, lambda: None))
attempt("both none", lambda: tf.cond(x > 0, lambda: None, lambda: None))
attempt("tuple vs list", lambda: tf.cond(x > 0, lambda: (x, x), lambda: [x, x]))
attempt("dict keys", lambda: tf.cond(x > 0, lambda: {"a": x}, lambda: {"b": x}))
attempt("dtype", lambda: tf.cond(x > 0, lambda: x, lambda: tf.cast(x, tf.float64)))
attempt("int vs float", lambda: tf.cond(x > 0, lambda: tf.constant(1), lambda: tf.constant(2.0)))
attempt("len", lambda: tf.cond(x > 0, lambda: (x, x, x), lambda: (x, x)))
attempt("not callable", lambda: tf.cond(x > 0, x, lambda: x))
attempt("no false_fn", lambda: tf.cond(x > 0, lambda: x))
attempt("pred vec", lambda: tf.cond(tf.constant([True, False]), lambda: x, lambda: x))
with tf.Graph().as_default():
    attempt("pred float", lambda: tf.cond(tf.constant(1.0), lambda: 1, lambda: 2))
attempt("fn1 fn2", lambda: tf.cond(x > 0, fn1=lambda: x, fn2=lambda: -x))
attempt("fn1 and true_fn", lambda: tf.cond(x > 0, lambda: x, lambda: x, fn1=lambda: x))
pi = tf.placeholder(tf.int32, [])
ci = tf.cond(tf.cast(pi, tf.bool), lambda: x + 1, lambda: x - 1)
pv = tf.placeholder(tf.bool, [None])
with tf.Session() as sess:
    print(rnd(sess.run(ci, {x: 1.0, pi: 3})), rnd(sess.run(ci, {x: 1.0, pi: 0})))
    try:
        c = tf.cond(pv, lambda: x + 1, lambda: x - 1)
        print(rnd(sess.run(c, {x: 1.0, pv: [True, False]})))
    except Exception as e:  # noqa: BLE001
        print("pred vector run", type(e).__name__)
