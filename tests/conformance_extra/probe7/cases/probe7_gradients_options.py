# tf.gradients options: grad_ys forms, stop_gradients, unconnected_gradients, aggregation_method, name, errors.
from prelude import tf, np, rnd

def t(label, f):
    try:
        r = f()
        names = [None if g is None else g.name for g in r] if isinstance(r, list) else r
        print(label, "->", names)
        vals = [g for g in r if g is not None] if isinstance(r, list) else []
        if vals:
            with tf.Session() as s:
                print("   ", rnd(s.run(vals)))
    except Exception as e:
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:250])

x = tf.constant([1.0, 2.0], name="x")
y = tf.constant(3.0, name="y")
z = x * y + x ** 2
u = tf.constant(1.0, name="u")
t("basic", lambda: tf.gradients(z, [x, y]))
t("grad_ys_list", lambda: tf.gradients(z, x, grad_ys=[2.0, 0.5]))
t("grad_ys_tensor", lambda: tf.gradients(z, x, grad_ys=tf.constant([1.0, 1.0])))
t("grad_ys_bad_shape", lambda: tf.gradients(z, x, grad_ys=[1.0, 2.0, 3.0]))
t("grad_ys_dtype", lambda: tf.gradients(z, x, grad_ys=tf.constant([1, 1])))
t("grad_ys_len", lambda: tf.gradients([z, z], x, grad_ys=[None]))
t("grad_ys_none", lambda: tf.gradients([z, z], x, grad_ys=[None, None]))
t("unconnected", lambda: tf.gradients(z, u))
t("unconnected_zero", lambda: tf.gradients(z, [u, x], unconnected_gradients="zero"))
t("unconnected_enum", lambda: tf.gradients(z, u, unconnected_gradients=tf.UnconnectedGradients.ZERO))
t("unconnected_bad", lambda: tf.gradients(z, u, unconnected_gradients="nope"))
t("stop", lambda: tf.gradients(z, [x, y], stop_gradients=[y]))
t("stop_tensor", lambda: tf.gradients(x * y, [x, y], stop_gradients=x))
t("agg_tree", lambda: tf.gradients(x + x + x, x, aggregation_method=tf.AggregationMethod.EXPERIMENTAL_TREE))
t("agg_accum", lambda: tf.gradients(x + x + x, x, aggregation_method=tf.AggregationMethod.EXPERIMENTAL_ACCUMULATE_N))
t("agg_bad", lambda: tf.gradients(x + x, x, aggregation_method=99))
t("name", lambda: tf.gradients(z, x, name="mygrad"))
t("name_none", lambda: tf.gradients(z, x, name=None))
t("colocate", lambda: tf.gradients(z, x, colocate_gradients_with_ops=True))
t("gate", lambda: tf.gradients(z, x, gate_gradients=True))
t("int_xs", lambda: tf.gradients(tf.cast(tf.constant(2), tf.float32) * 2.0, tf.constant(2)))
t("int_ys", lambda: tf.gradients(tf.constant(2) * 3, tf.constant(1)))
t("xs_op", lambda: tf.gradients(z, x.op))
t("xs_var", lambda: tf.gradients(z * 1.0, tf.Variable(1.0)))
t("self", lambda: tf.gradients(x, x))
t("tuple_xs", lambda: tf.gradients(z, (x, y)))
t("string_ys", lambda: tf.gradients(tf.constant("a"), x))
t("hessians", lambda: tf.hessians(tf.reduce_sum(x ** 3), x))
t("stop_gradient_op", lambda: tf.gradients(tf.stop_gradient(x) * x, x))
