# tf.SparseConditionalAccumulator: op types, names, per-row mean of IndexedSlices gradients.
from prelude import tf, np, rnd

acc = tf.SparseConditionalAccumulator(tf.float32, shape=[4, 2], name="sacc")
print(acc.name, acc.accumulator_ref.op.type, acc.accumulator_ref.dtype.name, acc.accumulator_ref.shape)
print(tf.sparse.SparseConditionalAccumulator is tf.SparseConditionalAccumulator,
      issubclass(tf.SparseConditionalAccumulator, tf.ConditionalAccumulatorBase))
g1 = tf.IndexedSlices(tf.constant([[1.0, 1.0], [2.0, 2.0]]), tf.constant([0, 3], tf.int64),
                      tf.constant([4, 2], tf.int64))
g2 = tf.IndexedSlices(tf.constant([[4.0, 4.0], [6.0, 8.0]]), tf.constant([0, 1]))
ap1 = acc.apply_indexed_slices_grad(g1)
ap2 = acc.apply_indexed_slices_grad(g2)
print(ap1.name, ap1.type, [i.name for i in ap1.inputs], ap1.get_attr("has_known_shape"))
print(ap2.get_attr("has_known_shape"), [i.op.type for i in ap2.inputs])
n = acc.num_accumulated()
print(n.name, n.op.type)
t = acc.take_indexed_slices_grad(2)
print(type(t).__name__, t.indices.name, t.values.name, t.dense_shape.name, t.values.shape)
with tf.Session() as sess:
    sess.run(ap1)
    sess.run(ap2)
    print(sess.run(n))
    v = sess.run(t)
    print(v.indices.tolist(), rnd(v.values), v.dense_shape.tolist())
