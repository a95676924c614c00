# Second derivatives of common unary and binary ops via tf.gradients twice and tf.hessians.
from prelude import tf, np, rnd

x = tf.constant([0.3, 0.7, 1.2])
fs = {
    "tanh": tf.tanh, "sigmoid": tf.sigmoid, "exp": tf.exp, "log": tf.log, "sqrt": tf.sqrt,
    "softplus": tf.nn.softplus, "recip": tf.reciprocal, "sin": tf.sin, "cos": tf.cos,
    "rsqrt": tf.rsqrt, "square": tf.square, "pow3": lambda v: tf.pow(v, 3.0), "atan": tf.atan,
    "elu": tf.nn.elu, "relu": tf.nn.relu, "abs": tf.abs, "erf": tf.erf, "lgamma": tf.lgamma,
    "log_sigmoid": tf.log_sigmoid, "selu": tf.nn.selu, "softsign": tf.nn.softsign,
    "asinh": tf.asinh, "tan": tf.tan,
}
second = {}
for k, f in sorted(fs.items()):
    g = tf.gradients(tf.reduce_sum(f(x)), x)[0]
    try:
        second[k] = tf.gradients(g, x)[0]
    except Exception as e:  # noqa: BLE001
        second[k] = None
        print(k, type(e).__name__)
m = tf.constant([[1.0, 2.0], [3.0, 4.0]])
v = tf.constant([[0.5], [1.5]])
hm = tf.hessians(tf.reduce_sum(tf.square(tf.matmul(m, v))), v)[0]
print(hm.shape.as_list())
hd = tf.hessians(tf.reduce_sum(x / (x + 1.0)), x)[0]
with tf.Session() as sess:
    for k in sorted(second):
        if second[k] is not None:
            print(k, rnd(sess.run(second[k]), 4))
    print(rnd(sess.run(hm), 4))
    print(rnd(sess.run(hd), 4))
