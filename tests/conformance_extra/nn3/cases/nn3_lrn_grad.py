# local_response_normalization: gradient values, depth_radius larger than depth, float16, bias/alpha/beta.
from prelude import tf, np, rnd

x = tf.constant(np.linspace(-1, 2, 1 * 2 * 2 * 5, dtype=np.float32).reshape(1, 2, 2, 5))
y = tf.nn.lrn(x, depth_radius=2, bias=1.0, alpha=0.5, beta=0.75)
y2 = tf.nn.local_response_normalization(x, depth_radius=10, bias=2.0, alpha=1.0, beta=0.5)
g = tf.gradients(tf.reduce_sum(y * tf.range(1.0, 6.0)), x)[0]
g2 = tf.gradients(tf.reduce_sum(y2), x)[0]
print(g.op.type, g.shape.as_list())
h = tf.nn.lrn(tf.cast(x, tf.float16), 1)
print(h.dtype.name)
with tf.Session() as sess:
    print(rnd(sess.run(y)[0, 0, 1], 4))
    print(rnd(sess.run(y2)[0, 1, 0], 4))
    print(rnd(sess.run(g)[0, 0], 4))
    print(rnd(sess.run(g2)[0, 1, 1], 4))
    print(rnd(sess.run(h)[0, 0, 0], 2))
