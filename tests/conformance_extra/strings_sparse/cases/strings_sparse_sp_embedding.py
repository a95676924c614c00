# tf.nn.embedding_lookup_sparse with combiners sum/mean/sqrtn, weights, and gradients w.r.t. params.
from prelude import tf, np, rnd

params = tf.Variable(np.arange(12, dtype=np.float32).reshape(4, 3))
ids = tf.SparseTensor([[0, 0], [0, 1], [2, 0]], tf.constant([1, 3, 2], tf.int64), [3, 2])
w = tf.SparseTensor([[0, 0], [0, 1], [2, 0]], [2.0, 0.5, 1.0], [3, 2])
outs = [tf.nn.embedding_lookup_sparse(params, ids, None, combiner=c) for c in ["sum", "mean", "sqrtn"]]
outw = [tf.nn.embedding_lookup_sparse(params, ids, w, combiner=c) for c in ["sum", "mean", "sqrtn"]]
print([o.shape.as_list() for o in outs], outs[0].dtype.name)
g = tf.gradients(tf.reduce_sum(outw[1]), params)[0]
print(type(g).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for t in outs + outw:
        print(rnd(sess.run(t)))
    gv = sess.run(g)
    print(rnd(gv.values), gv.indices.tolist())
try:
    tf.nn.embedding_lookup_sparse(params, ids, None, combiner="max")
except Exception as e:  # noqa: BLE001
    print("combiner", type(e).__name__)
