# GradientDescent with gather/embedding_lookup on default variables: sparse update ops, duplicates.
from prelude import tf, np, rnd

emb = tf.Variable(np.arange(12, dtype=np.float32).reshape(4, 3), name="emb")
ids = tf.placeholder(tf.int32, [None], name="ids")
look = tf.nn.embedding_lookup(emb, ids)
loss = tf.reduce_sum(look * look)
opt = tf.train.GradientDescentOptimizer(0.1)
gv = opt.compute_gradients(loss)
g0 = gv[0][0]
print(type(g0).__name__, g0.values.dtype, g0.indices.dtype, g0.values.shape, g0.indices.shape)
print(g0.values.name, g0.indices.name, g0.dense_shape.name if g0.dense_shape is not None else None)
train = opt.apply_gradients(gv)
for op in tf.get_default_graph().get_operations():
    if op.name.startswith("GradientDescent"):
        print(op.name, op.type)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    gvv = sess.run(g0, {ids: [1, 3, 1]})
    print(type(gvv).__name__, rnd(gvv.values, 4), gvv.indices.tolist(), gvv.dense_shape.tolist())
    sess.run(train, {ids: [1, 3, 1]})
    print(rnd(sess.run(emb), 4))
    sess.run(train, {ids: []})
    print(rnd(sess.run(emb), 4))
