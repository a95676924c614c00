# Random ops: dtypes, static shapes, names, and seeding: same seeds repeat in a new session,
# successive runs differ. Values themselves are not printed.
from prelude import tf, np, rnd

tf.set_random_seed(7)
ops = [tf.random_uniform([2, 3]), tf.random_normal([4], dtype=tf.float64), tf.truncated_normal([2, 2], seed=3),
       tf.random_uniform([5], 0, 10, dtype=tf.int32), tf.random_shuffle(tf.range(6)),
       tf.multinomial(tf.log([[0.5, 0.5]]), 4), tf.random.categorical(tf.log([[0.5, 0.5]]), 3, dtype=tf.int32),
       tf.random_gamma([3], [1.0, 2.0]), tf.random.poisson([2.0], [3])]
for t in ops:
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    a = sess.run(ops)
    b = sess.run(ops)
with tf.Session() as sess:
    c = sess.run(ops)
print([bool(np.array_equal(x, z)) for x, z in zip(a, c)])
print([bool(np.array_equal(x, y)) for x, y in zip(a[:4], b[:4])])
print(sorted(a[4].tolist()), int(a[3].min()) >= 0, int(a[3].max()) < 10)
