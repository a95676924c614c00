# Gradients of relu6, elu, selu, leaky_relu, softplus, softsign, crelu at 0 and at the kinks.
from prelude import tf, np, rnd

x = tf.constant([-2.0, -0.0, 0.0, 2e-3, 3.0, 6.0, 7.0])
fs = {
    "relu6": tf.nn.relu6, "elu": tf.nn.elu, "selu": tf.nn.selu,
    "leaky": tf.nn.leaky_relu, "leaky05": lambda v: tf.nn.leaky_relu(v, alpha=0.5),
    "leaky_neg": lambda v: tf.nn.leaky_relu(v, alpha=-0.1),
    "softplus": tf.nn.softplus, "softsign": tf.nn.softsign, "sigmoid": tf.sigmoid, "tanh": tf.tanh,
    "swish": tf.nn.swish,
}
gs = {}
for k, f in sorted(fs.items()):
    y = f(x)
    gs[k] = tf.gradients(y, x)[0]
print(sorted(set(g.op.type for g in gs.values())))
cr = tf.nn.crelu(x)
gcr = tf.gradients(cr, x)[0]
print(cr.shape.as_list(), gcr.shape.as_list())
d = tf.constant([-1.0, 0.0, 2.0], tf.float64)
gd = tf.gradients(tf.nn.elu(d) + tf.nn.relu6(d) + tf.nn.selu(d), d)[0]
print(gd.dtype.name)
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, rnd(sess.run(gs[k]), 4))
    print(rnd(sess.run(gcr), 4), rnd(sess.run(gd), 4))
