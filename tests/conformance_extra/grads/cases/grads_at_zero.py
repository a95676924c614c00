# Gradients of abs, sign, relu, sqrt, rsqrt, pow, reciprocal and log at zero.
from prelude import tf, np, rnd

x = tf.constant([-1.0, 0.0, 4.0])
fs = {
    "abs": tf.abs, "sign": tf.sign, "relu": tf.nn.relu, "sqrt": tf.sqrt, "rsqrt": tf.rsqrt,
    "square": tf.square, "recip": tf.reciprocal, "log": tf.log, "pow2": lambda v: tf.pow(v, 2.0),
    "pow05": lambda v: tf.pow(v, 0.5), "pow0": lambda v: tf.pow(v, 0.0), "exp": tf.exp,
    "log1p": tf.log1p, "cube": lambda v: v * v * v,
}
gs = {k: tf.gradients(f(x), x)[0] for k, f in sorted(fs.items())}
e = tf.constant([0.0, 1.0, 2.0])
base = tf.constant([0.0, 2.0, -2.0])
gpe = tf.gradients(tf.pow(base, e), [base, e])
ai = tf.constant([-3, 0, 2])
print(tf.gradients(tf.abs(ai), ai), tf.gradients(tf.cast(tf.abs(ai), tf.float32), ai))
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, rnd(sess.run(gs[k]), 4))
    print(rnd(sess.run(gpe), 4))
