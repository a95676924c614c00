# while_loop build-time errors: body returns wrong number of values, wrong dtype, non-callable, python scalar.
from prelude import tf, np, rnd

def attempt(name, fn):
    try:
        out = fn()
        print(name, "ok", type(out).__name__)
    except Exception as e:  # noqa: BLE001
        print(name, type(e).__name__)

i0 = tf.constant(0)
attempt("fewer", lambda: tf.while_loop(lambda i, j: i < 3, lambda i, j: (i + 1,), [i0, i0]))
attempt("more", lambda: tf.while_loop(lambda i: i < 3, lambda i: (i + 1, i), [i0]))
attempt("dtype", lambda: tf.while_loop(lambda i: i < 3, lambda i: tf.cast(i, tf.float32), [i0]))
attempt("cond_not_callable", lambda: tf.while_loop(True, lambda i: i + 1, [i0]))
attempt("body_not_callable", lambda: tf.while_loop(lambda i: i < 3, 5, [i0]))
attempt("empty_vars", lambda: tf.while_loop(lambda: True, lambda: (), []))
attempt("py_scalar_body", lambda: tf.while_loop(lambda i: i < 3, lambda i: 1, [i0]))
attempt("cond_vector", lambda: tf.while_loop(lambda i: tf.constant([True, False]), lambda i: i + 1, [i0]))
attempt("structure", lambda: tf.while_loop(lambda a: a[0] < 3, lambda a: [a[0] + 1, (a[1], a[1])], [[i0, i0]]))
r = tf.while_loop(lambda i: i < 3, lambda i: 7, [tf.constant(0)])
with tf.Session() as sess:
    print(sess.run(r))
