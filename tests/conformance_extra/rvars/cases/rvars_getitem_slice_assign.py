# v[...] slicing of default variables and sliced assign: names, shapes, values.
from prelude import tf, np, rnd

v = tf.Variable(np.arange(12, dtype=np.int32).reshape(3, 4), name="v")
s0 = v[0]
s1 = v[1:, ::2]
s2 = v[..., -1]
s3 = v[tf.newaxis, :2]
for t in [s0, s1, s2, s3]:
    print(t.name, t.op.type, t.dtype.name, t.shape)
a1 = v[0].assign([9, 9, 9, 9])
a2 = v[1:, 1:3].assign(tf.zeros([2, 2], tf.int32))
a3 = v[:, 0].assign([7, 7, 7], name="col")
for r in [a1, a2, a3]:
    print(type(r).__name__, r.name, r.op.type, r.dtype.name, r.shape)
with tf.Session() as sess:
    sess.run(v.initializer)
    print(sess.run([s0, s1, s2, s3]))
    print(sess.run(a1))
    print(sess.run(a2))
    print(sess.run(a3))
    print(sess.run(v))
try:
    v[0].assign([1, 2])
except Exception as e:  # noqa: BLE001
    print("bad", type(e).__name__)
