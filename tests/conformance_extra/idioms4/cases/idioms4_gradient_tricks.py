# Gradient tricks from blog posts: custom_gradient with variables, stop_gradient target nets, hessians, unconnected zero, grad_ys, cond-in-while grads.
from prelude import tf, np, rnd

v = tf.Variable([1.0, -2.0], name="v")
x = tf.constant([3.0, 4.0])


@tf.custom_gradient
def scaled_dot(a):
    out = tf.reduce_sum(a * v)

    def grad(dy, variables=None):
        return dy * v * 10.0, [dy * a * 0.5]
    return out, grad


o = scaled_dot(x)
gx, gv = tf.gradients(o, [x, v])
print(o.shape, gx.shape, gv.shape)
target = tf.stop_gradient(2.0 * v)
td = tf.reduce_sum(tf.square(v - target))
h = tf.hessians(tf.reduce_sum(v * v * v), v)[0]
unc = tf.gradients(tf.reduce_sum(x), v, unconnected_gradients="zero")[0]
unc_none = tf.gradients(tf.reduce_sum(x), v)
gy = tf.gradients(v * 2.0, v, grad_ys=tf.constant([1.0, 3.0]))[0]
agg = tf.gradients([v * 2.0, v * v], v, aggregation_method=tf.AggregationMethod.EXPERIMENTAL_TREE)[0]


def body(i, acc):
    return i + 1, tf.cond(acc[0] > 0, lambda: acc * v, lambda: acc + v)


_, wl = tf.while_loop(lambda i, acc: i < 3, body, [0, tf.constant([1.0, 1.0])])
gw = tf.gradients(tf.reduce_sum(wl), v)[0]
print(h.shape, unc_none, gw.shape)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([o, gx, gv]), 4))
    print(rnd(sess.run(tf.gradients(td, v)[0]), 4), rnd(sess.run(h), 4))
    print(sess.run(unc).tolist(), sess.run(gy).tolist(), sess.run(agg).tolist())
    print(rnd(sess.run([wl, gw]), 4))
