# tf.map_fn: dtype / fn_output_signature, nested inputs/outputs, infer_shape=False, back_prop, parallel_iterations.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
m1 = tf.map_fn(lambda r: tf.reduce_sum(r), x)
m2 = tf.map_fn(lambda r: tf.cast(tf.reduce_sum(r), tf.int32), x, dtype=tf.int32)
m3 = tf.map_fn(lambda r: (r * 2.0, tf.argmax(r)), x, dtype=(tf.float32, tf.int64))
m4 = tf.map_fn(lambda ab: ab[0] * tf.cast(ab[1], tf.float32), (x, tf.constant([1, 2, 3])), dtype=tf.float32)
m5 = tf.map_fn(lambda r: {"a": r[0], "b": r}, x, fn_output_signature={"a": tf.float32, "b": tf.float32})
m6 = tf.map_fn(lambda r: r + 1.0, x, infer_shape=False, parallel_iterations=1, back_prop=False)
m7 = tf.map_fn(lambda r: tf.strings.as_string(r[0]), x, fn_output_signature=tf.string)
m8 = tf.map_fn(lambda r: r, x, fn_output_signature=tf.TensorSpec([2], tf.float32))
print(m1.shape, m2.dtype.name, type(m3).__name__, m3[1].dtype.name, m4.shape)
print(sorted(m5), m5["b"].shape, m6.shape, m7.dtype.name, m8.shape)
g = tf.gradients(tf.reduce_sum(tf.map_fn(lambda r: r * r, x)), x)[0]
with tf.Session() as sess:
    print(rnd(sess.run([m1, m2])), rnd(sess.run(m3)))
    print(rnd(sess.run(m4)), rnd(sess.run(m5)))
    print(rnd(sess.run(m6)), sess.run(m7).tolist(), rnd(sess.run(g)))
