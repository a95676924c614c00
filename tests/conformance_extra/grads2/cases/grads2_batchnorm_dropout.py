# Gradients of batch_normalization (all inputs), fused_batch_norm training, dropout with seed.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0], [3.0, 5.0], [-1.0, 0.0]])
mean, var = tf.nn.moments(x, [0])
off = tf.constant([0.1, 0.2])
sc = tf.constant([2.0, 0.5])
y = tf.nn.batch_normalization(x, mean, var, off, sc, 1e-3)
w = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 7.0]])
g = tf.gradients(y * w, [x, off, sc])
m2 = tf.constant([1.0, 1.0])
v2 = tf.constant([4.0, 9.0])
g2 = tf.gradients(tf.nn.batch_normalization(x, m2, v2, None, None, 0.0) * w, [x, m2, v2])
x4 = tf.reshape(x, [1, 3, 1, 2])
fy, fm, fv = tf.nn.fused_batch_norm(x4, sc, off, epsilon=1e-3)
gf = tf.gradients(fy * tf.reshape(w, [1, 3, 1, 2]), [x4, sc, off])
tf.set_random_seed(3)
d = tf.nn.dropout(tf.ones([4, 5]), rate=0.5, seed=7)
dx = tf.ones([4, 5]) * 3.0
gd = tf.gradients(tf.nn.dropout(dx, rate=0.4, seed=11) * 2.0, dx)[0]
print(gd.dtype.name, gd.shape)
with tf.Session() as sess:
    print([rnd(v, 3) for v in sess.run(g)])
    print([rnd(v, 3) for v in sess.run(g2)])
    print([rnd(v, 3).__repr__()[:200] for v in sess.run(gf)])
    print(rnd(sess.run(gd), 3))
