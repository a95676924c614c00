# random op argument errors (dtype, maxval, shapes) and integer uniform bounds (no raw values printed).
from prelude import tf, np, rnd

for bad in (lambda: tf.random_uniform([2], dtype=tf.int32),
            lambda: tf.random_uniform([2], dtype=tf.string),
            lambda: tf.random_normal([2], dtype=tf.int32),
            lambda: tf.truncated_normal([2], dtype=tf.int64),
            lambda: tf.random_uniform([2], minval=0.5, maxval=2, dtype=tf.int32),
            lambda: tf.random_uniform([[2]]),
            lambda: tf.random_uniform([-1]),
            lambda: tf.multinomial(tf.zeros([3]), 2),
            lambda: tf.random_crop(tf.zeros([2, 2]), [3, 3]),
            lambda: tf.random_crop(tf.zeros([2, 2]), [1]),
            lambda: tf.random.categorical(tf.zeros([2, 2]), 2, dtype=tf.float32),
            lambda: tf.random_gamma([2], [1.0], dtype=tf.int32),
            lambda: tf.random_shuffle(tf.constant(3))):
    try:
        r = bad()
        print("ok", r.dtype.name, r.shape)
    except Exception as e:
        print(type(e).__name__)
tf.set_random_seed(1)
u = tf.random_uniform([2000], minval=-3, maxval=4, dtype=tf.int32)
u64 = tf.random_uniform([2000], minval=5, maxval=7, dtype=tf.int64)
f = tf.random_uniform([2000], minval=2.0, maxval=2.5)
tn = tf.truncated_normal([2000], mean=1.0, stddev=0.5)
mx = tf.placeholder(tf.int32, [])
dyn = tf.random_uniform([10], 0, mx, dtype=tf.int32)
with tf.Session() as sess:
    a, b, c, d = sess.run([u, u64, f, tn])
    print(sorted(set(a.tolist())), sorted(set(b.tolist())), a.dtype, b.dtype)
    print(bool(c.min() >= 2.0), bool(c.max() < 2.5), bool(np.all(np.abs(d - 1.0) <= 1.0)))
    print(bool(sess.run(tf.reduce_all(tf.equal(dyn, 0)), {mx: 1})))
    try:
        sess.run(dyn, {mx: 0})
        print("ok")
    except Exception as e:
        print(type(e).__name__)
    try:
        sess.run(tf.random_crop(tf.zeros([2, 2]), tf.constant([3, 3])))
        print("ok")
    except Exception as e:
        print(type(e).__name__)
