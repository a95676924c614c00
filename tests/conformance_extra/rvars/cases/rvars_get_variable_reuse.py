# get_variable reuse errors, reuse=True, AUTO_REUSE, shape/dtype mismatch on reuse.
from prelude import tf, np, rnd

with tf.variable_scope("m"):
    w = tf.get_variable("w", [2, 3])
print(w.name, type(w).__name__, w.dtype.name, w.shape, w.op.type, w.initializer.name)
print(w.initial_value.name, w.initial_value.op.type)
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r.name, r is w)
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)
def again(**kw):
    with tf.variable_scope("m", reuse=kw.pop("reuse", None)):
        return tf.get_variable("w", **kw)
attempt("dup", lambda: again(shape=[2, 3]))
attempt("reuse", lambda: again(reuse=True))
attempt("reuse shape", lambda: again(reuse=True, shape=[3, 2]))
attempt("reuse dtype", lambda: again(reuse=True, dtype=tf.int32))
attempt("reuse missing", lambda: (lambda: [tf.variable_scope("m", reuse=True).__enter__(), tf.get_variable("zz")][1])())
attempt("auto", lambda: again(reuse=tf.AUTO_REUSE, shape=[2, 3]))
with tf.variable_scope("n", reuse=tf.AUTO_REUSE):
    a1 = tf.get_variable("a", [1])
    a2 = tf.get_variable("a", [1])
print(a1 is a2, a1.name)
attempt("no shape", lambda: tf.get_variable("noshape"))
attempt("partial shape", lambda: tf.get_variable("partial", [None, 2]))
attempt("bad init shape", lambda: tf.get_variable("bis", [3], initializer=tf.constant([1.0, 2.0])))
attempt("tensor init", lambda: tf.get_variable("ti", initializer=tf.constant([1.0, 2.0])))
attempt("tensor init+shape", lambda: tf.get_variable("tis", [2], initializer=tf.constant([1.0, 2.0])))
print([v.name for v in tf.global_variables()])
