# Fetching IndexedSlices (gradients of gather): result type and fields.
from prelude import tf, np

params = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
g = tf.gather(params, [2, 0])
loss = tf.reduce_sum(g * 2.0)
grad = tf.gradients(loss, params)[0]
print(type(grad).__name__)
with tf.Session() as sess:
    r = sess.run(grad)
    print(type(r).__name__)
    print(r.values.tolist(), r.indices.tolist(), r.dense_shape.tolist())
    r = sess.run([grad, grad.values])
    print(type(r[0]).__name__, r[1].tolist())
    r = sess.run(tf.convert_to_tensor(grad))
    print(r.tolist())
    s = tf.IndexedSlices(tf.constant([[1.0]]), tf.constant([1]))
    r = sess.run(s)
    print(type(r).__name__, r.values.tolist(), r.indices.tolist(), r.dense_shape)
