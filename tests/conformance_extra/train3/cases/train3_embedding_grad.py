# Gradient of embedding_lookup / gather of default variables: IndexedSlices pieces and values.
from prelude import tf, np, rnd

emb = tf.Variable(np.arange(10, dtype=np.float32).reshape(5, 2), name="emb")
ids = tf.constant([[0, 4], [4, 1]])
look = tf.nn.embedding_lookup(emb, ids)
print(look.name, look.shape, look.op.type)
loss = tf.reduce_sum(look * tf.constant([1.0, 2.0]))
(g,) = tf.gradients(loss, [emb])
print(type(g).__name__, g.values.name, g.values.shape, g.indices.name, g.indices.shape,
      g.dense_shape.name, g.dense_shape.dtype)
gg = tf.gradients(tf.reduce_sum(tf.gather(emb, [1, 1, 3], axis=0)), emb)[0]
print(type(gg).__name__, gg.values.shape, gg.indices.shape)
ga = tf.gradients(tf.reduce_sum(tf.gather(emb, [1], axis=1)), emb)[0]
print(type(ga).__name__, ga.shape)
dense = tf.convert_to_tensor(g)
print(dense.op.type, dense.shape)
mixed = tf.gradients(loss + tf.reduce_sum(emb), emb)[0]
print(type(mixed).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    gv = sess.run(g)
    print(type(gv).__name__, rnd(gv.values), gv.indices.tolist(), gv.dense_shape.tolist())
    print(rnd(sess.run(dense)))
    print(rnd(sess.run(mixed)))
    print(rnd(sess.run(ga)))
