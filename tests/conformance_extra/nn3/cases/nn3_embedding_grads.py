# embedding_lookup gradients (IndexedSlices), several params, max_norm values, duplicates, unknown ids shape.
from prelude import tf, np, rnd

p = tf.constant(np.arange(12, dtype=np.float32).reshape(6, 2))
ids = tf.constant([[0, 3], [3, 5]])
e = tf.nn.embedding_lookup(p, ids, name="emb")
print(e.op.type, e.name, e.shape.as_list())
g = tf.gradients(tf.reduce_sum(e * e), p)[0]
print(type(g).__name__, g.dense_shape is not None)
v1 = tf.Variable(np.arange(6, dtype=np.float32).reshape(3, 2))
v2 = tf.Variable(np.arange(6, 12, dtype=np.float32).reshape(3, 2))
e2 = tf.nn.embedding_lookup([v1, v2], tf.constant([0, 1, 5, 4]), partition_strategy="div", max_norm=5.0)
g2 = tf.gradients(tf.reduce_sum(e2), [v1, v2])
print([type(t).__name__ for t in g2], e2.shape.as_list())
ph = tf.placeholder(tf.int32, None)
e3 = tf.nn.embedding_lookup(p, ph)
print(e3.shape.as_list() if e3.shape.dims is not None else None)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    r = sess.run(g)
    print(type(r).__name__, r.indices.tolist(), rnd(r.values), r.dense_shape.tolist())
    print(rnd(sess.run(e2), 4))
    r2 = sess.run(g2)
    print([(t.indices.tolist(), rnd(t.values, 4)) for t in r2])
    print(sess.run(e3, {ph: [[[1]]]}).shape)
    try:
        sess.run(e3, {ph: [7]})
        print("no error")
    except Exception as ex:
        print(type(ex).__name__)
