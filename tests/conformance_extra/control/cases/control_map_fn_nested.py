# map_fn with fn_output_signature, inside while_loop and cond, nested map_fn, empty elems.
from prelude import tf, np, rnd

a = tf.constant([[1, 2], [3, 4]])
s = tf.map_fn(lambda r: tf.strings.as_string(r[0]), a, fn_output_signature=tf.string)
print(s.dtype.name, s.shape.as_list())
s2 = tf.map_fn(lambda r: tf.cast(tf.reduce_sum(r), tf.float64), a, fn_output_signature=tf.float64)
print(s2.dtype.name)
nested = tf.map_fn(lambda r: tf.map_fn(lambda e: e * 10, r), a)
print(nested.shape.as_list())
i, acc = tf.while_loop(lambda i, acc: i < 2,
                       lambda i, acc: (i + 1, acc + tf.map_fn(lambda r: r * (i + 1), a)),
                       [0, tf.zeros_like(a)])
p = tf.placeholder(tf.bool, [])
c = tf.cond(p, lambda: tf.map_fn(lambda r: r + 1, a), lambda: tf.map_fn(lambda r: r - 1, a))
empty = tf.placeholder(tf.float32, [None, 3])
me = tf.map_fn(lambda r: tf.reduce_sum(r), empty)
with tf.Session() as sess:
    print(sess.run(s).tolist(), rnd(sess.run(s2)))
    print(sess.run(nested).tolist(), sess.run(acc).tolist())
    print(sess.run(c, {p: True}).tolist(), sess.run(c, {p: False}).tolist())
    r = sess.run(me, {empty: np.zeros([0, 3], np.float32)})
    print(r.shape, r.dtype.name)
