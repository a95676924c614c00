# Gradients through concat (tensor and negative axis), split (num and sizes), unstack and stack with unused outputs.
from prelude import tf, np, rnd

a = tf.constant([[1.0, 2.0], [3.0, 4.0]])
b = tf.constant([[5.0], [6.0]])
ax = tf.placeholder(tf.int32, [])
c = tf.concat([a, b], axis=ax)
print(c.shape)
w = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
ga = tf.gradients(tf.concat([a, b], -1) * w, [a, b])
gt = tf.gradients(tf.reduce_sum(c * c), [a, b])
print([t.shape for t in gt])
x = tf.reshape(tf.range(12.0), [2, 6])
p1, p2, p3 = tf.split(x, 3, axis=1)
gsp = tf.gradients(p1 * 2.0 + p3 * 3.0, x)[0]
q1, q2 = tf.split(x, [1, 5], axis=1)
gsz = tf.gradients(tf.reduce_sum(q2 * q2), x)[0]
u = tf.unstack(x, axis=0)
gu = tf.gradients(u[1] * 5.0, x)[0]
v = tf.constant(1.0)
s = tf.stack([v, v * 2.0, v * v])
gst = tf.gradients(s[2] + s[1], v)[0]
print(gsp.op.type, gu.shape)
with tf.Session() as sess:
    print([rnd(t, 4) for t in sess.run(ga)])
    print([rnd(t, 4) for t in sess.run(gt, {ax: 1})])
    print(rnd(sess.run(gsp), 4))
    print(rnd(sess.run(gsz), 4))
    print(rnd(sess.run(gu), 4), rnd(sess.run(gst), 4))
