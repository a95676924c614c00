# tf.sets ops with SparseTensor inputs (sparse-sparse and dense-sparse), set_size of sparse, validate_indices.
from prelude import tf, np, rnd

sa = tf.SparseTensor(indices=[[0, 0], [0, 1], [1, 0], [1, 2]], values=[1, 4, 2, 9], dense_shape=[2, 3])
sb = tf.SparseTensor(indices=[[0, 0], [1, 0], [1, 1]], values=[4, 9, 3], dense_shape=[2, 2])
da = tf.constant([[4, 5], [2, 2]])
ops = [("ss inter", tf.sets.intersection(sa, sb)), ("ss union", tf.sets.union(sa, sb)),
       ("ss diff", tf.sets.difference(sa, sb)), ("ds inter", tf.sets.intersection(da, sb)),
       ("ds union", tf.sets.union(da, sb)), ("ds diff", tf.sets.difference(da, sb)),
       ("ds diff b-a", tf.sets.difference(da, sb, aminusb=False)),
       ("no validate", tf.sets.union(sa, sb, validate_indices=False))]
for label, sp in ops:
    print(label, sp.values.dtype.name, sp.indices.shape, sp.dense_shape.shape)
sz = tf.sets.size(sa)
sz2 = tf.sets.size(tf.SparseTensor([[0, 1], [0, 2], [2, 0]], tf.constant(["x", "x", "y"]), [3, 4]))
print(sz.dtype.name, sz.shape, sz2.shape)
try:
    tf.sets.union(sb, da)
    print("sparse-dense no error")
except Exception as e:
    print("sparse-dense", type(e).__name__)
with tf.Session() as sess:
    for label, sp in ops:
        v = sess.run(sp)
        print(label, v.indices.tolist(), rnd(v.values), v.dense_shape.tolist())
    print(rnd(sess.run([sz, sz2])))
