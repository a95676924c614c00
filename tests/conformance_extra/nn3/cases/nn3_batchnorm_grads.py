# batch_normalization and batch_norm_with_global_normalization: gradients wrt every input, values.
from prelude import tf, np, rnd

x = tf.constant(np.linspace(-1, 2, 3 * 4, dtype=np.float32).reshape(3, 4))
mean = tf.constant([0.1, 0.2, 0.3, 0.4])
var = tf.constant([1.0, 0.5, 2.0, 0.25])
off = tf.constant([0.0, 1.0, -1.0, 0.5])
sc = tf.constant([1.0, 2.0, 3.0, 4.0])
y = tf.nn.batch_normalization(x, mean, var, off, sc, 0.001, name="bn")
print(y.name, y.shape.as_list())
g = tf.gradients(tf.reduce_sum(y * y), [x, mean, var, off, sc])
x4 = tf.reshape(x, [1, 1, 3, 4])
yg = tf.nn.batch_norm_with_global_normalization(x4, mean, var, off, sc, 0.01, True)
yg2 = tf.nn.batch_norm_with_global_normalization(x4, mean, var, off, sc, 0.01, False)
gg = tf.gradients(tf.reduce_sum(yg), [x4, mean, var, off, sc])
print(yg.shape.as_list(), [t.shape.as_list() for t in gg])
with tf.Session() as sess:
    print(rnd(sess.run(y), 4))
    for t in sess.run(g):
        print(rnd(t, 4))
    print(rnd(sess.run(yg)[0, 0], 4))
    print(rnd(sess.run(yg2)[0, 0], 4))
    for t in sess.run(gg):
        print(rnd(np.asarray(t).reshape(-1), 4))
