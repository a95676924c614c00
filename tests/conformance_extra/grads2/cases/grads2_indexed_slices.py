# IndexedSlices gradients: types, dense_shape, convert_to_tensor, aggregation of several gathers, embedding_lookup.
from prelude import tf, np, rnd

p = tf.Variable(tf.reshape(tf.range(12.0), [4, 3]), name="p")
g1 = tf.gradients(tf.gather(p, [1, 3]), p)[0]
g2 = tf.gradients(tf.gather(p, [1]) + tf.gather(p, [2]), p)[0]
g3 = tf.gradients(tf.reduce_sum(tf.gather(p, [0])) + tf.reduce_sum(p * 2.0), p)[0]
g4 = tf.gradients(tf.nn.embedding_lookup(p, [[0, 1], [1, 1]]), p)[0]
ph = tf.placeholder(tf.float32, [None, 3])
g5 = tf.gradients(tf.gather(ph, [0]), ph)[0]
for g in [g1, g2, g3, g4, g5]:
    print(type(g).__name__, g.dtype.name)
print(g1.values.shape, g1.indices.dtype.name, g1.dense_shape.dtype.name, g1.values.name, g1.indices.name)
print(g5.dense_shape.op.type, g5.values.shape)
d1 = tf.convert_to_tensor(g1)
print(d1.op.type, d1.shape)
s = tf.IndexedSlices(tf.constant([[1.0, 2.0]]), tf.constant([2]), tf.constant([3, 2]))
print(tf.convert_to_tensor(s).shape, s.shape)
nd = tf.IndexedSlices(tf.constant([[1.0, 2.0]]), tf.constant([2]))
try:
    tf.convert_to_tensor(nd)
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
agg = tf.add_n([tf.convert_to_tensor(g1), tf.convert_to_tensor(g2)])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    v = sess.run(g1)
    print(type(v).__name__, v.indices.tolist(), v.dense_shape.tolist(), rnd(v.values, 4))
    v2 = sess.run(g2)
    print(v2.indices.tolist(), rnd(v2.values, 4))
    print(rnd(sess.run(g3), 4))
    v4 = sess.run(g4)
    print(v4.indices.tolist(), v4.values.shape, v4.dense_shape.tolist())
    v5 = sess.run(g5, {ph: np.ones([2, 3])})
    print(v5.dense_shape.tolist(), rnd(sess.run(d1), 4), rnd(sess.run(agg), 4))
    print(rnd(sess.run(tf.convert_to_tensor(s)), 4))
