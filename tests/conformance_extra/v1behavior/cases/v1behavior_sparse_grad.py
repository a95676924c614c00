# Embedding lookup on a ref variable: IndexedSlices gradient and sparse apply ops.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
emb = tf.Variable(np.arange(12, dtype=np.float32).reshape(4, 3), name="emb")
ids = tf.placeholder(tf.int32, [None], name="ids")
e = tf.nn.embedding_lookup(emb, ids)
print(e.shape, e.dtype)
loss = tf.reduce_sum(e * e)
g = tf.gradients(loss, emb)[0]
print(type(g).__name__, g.dense_shape.dtype if hasattr(g, "dense_shape") and g.dense_shape is not None else None)
opt = tf.train.GradientDescentOptimizer(0.01)
train = opt.minimize(loss)
print(sorted(o.type for o in tf.get_default_graph().get_operations() if "Apply" in o.type or "Scatter" in o.type))
ag = tf.train.AdagradOptimizer(0.1)
t2 = ag.minimize(loss)
print(sorted(o.type for o in tf.get_default_graph().get_operations() if "Apply" in o.type))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(train, {ids: [0, 2, 2]})
    print(rnd(sess.run(emb), 4))
    sess.run(t2, {ids: [1]})
    print(rnd(sess.run(emb), 4))
