# reduce_prod gradients with zero, two zeros, axes, keepdims and negative axes.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 0.0, 3.0], [0.0, 0.0, 2.0], [2.0, 3.0, 4.0]])
gs = {
    "all": tf.gradients(tf.reduce_prod(x), x)[0],
    "ax0": tf.gradients(tf.reduce_prod(x, 0), x)[0],
    "ax1": tf.gradients(tf.reduce_prod(x, 1), x)[0],
    "axneg_keep": tf.gradients(tf.reduce_prod(x, -1, keepdims=True) * tf.constant([[1.0], [2.0], [3.0]]), x)[0],
    "axes01": tf.gradients(tf.reduce_prod(x + 1.0, [0, 1]), x)[0],
}
p = tf.placeholder(tf.float32, [None, 2])
gp = tf.gradients(tf.reduce_prod(p, 0), p)[0]
print(gp.shape)
e = tf.zeros([0, 3])
ge = tf.gradients(tf.reduce_prod(e, 0), e)[0]
print(ge.shape)
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, rnd(sess.run(gs[k]), 4))
    print(rnd(sess.run(gp, {p: [[2.0, 0.0], [3.0, 5.0], [-1.0, 2.0]]}), 4))
    print(sess.run(ge).shape)
