# crelu, elu, selu, softplus, softsign, leaky_relu, relu6: op types, names, dtypes, values, int inputs.
from prelude import tf, np, rnd

x = tf.constant([[-3.0, -0.5, 0.0, 0.5, 7.0]])
acts = [tf.nn.crelu(x), tf.nn.crelu(x, axis=0, name="cr0"), tf.nn.elu(x), tf.nn.selu(x),
        tf.nn.softplus(x), tf.nn.softsign(x), tf.nn.leaky_relu(x), tf.nn.leaky_relu(x, alpha=0.3, name="lr"),
        tf.nn.leaky_relu(x, alpha=2.0), tf.nn.relu6(x), tf.nn.relu(x), tf.nn.swish(x) if hasattr(tf.nn, "swish") else tf.nn.relu(x)]
for t in acts:
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list())
xi = tf.constant([-2, 0, 9])
for name in ("relu", "relu6", "leaky_relu", "elu", "softplus", "softsign", "selu", "crelu"):
    try:
        r = getattr(tf.nn, name)(xi)
        print(name, r.op.type, r.dtype.name)
    except Exception as e:
        print(name, type(e).__name__)
xd = tf.constant([-1.0, 2.0], tf.float64)
print([getattr(tf.nn, n)(xd).dtype.name for n in ("elu", "selu", "softplus", "leaky_relu", "relu6")])
ph = tf.placeholder(tf.float32, [None, 3])
print(tf.nn.crelu(ph).shape.as_list(), tf.nn.crelu(ph, axis=0).shape.as_list())
g = tf.gradients([tf.reduce_sum(a) for a in acts[2:10]], x)[0]
with tf.Session() as sess:
    for v in sess.run(acts):
        print(rnd(v, 4))
    print(rnd(sess.run(g), 4))
    print(sess.run([tf.nn.relu(xi), tf.nn.relu6(xi)]))
