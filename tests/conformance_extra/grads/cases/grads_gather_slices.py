# IndexedSlices from gather/embedding_lookup on variables via compute_gradients, and sparse_apply.
from prelude import tf, np, rnd

emb = tf.Variable([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], name="emb")
ids = tf.constant([2, 0, 2])
loss = tf.reduce_sum(tf.nn.embedding_lookup(emb, ids) * tf.constant([[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]]))
opt = tf.train.GradientDescentOptimizer(1.0)
(g, var), = opt.compute_gradients(loss)
print(type(g).__name__, g.values.shape.as_list(), g.indices.dtype.name, g.dense_shape is not None)
print(g.values.name, g.indices.name)
train = opt.apply_gradients([(g, var)])
loss2 = tf.reduce_sum(tf.gather(emb, [1]) ** 2) + tf.reduce_sum(emb) * 0.5
(g2, _), = opt.compute_gradients(loss2)
print(type(g2).__name__)
p = tf.constant([[1.0, 2.0], [3.0, 4.0]])
gn = tf.gradients(tf.reduce_sum(tf.gather_nd(p, [[0, 1], [1, 0], [0, 1]])), p)[0]
print(type(gn).__name__, gn.op.type)
seg = tf.unsorted_segment_sum(p, [1, 1], 3)
gs = tf.gradients(tf.reduce_sum(seg * tf.constant([[1.0], [2.0], [3.0]])), p)[0]
print(type(gs).__name__, seg.shape.as_list())
gb = tf.gather(tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]), [[2, 0], [1, 1]], batch_dims=1)
gbg = tf.gradients(gb, [gb.op.inputs[0]])[0]
print(type(gbg).__name__, gb.shape.as_list())
sl = tf.gradients(tf.reduce_sum(tf.gather(p, [0])), p)[0]
mul = sl * 2.0 if not isinstance(sl, tf.IndexedSlices) else tf.IndexedSlices(sl.values * 2.0, sl.indices, sl.dense_shape)
dense = tf.convert_to_tensor(mul)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(g.values)), sess.run(g.indices).tolist(), sess.run(g.dense_shape).tolist())
    sess.run(train)
    print(rnd(sess.run(emb)))
    print(rnd(sess.run(tf.convert_to_tensor(g2))))
    print(rnd(sess.run([gn, gs])), rnd(sess.run(tf.convert_to_tensor(gbg))))
    print(rnd(sess.run(dense)))
