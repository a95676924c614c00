# Unsorted and repeated indices: TF merges assuming ascending indices (rows may stay apart).
from prelude import tf, np, rnd

acc = tf.SparseConditionalAccumulator(tf.float32, shape=[4, 2])
idx = tf.placeholder(tf.int64, [None])
val = tf.placeholder(tf.float32, [None, 2])
ls = tf.placeholder(tf.int64, [])
ap = acc.apply_grad(idx, val, local_step=ls)
t = acc.take_grad(2)
with tf.Session() as sess:
    sess.run(ap, {idx: [3, 0], val: [[1, 1], [2, 2]], ls: 0})
    sess.run(ap, {idx: [0, 1], val: [[4, 4], [5, 6]], ls: 0})
    r = sess.run(t)
    print(r.indices.tolist(), rnd(r.values), r.shape.tolist())
    sess.run(ap, {idx: [2], val: [[1, 2]], ls: 1})
    sess.run(ap, {idx: [2, 2], val: [[1, 2], [3, 4]], ls: 1})
    r = sess.run(t)
    print(r.indices.tolist(), rnd(r.values), r.shape.tolist())
