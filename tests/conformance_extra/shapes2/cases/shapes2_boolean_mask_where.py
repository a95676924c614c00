# boolean_mask, where and where_v2 static shapes with unknown dims and axes.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 3, 4], name="x")
m1 = tf.placeholder(tf.bool, [None], name="m1")
m2 = tf.placeholder(tf.bool, [None, 3], name="m2")
c = tf.placeholder(tf.bool, [None, 3, 4], name="c")
for t in [tf.boolean_mask(x, m1), tf.boolean_mask(x, m2), tf.boolean_mask(x, tf.placeholder(tf.bool, [3]), axis=1),
          tf.boolean_mask(x, tf.placeholder(tf.bool, [3, 4]), axis=1),
          tf.where(c), tf.where(tf.placeholder(tf.bool, None)), tf.where(c, x, x), tf.where(m1),
          tf.where_v2(c, x, 0.0), tf.where_v2(tf.placeholder(tf.bool, [4]), x, tf.placeholder(tf.float32, [None, 1, 1])),
          tf.where(m1, tf.placeholder(tf.float32, [None, 2]), tf.placeholder(tf.float32, [5, 2])),
          tf.where(tf.constant([True, False])), tf.math.count_nonzero(c)]:
    print(t)
for f in [lambda: tf.boolean_mask(x, tf.placeholder(tf.bool, [4])) if False else tf.boolean_mask(x, tf.placeholder(tf.bool, [2, 4])),
          lambda: tf.where(m2, x, x), lambda: tf.where(c, x), lambda: tf.boolean_mask(x, tf.placeholder(tf.bool, None)),
          lambda: tf.where(tf.placeholder(tf.bool, [2]), tf.ones([3]), tf.ones([3]))]:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
with tf.Session() as sess:
    v = np.arange(24, dtype=np.float32).reshape(2, 3, 4)
    print(sess.run(tf.shape(tf.boolean_mask(x, m2)), {x: v, m2: [[True, False, True], [False, False, True]]}))
    print(sess.run(tf.where(c), {c: v > 20}).tolist())
    try:
        sess.run(tf.boolean_mask(x, m1), {x: v, m1: [True, False, True]})
    except Exception as e:
        print("run", type(e).__name__)
