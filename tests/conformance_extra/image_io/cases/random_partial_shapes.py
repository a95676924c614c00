# Random ops with partially known shape arguments: static shapes, run-time shapes.
from prelude import tf, np, rnd

n = tf.placeholder(tf.int32, [])
pv = tf.placeholder(tf.float32, [None, 3])
alpha = tf.placeholder(tf.float32, [None])
ts = [tf.random_normal(tf.stack([n, 3])), tf.random_uniform([n, 2]), tf.truncated_normal(tf.stack([2, n, n])),
      tf.random_shuffle(pv), tf.random_gamma([2], alpha), tf.random_gamma(tf.stack([n]), [[1.0, 2.0]]),
      tf.random_poisson(alpha, [4]), tf.multinomial(tf.log(tf.ones([2, 3]) / 3.0), n),
      tf.random.categorical(pv, 4), tf.random_crop(pv, [2, 3]),
      tf.random_uniform(tf.shape(pv), dtype=tf.float64)]
for t in ts:
    print(t.dtype.name, t.shape)
with tf.Session() as sess:
    out = sess.run(ts, {n: 4, pv: np.zeros([5, 3]), alpha: [1.0, 2.0, 3.0]})
    print([list(o.shape) for o in out])
