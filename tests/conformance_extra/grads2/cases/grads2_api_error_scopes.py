# Failing tf.gradients calls (None ys/xs/stop_gradients, grad_ys length, bad aggregation) and which use up a gradients_N scope.
from prelude import tf, np, rnd

x = tf.constant([1.0, 2.0], name="x")
for label, f in [("none_y", lambda: tf.gradients([None], x)), ("none_x", lambda: tf.gradients(x * 2.0, [None])),
                 ("gy_len", lambda: tf.gradients([x * 2.0], x, grad_ys=[None, None])),
                 ("agg", lambda: tf.gradients(x * 2.0, x, aggregation_method=9)),
                 ("unc", lambda: tf.gradients(x * 2.0, x, unconnected_gradients="zeros")),
                 ("gy_dtype", lambda: tf.gradients(x * 2.0, x, grad_ys=[tf.constant([1, 2])])),
                 ("gy_shape", lambda: tf.gradients(x * 2.0, x, grad_ys=[tf.constant([1.0])])),
                 ("stop_none", lambda: tf.gradients(x * 2.0, x, stop_gradients=[None])),
                 ("hess_none", lambda: tf.hessians(x * 2.0, [None])),
                 ("empty_ys", lambda: tf.gradients([], x)), ("empty_xs", lambda: tf.gradients(x * 2.0, [])),
                 ("op_x", lambda: tf.gradients(x * 2.0, x.op)),
                 ("str_y", lambda: tf.gradients(tf.as_string(x), x)),
                 ("self", lambda: tf.gradients(x, x))]:
    try:
        r = f()
        print(label, [None if t is None else t.name for t in r])
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)
    with tf.name_scope("gradients") as s:
        print(label, s)
