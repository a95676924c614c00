# __getitem__ with tensor indices and bounds: static shapes and run-time out-of-range errors.
from prelude import tf, np, rnd

c = tf.placeholder(tf.float32, [4, 5], name="c")
a = tf.placeholder(tf.float32, [None, 5], name="a")
i = tf.placeholder(tf.int32, [], name="i")
j = tf.constant(2)
for t in [c[i], c[i:], c[:i], c[i:i + 2], c[:, i], c[j], c[j:], c[1:j + 1], a[i], a[:, i:],
          c[i, j], c[i::2], tf.strided_slice(c, tf.stack([i, 0]), [4, 5]), c[tf.constant(1):tf.constant(3)]]:
    print(t)
with tf.Session() as sess:
    v = np.arange(20, dtype=np.float32).reshape(4, 5)
    print(rnd(sess.run(c[i:i + 2], {c: v, i: 1})))
    print(rnd(sess.run(c[:, i], {c: v, i: -1})))
    try:
        sess.run(c[i], {c: v, i: 4})
    except Exception as e:
        print("run", type(e).__name__)
    try:
        sess.run(c[i], {c: v, i: -5})
    except Exception as e:
        print("run neg", type(e).__name__)
    print(sess.run(tf.shape(a[i:]), {a: np.ones((3, 5)), i: 1}))
