# Seeded random ops of every dtype: first and second runs, op seeds vs graph seeds, two sessions.
from prelude import tf, np, rnd

tf.set_random_seed(7)
ops = [tf.random_uniform([2, 3]), tf.random_uniform([5], seed=3, dtype=tf.float64),
       tf.random_normal([3], mean=1.0, stddev=2.0), tf.random_normal([4], dtype=tf.float64, seed=1),
       tf.truncated_normal([6]), tf.truncated_normal([3], dtype=tf.float64, seed=9),
       tf.random_uniform([4], 0, 10, dtype=tf.int32), tf.random_uniform([3], -7, 2 ** 40, dtype=tf.int64),
       tf.random_uniform([3], dtype=tf.float16), tf.random_normal([3], dtype=tf.float16),
       tf.random.uniform([2], minval=-1.0, maxval=1.0)]
for sess_i in range(2):
    with tf.Session() as sess:
        for run in range(2):
            for o in ops:
                print(sess_i, run, o.op.name, o.dtype.name, rnd(sess.run(o), 4))
