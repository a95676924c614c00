# gather/gather_nd gradients: axis, batch_dims, repeated indices (IndexedSlices vs dense), int64 indices.
from prelude import tf, np, rnd

x = tf.constant(np.arange(24, dtype=np.float32).reshape(2, 3, 4))
outs = [tf.gather(x, [1, 1, 0]), tf.gather(x, [2, 0, 2], axis=1), tf.gather(x, [[3, 0], [1, 1]], axis=2),
        tf.gather(x, [[1, 1], [0, 2]], axis=1, batch_dims=1), tf.gather(x, tf.constant([0, 0], tf.int64), axis=-1),
        tf.gather_nd(x, [[0, 1], [0, 1], [1, 2]]), tf.gather_nd(x, [[1, 2, 3]]), tf.gather_nd(x, [[[1], [0]], [[2], [2]]], batch_dims=1)]
gs = []
for o in outs:
    w = tf.constant(np.arange(1, 1 + int(np.prod(o.shape.as_list())), dtype=np.float32).reshape(o.shape.as_list()))
    g = tf.gradients(tf.reduce_sum(o * w), x)[0]
    print(o.op.type, o.shape.as_list(), type(g).__name__, g.dtype.name)
    gs.append(tf.convert_to_tensor(g))
g0 = tf.gradients(tf.reduce_sum(outs[0]), x)[0]
print(g0.indices.dtype.name, g0.values.shape.as_list(), g0.dense_shape.dtype.name)
with tf.Session() as sess:
    for v in sess.run(gs):
        print(rnd(v))
    print(rnd(sess.run([g0.indices, g0.dense_shape])))
