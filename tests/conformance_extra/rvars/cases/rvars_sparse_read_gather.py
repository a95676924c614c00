# sparse_read and tf.gather on default variables: names, shapes, values, bad indices.
from prelude import tf, np, rnd

v = tf.Variable(np.arange(12, dtype=np.float32).reshape(4, 3), name="v")
s = v.sparse_read([2, 0])
s2 = v.sparse_read(tf.constant([[1], [3]], tf.int64), name="sr")
g = tf.gather(v, [1, 1, 3])
g2 = tf.gather(v, [0, 2], axis=1)
i = tf.placeholder(tf.int32, [None])
g3 = tf.gather(v, i)
for t in [s, s2, g, g2, g3]:
    print(t.name, t.op.type, t.dtype.name, t.shape)
with tf.Session() as sess:
    sess.run(v.initializer)
    print(rnd(sess.run(s)), rnd(sess.run(s2)))
    print(rnd(sess.run(g)), rnd(sess.run(g2)))
    print(rnd(sess.run(g3, {i: []})))
    try:
        sess.run(g3, {i: [5]})
    except Exception as e:  # noqa: BLE001
        print("oob", type(e).__name__)
    try:
        sess.run(g3, {i: [-1]})
    except Exception as e:  # noqa: BLE001
        print("neg", type(e).__name__)
