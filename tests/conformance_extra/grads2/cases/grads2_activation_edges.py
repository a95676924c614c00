# Gradients of activations at and around their kinks: relu6, leaky_relu, elu, selu, crelu, relu, abs, sign, floor, swish.
from prelude import tf, np, rnd

x = tf.constant([-2.0, -0.0, 0.0, 0.5, 6.0, 7.0])
fs = {
    "relu6": tf.nn.relu6, "leaky": tf.nn.leaky_relu, "leaky03": lambda v: tf.nn.leaky_relu(v, alpha=0.3),
    "elu": tf.nn.elu, "selu": tf.nn.selu, "relu": tf.nn.relu, "abs": tf.abs, "sign": tf.sign,
    "floor": tf.floor, "ceil": tf.ceil, "round": tf.round, "rint": tf.rint, "swish": tf.nn.swish,
}
gs = {}
for k, f in sorted(fs.items()):
    g = tf.gradients(f(x), x)[0]
    gs[k] = g
    print(k, None if g is None else (g.dtype.name, g.shape.as_list()))
cr = tf.gradients(tf.nn.crelu(tf.constant([[-1.0, 2.0]])), x)
print("crelu unrelated", cr)
xc = tf.constant([[-1.0, 2.0]])
gcr = tf.gradients(tf.nn.crelu(xc) * tf.constant([[1.0, 2.0, 3.0, 4.0]]), xc)[0]
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, None if gs[k] is None else rnd(sess.run(gs[k]), 4))
    print("crelu", rnd(sess.run(gcr), 4))
