# make_callable with sparse placeholders in feed_list and SparseTensor fetches.
from prelude import tf, np

sp = tf.sparse_placeholder(tf.float32, shape=[2, 2], name="sp")
scale = tf.placeholder(tf.float32, shape=[], name="scale")
out = tf.sparse_tensor_to_dense(sp) * scale
with tf.Session() as sess:
    f = sess.make_callable(out, feed_list=[sp, scale])
    print(f(tf.SparseTensorValue([[0, 1]], [2.0], [2, 2]), 3.0).tolist())
    print(f(([[1, 0]], [1.0], [2, 2]), 2.0).tolist())
    g = sess.make_callable(sp, feed_list=[sp])
    r = g(([[1, 1]], [5.0], [2, 2]))
    print(type(r).__name__, r.indices.tolist(), r.values.tolist())
    h = sess.make_callable([out, sp.values], feed_list=[sp, scale])
    print([x.tolist() for x in h(([[0, 0]], [1.0], [2, 2]), 4.0)])
