# tf.map_fn / tf.scan / tf.foldl static output shapes with unknown leading dims.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 3], name="x")
k = tf.placeholder(tf.float32, [4, 3], name="k")
m1 = tf.map_fn(lambda r: r * 2.0, x)
m2 = tf.map_fn(lambda r: tf.reduce_sum(r), k)
m3 = tf.map_fn(lambda r: tf.reduce_sum(r), x)
m4 = tf.map_fn(lambda r: (r, tf.cast(tf.argmax(r), tf.int32)), x, dtype=(tf.float32, tf.int32))
m5 = tf.map_fn(lambda r: tf.tile(r, [2]), k)
m6 = tf.map_fn(lambda r: tf.boolean_mask(r, r > 0), k) if False else tf.map_fn(lambda r: r[:2], x)
s1 = tf.scan(lambda acc, r: acc + r, x)
s2 = tf.scan(lambda acc, r: acc + tf.reduce_sum(r), k, initializer=tf.constant(0.0))
f1 = tf.foldl(lambda acc, r: acc + r, k)
for t in [m1, m2, m3, m4[0], m4[1], m5, m6, s1, s2, f1]:
    print(t.shape, t.dtype.name)
with tf.Session() as sess:
    v = np.arange(6, dtype=np.float32).reshape(2, 3)
    print(rnd(sess.run(m3, {x: v})), sess.run(m4[1], {x: v}).tolist(), rnd(sess.run(s1, {x: v})))
    print(sess.run(m1, {x: np.zeros((0, 3))}).shape)
