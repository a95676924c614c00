# random_shuffle (vectors and rows) and multinomial / categorical draws with seeds, two runs each.
from prelude import tf, np, rnd

tf.set_random_seed(11)
s1 = tf.random_shuffle(tf.range(20))
s2 = tf.random_shuffle(tf.constant([[1, 2], [3, 4], [5, 6], [7, 8]]), seed=2)
m = tf.multinomial(tf.log([[0.2, 0.3, 0.5], [0.9, 0.05, 0.05]]), 8)
c = tf.random.categorical([[1.0, 2.0, 3.0, 4.0]], 10, seed=5, dtype=tf.int32)
sc = tf.random.stateless_categorical([[0.0, 0.5, 1.0]], 7, seed=[9, 9])
with tf.Session() as sess:
    for run in range(2):
        for t in (s1, s2, m, c, sc):
            print(run, t.op.type, t.dtype.name, sess.run(t).tolist())
