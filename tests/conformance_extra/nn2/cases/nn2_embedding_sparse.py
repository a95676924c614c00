# embedding_lookup_sparse: combiners, sp_weights, several params, names and shapes.
from prelude import tf, np, rnd

params = tf.constant([[1.0, 0.0], [0.0, 2.0], [3.0, 3.0], [4.0, -4.0]])
sp_ids = tf.SparseTensor(indices=[[0, 0], [0, 1], [1, 0], [2, 0], [2, 1], [2, 2]],
                         values=tf.constant([0, 2, 1, 3, 3, 0], tf.int64), dense_shape=[3, 3])
sp_w = tf.SparseTensor(indices=[[0, 0], [0, 1], [1, 0], [2, 0], [2, 1], [2, 2]],
                       values=[1.0, 3.0, 2.0, 0.5, 0.5, 1.0], dense_shape=[3, 3])
outs = []
for comb in ("sum", "mean", "sqrtn"):
    outs.append(tf.nn.embedding_lookup_sparse(params, sp_ids, None, combiner=comb))
    outs.append(tf.nn.embedding_lookup_sparse(params, sp_ids, sp_w, combiner=comb))
outs.append(tf.nn.embedding_lookup_sparse([params[:2], params[2:]], sp_ids, sp_w, partition_strategy="div",
                                          combiner="sum", name="els"))
outs.append(tf.nn.embedding_lookup_sparse(params, sp_ids, None))
for t in outs:
    print(t.dtype.name, t.shape.as_list())
print(outs[-2].name)
try:
    tf.nn.embedding_lookup_sparse(params, sp_ids, None, combiner="max")
    print("max ok")
except Exception as e:
    print(type(e).__name__)
try:
    tf.nn.embedding_lookup_sparse(params, sp_ids, None, combiner="median")
except Exception as e:
    print(type(e).__name__)
gap = tf.SparseTensor(indices=[[0, 0], [2, 0]], values=tf.constant([1, 2], tf.int64), dense_shape=[3, 1])
og = tf.nn.embedding_lookup_sparse(params, gap, None, combiner="mean")
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v, 4))
    print(rnd(sess.run(og), 4))
