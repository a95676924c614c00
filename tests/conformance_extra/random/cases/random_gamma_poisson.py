# random_gamma (alpha below, at and above one, beta, float64) and random_poisson (small and large
# rates, int and float outputs) with seeds, two runs.
from prelude import tf, np, rnd

tf.set_random_seed(3)
g = tf.random_gamma([3, 2], alpha=[0.3, 1.0, 4.0], beta=[1.0, 2.0, 0.5])
g64 = tf.random_gamma([4], alpha=2.0, dtype=tf.float64, seed=11)
p = tf.random_poisson([1.5, 12.0, 200.0], [4])
p32 = tf.random_poisson(7.0, [6], dtype=tf.int32, seed=2)
with tf.Session() as sess:
    for run in range(2):
        for t in (g, g64, p, p32):
            print(run, t.dtype.name, t.shape.as_list(), rnd(sess.run(t), 4))
