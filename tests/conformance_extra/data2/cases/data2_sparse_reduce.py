# sparse.reduce_sum / reduce_max: axes, keepdims, sparse-output variants.
from prelude import tf, np, rnd

st = tf.SparseTensor([[0, 0, 1], [0, 1, 0], [1, 0, 1], [1, 1, 1]], [1.0, -2.0, 3.0, 4.0], [2, 2, 2])
outs = [tf.sparse.reduce_sum(st), tf.sparse.reduce_sum(st, axis=1), tf.sparse.reduce_sum(st, axis=[0, 2]),
        tf.sparse.reduce_sum(st, axis=-1, keepdims=True), tf.sparse.reduce_max(st),
        tf.sparse.reduce_max(st, axis=0), tf.sparse.reduce_max(st, axis=2, keepdims=True)]
for t in outs:
    print(t.op.type, t.dtype.name, t.shape)
sp = tf.sparse.reduce_sum_sparse(st, axis=1)
spm = tf.sparse.reduce_max_sparse(st, axis=[1], keepdims=True)
print(type(sp).__name__, sp.shape, spm.shape)
v1 = tf.sparse_reduce_sum(st, reduction_axes=0, keep_dims=True)
v1s = tf.sparse_reduce_sum_sparse(st, axis=2)
print(v1.shape)
with tf.Session() as sess:
    for v in sess.run(outs + [v1]):
        print(rnd(v))
    for t in (sp, spm, v1s):
        r = sess.run(t)
        print(r.indices.tolist(), rnd(r.values), r.dense_shape.tolist())
    ints = tf.SparseTensor([[0, 1]], tf.constant([5], tf.int32), [2, 2])
    print(sess.run(tf.sparse.reduce_max(ints, axis=1)).tolist(), sess.run(tf.sparse.reduce_sum(ints)).tolist())
    try:
        sess.run(tf.sparse.reduce_sum(st, axis=3))
    except Exception as e:
        print(type(e).__name__)
