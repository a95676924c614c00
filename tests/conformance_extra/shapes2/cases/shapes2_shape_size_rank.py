# tf.shape / size / rank / shape_n outputs: names, dtypes, out_type, static shapes and constant folding.
from prelude import tf, np, rnd

a = tf.placeholder(tf.float32, [None, 3], name="a")
u = tf.placeholder(tf.float32, None, name="u")
s = tf.placeholder(tf.float32, [], name="s")
for t in [tf.shape(a), tf.shape(u), tf.shape(s), tf.shape(a, out_type=tf.int64), tf.size(a), tf.size(u, out_type=tf.int64),
          tf.rank(a), tf.rank(u), tf.shape(tf.constant([[1, 2]])), tf.size(tf.constant([[1, 2]])), tf.rank(tf.constant(1)),
          tf.shape(a)[0], tf.shape(a)[1:], tf.shape_n([a, s])[0], tf.shape_n([a, u], out_type=tf.int64)[1]]:
    print(t)
print(tf.get_static_value(tf.shape(a)), tf.get_static_value(tf.shape(tf.constant([[1, 2]]))).tolist())
print(tf.get_static_value(tf.rank(a)), tf.get_static_value(tf.size(tf.zeros([2, 3]))))
print(tf.get_static_value(tf.shape(a)[1]))
try:
    tf.shape(a, out_type=tf.float32)
except Exception as e:
    print(type(e).__name__)
with tf.Session() as sess:
    f = {a: np.ones((2, 3)), u: np.ones((4, 1, 2)), s: 1.0}
    r = sess.run([tf.shape(a), tf.shape(u), tf.shape(s), tf.size(u, out_type=tf.int64), tf.rank(u)], f)
    print([x.tolist() for x in r], [x.dtype.name for x in r])
    print(sess.run(tf.shape(tf.zeros([0, 4]))).tolist(), sess.run(tf.size(tf.zeros([0, 4]))))
c = tf.constant([1, 2, 3])
for t in [c[1], c + 1, tf.reshape(c, [3, 1]), tf.unstack(c)[1], tf.stop_gradient(c), tf.equal(c, 2), tf.concat([c, c], 0),
          tf.cast(c, tf.float32), tf.fill([2], 3), tf.range(3), tf.stack([1, tf.shape(a)[0]]), tf.identity(c), tf.expand_dims(c, 0)]:
    v = tf.get_static_value(t)
    print(t.op.type, None if v is None else v.tolist())
print(tf.get_static_value(tf.stack([1, tf.shape(a)[0]]), partial=True).tolist(), tf.get_static_value(np.array(3)), tf.get_static_value([1, 2]))
sp = tf.SparseTensor([[0, 0]], [1.0], [2, 3])
sps = [tf.shape(sp), tf.shape(sp, out_type=tf.int64), tf.size(sp), tf.rank(sp), tf.shape(tf.sparse_placeholder(tf.float32, [None, 3]))]
for t in sps:
    v = tf.get_static_value(t)
    print(t.name, t.op.type, t.shape, t.dtype.name, None if v is None else v.tolist())
with tf.Session() as sess:
    print([np.asarray(x).tolist() for x in sess.run(sps[:4])])
