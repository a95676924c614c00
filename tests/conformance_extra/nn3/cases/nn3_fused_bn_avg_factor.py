# fused_batch_norm: exponential_avg_factor in training, NCHW on CPU, epsilon, gradients, variance correction.
from prelude import tf, np, rnd

xv = np.linspace(-2, 3, 2 * 3 * 2 * 4, dtype=np.float32).reshape(2, 3, 2, 4) ** 2 / 3.0
x = tf.placeholder_with_default(xv, [2, 3, 2, 4])
sc = tf.constant([1.0, 2.0, 0.5, -1.0])
of = tf.constant([0.0, 0.1, -0.2, 0.3])
rm = tf.constant([0.5, 0.5, 0.5, 0.5])
rv = tf.constant([2.0, 2.0, 2.0, 2.0])
y, m, v = tf.nn.fused_batch_norm(x, sc, of, rm, rv, epsilon=0.01, is_training=True,
                                 exponential_avg_factor=0.25, name="fbn")
print(y.op.type, y.name, m.name, v.name, y.op.get_attr("exponential_avg_factor"))
yi, mi, vi = tf.nn.fused_batch_norm(x, sc, of, rm, rv, epsilon=0.1, is_training=False, exponential_avg_factor=0.5)
xn = tf.transpose(x, [0, 3, 1, 2])
yn, mn, vn = tf.nn.fused_batch_norm(xn, sc, of, epsilon=0.01, data_format="NCHW")
print(yn.shape.as_list(), mn.shape.as_list())
g = tf.gradients(tf.reduce_sum(y * y), [x, sc, of])
gi = tf.gradients(tf.reduce_sum(yi * yi), [x, sc, of])
print([t.op.type for t in g])
with tf.Session() as sess:
    r = sess.run([y, m, v])
    print(rnd(r[0][0, 0], 4))
    print(rnd(r[1], 4), rnd(r[2], 4))
    print(rnd(sess.run(yi)[1, 2], 4))
    r = sess.run([yn, mn, vn])
    print(rnd(r[0][0, :, 0, 0], 4), rnd(r[2], 4))
    for t in sess.run(g):
        print(rnd(np.asarray(t).reshape(-1)[:6], 3))
    for t in sess.run(gi):
        print(rnd(np.asarray(t).reshape(-1)[:6], 3))
