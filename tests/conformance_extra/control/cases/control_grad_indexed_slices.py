# IndexedSlices from gather gradients: attributes, sums of slices, convert_to_tensor, in loops.
from prelude import tf, np, rnd

p = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]], name="p")
g1 = tf.gradients(tf.reduce_sum(tf.gather(p, [0, 3])) + tf.reduce_sum(tf.gather(p, [3])), p)[0]
print(type(g1).__name__, g1.values.shape.as_list(), g1.indices.shape.as_list(), g1.dense_shape.dtype.name)
print(g1.name == g1.values.name, g1.dtype.name, g1.shape.as_list() if g1.shape.dims is not None else None)
d = tf.convert_to_tensor(g1)
print(type(d).__name__, d.shape.as_list())
el = tf.nn.embedding_lookup(p, tf.constant([[1, 2], [2, 2]]))
g2 = tf.gradients(tf.reduce_sum(el), p)[0]
print(type(g2).__name__, g2.values.shape.as_list(), g2.indices.shape.as_list())
p3 = tf.placeholder(tf.float32, [None, 3])
g3 = tf.gradients(tf.reduce_sum(tf.gather(p3, [1])), p3)[0]
print(type(g3).__name__, g3.dense_shape.shape.as_list())
g4 = tf.gradients(tf.reduce_sum(tf.gather(p, [0, 1], axis=1)), p)[0]
print(type(g4).__name__)
mixed = tf.gradients(tf.reduce_sum(tf.gather(p, [1])) + tf.reduce_sum(p * p), p)[0]
print(type(mixed).__name__)
sl = tf.IndexedSlices(tf.constant([[1.0, 1.0]]), tf.constant([2]), tf.constant([4, 2]))
print(type(sl).__name__, sl.values.dtype.name, sl.device == "")
ds = tf.convert_to_tensor(sl)
sq = tf.gradients(tf.reduce_sum(tf.square(tf.gather(p, [2]))), p)[0]
sc = sq * 2.0 if isinstance(sq, tf.Tensor) else tf.IndexedSlices(sq.values * 2.0, sq.indices, sq.dense_shape)
with tf.Session() as sess:
    v, ix, sh = sess.run([g1.values, g1.indices, g1.dense_shape])
    print(rnd(v), ix.tolist(), sh.tolist())
    print(rnd(sess.run(d)))
    print(sess.run(g2.indices).tolist(), sess.run(g2.dense_shape).tolist())
    print(sess.run(g3.dense_shape, {p3: np.ones([5, 3])}).tolist())
    print(rnd(sess.run(g4)), rnd(sess.run(mixed)))
    print(rnd(sess.run(ds)))
    print(rnd(sess.run(tf.convert_to_tensor(sc))))
