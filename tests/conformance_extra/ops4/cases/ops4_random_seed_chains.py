# Seeds derived with split / fold_in feeding stateless samplers, and fed seeds.
from prelude import tf, np, rnd

base = tf.placeholder(tf.int64, [2])
seeds = tf.random.split(base, 3)
per_step = [tf.random.fold_in(seeds[i], 100 + i) for i in range(3)]
outs = [tf.random.stateless_uniform([2], s) for s in per_step]
g = tf.random.stateless_gamma([3], tf.random.fold_in(base, tf.constant(7, tf.int64)), alpha=2.0)
with tf.Session() as sess:
    for b in ([0, 0], [42, 7], [-1, 2 ** 40]):
        s, u, gv = sess.run([per_step, outs, g], {base: b})
        print(b, [x.tolist() for x in s], rnd(u), rnd(gv))
