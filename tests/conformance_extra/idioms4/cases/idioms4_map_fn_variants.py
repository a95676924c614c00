# tf.map_fn over tuples with a different output dtype, over nested dict-free structures, gradients through map_fn, back_prop=False.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
n = tf.constant([1, 2, 3])
v = tf.Variable(2.0)
m1 = tf.map_fn(lambda t: tf.reduce_sum(t[0]) * tf.cast(t[1], tf.float32) * v, (x, n), dtype=tf.float32)
m2 = tf.map_fn(lambda r: (r * 2, tf.cast(tf.argmax(r), tf.int32)), x, dtype=(tf.float32, tf.int32))
m3 = tf.map_fn(lambda r: tf.strings.as_string(r), n, dtype=tf.string)
m4 = tf.map_fn(lambda r: r * v, x, back_prop=False)
print(m1.shape, [t.shape for t in m2], m3.dtype.name, m4.shape, m1.name)
g = tf.gradients(tf.reduce_sum(m1), [x, v])
g4 = tf.gradients(tf.reduce_sum(m4), v)
print([t.shape for t in g], g4)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(m1).tolist(), [a.tolist() for a in sess.run(m2)], sess.run(m3).tolist())
    print(sess.run(g[0]).tolist(), sess.run(g[1]))
