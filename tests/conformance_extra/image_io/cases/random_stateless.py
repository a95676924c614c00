# tf.random.stateless_*: op names, dtypes, shapes; determinism by seed (values not printed).
from prelude import tf, np, rnd

seed = tf.constant([1, 2], tf.int64)
ts = [tf.random.stateless_normal([2, 3], seed), tf.random.stateless_uniform([4], [3, 4], dtype=tf.float64),
      tf.random.stateless_uniform([5], seed, minval=0, maxval=10, dtype=tf.int32),
      tf.random.stateless_truncated_normal([3], [5, 6]), tf.random.stateless_categorical(tf.zeros([2, 5]), 3, seed),
      tf.random.stateless_multinomial(tf.zeros([1, 4]), 2, [7, 8])]
for t in ts:
    print(t.op.type, t.dtype.name, t.shape.as_list())
again = [tf.random.stateless_normal([2, 3], seed), tf.random.stateless_normal([2, 3], [1, 3])]
with tf.Session() as sess:
    a = sess.run(ts)
    b = sess.run(ts)
    c, d = sess.run(again)
print([bool(np.array_equal(x, y)) for x, y in zip(a, b)])
print(bool(np.array_equal(a[0], c)), bool(np.array_equal(a[0], d)))
print(bool(a[2].min() >= 0), bool(a[2].max() < 10), bool(np.all(np.abs(a[3]) <= 2.0)))
for bad in (lambda: tf.random.stateless_normal([2], [1, 2, 3]), lambda: tf.random.stateless_uniform([2], [1, 2], dtype=tf.int32),
            lambda: tf.random.stateless_normal([2], tf.constant([1.0, 2.0]))):
    try:
        bad()
        print("ok")
    except Exception as e:
        print(type(e).__name__)
