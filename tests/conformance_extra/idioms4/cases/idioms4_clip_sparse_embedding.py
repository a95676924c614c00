# Clipping gradients of an embedding (IndexedSlices): clip_by_value on .values, clip_by_norm, global norm; apply.
from prelude import tf, np, rnd

emb = tf.Variable(np.arange(12, dtype=np.float32).reshape(4, 3), name="emb")
ids = tf.constant([0, 2, 2])
loss = tf.reduce_sum(tf.nn.embedding_lookup(emb, ids) * 5.0)
opt = tf.train.GradientDescentOptimizer(0.1)
(g, v), = opt.compute_gradients(loss, [emb])
print(type(g).__name__, g.values.shape, g.indices.shape, g.dense_shape is not None)
cv = tf.IndexedSlices(tf.clip_by_value(g.values, -2.0, 2.0), g.indices, g.dense_shape)
cn = tf.clip_by_norm(g, 4.0)
cg, gn = tf.clip_by_global_norm([g], 6.0)
print(type(cn).__name__, type(cg[0]).__name__, gn.shape)
train = opt.apply_gradients([(cv, v)])
dense_clip = tf.clip_by_value(tf.convert_to_tensor(g), -1.0, 1.0)
print(dense_clip.shape)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(cn.values), 3), "%.4g" % sess.run(gn))
    print(rnd(sess.run(cg[0].values), 3))
    print(sess.run(dense_clip).tolist())
    sess.run(train)
    print(sess.run(emb).tolist())
