# take_grad returns a named tuple (indices, values, shape); SUM keeps sums; dense shape rules.
from prelude import tf, np, rnd

acc = tf.SparseConditionalAccumulator(tf.float64, shape=(), reduction_type="SUM")
out = acc.take_grad(2)
print(type(out).__name__, out._fields, out.indices.dtype.name, out.values.dtype.name, out.shape.dtype.name)
with tf.Session() as sess:
    sess.run(acc.apply_grad([2], tf.constant([[1.0, 2.0]], tf.float64)))
    sess.run(acc.apply_grad(tf.constant([2, 5]), tf.constant([[1.0, 2.0], [3.0, 3.0]], tf.float64),
                            grad_shape=[9, 2]))
    r = sess.run(out)
    print(r.indices.tolist(), rnd(r.values), r.shape.tolist())
part = tf.SparseConditionalAccumulator(tf.float32, shape=[None, 3])
none = tf.SparseConditionalAccumulator(tf.float32)
with tf.Session() as sess:
    sess.run(part.apply_grad([1], [[1.0, 2.0, 3.0]], grad_shape=[5, 3]))
    sess.run(none.apply_grad([0, 4], [1.0, 2.0]))
    a, b = sess.run([part.take_grad(1), none.take_grad(1)])
    print(a.indices.tolist(), rnd(a.values), a.shape.tolist())
    print(b.indices.tolist(), rnd(b.values), b.shape.tolist())
