# tf.while_loop structure errors: fewer vars, changed dtype/shape, bad shape_invariants, cond output.
from prelude import tf, np, rnd

i0 = tf.constant(0)
v0 = tf.constant([1.0, 2.0])


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", type(r).__name__)
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


attempt("fewer", lambda: tf.while_loop(lambda i, v: i < 3, lambda i, v: [i + 1], [i0, v0]))
attempt("more", lambda: tf.while_loop(lambda i: i < 3, lambda i: (i + 1, i), [i0]))
attempt("nested mismatch", lambda: tf.while_loop(lambda i, v: i < 3, lambda i, v: (i + 1, (v, v)), [i0, v0]))
attempt("shape change", lambda: tf.while_loop(lambda i, v: i < 3, lambda i, v: (i + 1, tf.concat([v, v], 0)),
                                              [i0, v0]))
attempt("rank invariant", lambda: tf.while_loop(lambda i, v: i < 3, lambda i, v: (i + 1, v), [i0, v0],
                                                shape_invariants=[i0.shape, tf.TensorShape([None, None])]))
attempt("incompatible invariant", lambda: tf.while_loop(lambda i, v: i < 3, lambda i, v: (i + 1, v), [i0, v0],
                                                        shape_invariants=[i0.shape, tf.TensorShape([3])]))
attempt("invariant count", lambda: tf.while_loop(lambda i, v: i < 3, lambda i, v: (i + 1, v), [i0, v0],
                                                 shape_invariants=[i0.shape]))
attempt("unknown invariant", lambda: tf.while_loop(lambda i, v: i < 3, lambda i, v: (i + 1, v), [i0, v0],
                                                   shape_invariants=[i0.shape, tf.TensorShape(None)]))
attempt("cond not bool", lambda: tf.while_loop(lambda i: i, lambda i: i - 1, [tf.constant(3)]))
attempt("cond vector", lambda: tf.while_loop(lambda v: v > 0, lambda v: v - 1.0, [v0]))
attempt("dtype change", lambda: tf.while_loop(lambda i, v: i < 3,
                                              lambda i, v: (i + 1, tf.cast(v, tf.float64)), [i0, v0]))
attempt("body returns none", lambda: tf.while_loop(lambda i: i < 3, lambda i: None, [i0]))
attempt("loop_vars tensor", lambda: tf.while_loop(lambda i: i < 3, lambda i: i + 1, i0))
