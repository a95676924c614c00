# tf.vectorized_map: values, dtypes and static shapes of the stacked results.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
y = tf.vectorized_map(lambda r: tf.reduce_sum(r * r), x)
w = tf.vectorized_map(lambda r: tf.matmul(tf.expand_dims(r, 0), tf.ones([2, 3])), x)
k = tf.vectorized_map(lambda r: tf.constant(1.0), x)
n = tf.vectorized_map(lambda r: tf.nn.softmax(r), x)
print(y.shape, w.shape, k.shape, n.shape, y.dtype.name)
with tf.Session() as s:
    print(rnd(s.run([y, w, k, n])))
