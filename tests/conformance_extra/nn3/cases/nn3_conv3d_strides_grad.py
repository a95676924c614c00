# conv3d with strides and its gradients; conv3d_transpose with strides and its gradient.
from prelude import tf, np, rnd

x = tf.constant(np.linspace(-1, 1, 1 * 4 * 4 * 5 * 2, dtype=np.float32).reshape(1, 4, 4, 5, 2))
w = tf.constant(np.linspace(-0.5, 0.5, 2 * 2 * 2 * 2 * 3, dtype=np.float32).reshape(2, 2, 2, 2, 3))
a = tf.nn.conv3d(x, w, [1, 2, 2, 2, 1], "SAME", name="c3")
b = tf.nn.conv3d(x, w, [1, 1, 1, 2, 1], "VALID")
bd = tf.nn.conv3d(x, w, [1, 1, 1, 1, 1], "SAME")
print(bd.shape.as_list())
for t in (a, b):
    print(t.op.type, t.name, t.shape.as_list())
ga = tf.gradients(tf.reduce_sum(a * a), [x, w])
gb = tf.gradients(tf.reduce_sum(b), [x, w])
print([g.op.type for g in ga], [g.shape.as_list() for g in gb])
wt = tf.constant(np.linspace(-0.5, 0.5, 2 * 2 * 2 * 3 * 2, dtype=np.float32).reshape(2, 2, 2, 3, 2))
t = tf.nn.conv3d_transpose(x, wt, [1, 8, 8, 10, 3], [1, 2, 2, 2, 1], "SAME")
gt = tf.gradients(tf.reduce_sum(t * t), [x, wt])
print(t.op.type, t.shape.as_list())
with tf.Session() as sess:
    ra, rb, rbd = sess.run([a, b, bd])
    print(rnd(ra[0, :, :, :, 0].sum(axis=-1), 3), rnd(rb[0, 1, :, :, 2], 3), rnd(rbd[0, 1, :, :, 2], 3))
    r = sess.run(ga + gb)
    print([rnd(float(np.abs(v).sum()), 3) for v in r])
    print(rnd(r[0][0, 1, :, :, 0], 3))
    rt = sess.run(t)
    print(rnd(rt[0, :3, :3, 0, 1], 3))
    print([rnd(float(np.abs(v).sum()), 3) for v in sess.run(gt)])
