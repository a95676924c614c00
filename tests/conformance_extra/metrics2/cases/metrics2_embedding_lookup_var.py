# embedding_lookup on a default (resource) variable: op types, gradient type, sparse update by an optimizer.
from prelude import tf, np, rnd

emb = tf.get_variable("emb", initializer=np.arange(12, dtype=np.float32).reshape(4, 3))
ids = tf.placeholder(tf.int32, [None], name="ids")
e = tf.nn.embedding_lookup(emb, ids)
print(e.name, e.op.type, e.shape, e.dtype.name)
print([op.type for op in tf.get_default_graph().get_operations() if op.name.startswith("embedding_lookup")])
loss = tf.reduce_sum(e * e)
g = tf.gradients(loss, emb)[0]
print(type(g).__name__, g.dense_shape is not None if hasattr(g, "dense_shape") else None)
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
print(sorted(set(op.type for op in tf.get_default_graph().get_operations() if op.name.startswith("GradientDescent"))))
e2 = tf.nn.embedding_lookup([emb], tf.constant([[0, 3], [1, 1]]))
print(e2.shape)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(e, {ids: [2, 0, 2]})))
    gv = sess.run(g, {ids: [2, 0, 2]})
    print(rnd(gv.values), gv.indices.tolist(), list(gv.dense_shape))
    sess.run(train, {ids: [2, 0, 2]})
    print(rnd(sess.run(emb), 4))
    print(rnd(sess.run(e2)).__len__())
    try:
        sess.run(e, {ids: [7]})
        print("no error")
    except Exception as ex:  # noqa: BLE001
        print("oob", type(ex).__name__)
