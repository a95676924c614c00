# Rows at the same index add up and their mean divides by the gradients that touched them.
from prelude import tf, np, rnd

acc = tf.SparseConditionalAccumulator(tf.float32, shape=[6, 2])
idx = tf.placeholder(tf.int64, [None])
val = tf.placeholder(tf.float32, [None, 2])
ap = acc.apply_grad(idx, val)
t = acc.take_indexed_slices_grad(3)
with tf.Session() as sess:
    sess.run(ap, {idx: [1, 3], val: [[1, 1], [2, 2]]})
    sess.run(ap, {idx: [0, 3, 5], val: [[4, 4], [6, 6], [1, 0]]})
    sess.run(ap, {idx: [3, 4], val: [[1, 1], [2, 3]]})
    v = sess.run(t)
    print(v.indices.tolist(), rnd(v.values), v.dense_shape.tolist())
