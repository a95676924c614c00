# fused_batch_norm gradients w.r.t. x/scale/offset, NCHW-free checks, inference output names, and argument errors.
from prelude import tf, np, rnd

rs = np.random.RandomState(60)
xv = rs.randn(2, 2, 2, 3).astype(np.float32)
x = tf.constant(xv)
scale = tf.Variable([1.0, 2.0, 0.5])
offset = tf.Variable([0.0, 0.1, -0.1])
y, m, v = tf.nn.fused_batch_norm(x, scale, offset, is_training=True)
print(y.name, m.name, v.name, y.op.type, y.op.get_attr("epsilon") > 0)
print(y.shape, m.shape, v.shape)
loss = tf.reduce_sum(y * tf.constant(np.arange(24, dtype=np.float32).reshape(2, 2, 2, 3)))
gx, gs, go = tf.gradients(loss, [x, scale, offset])
print(gx.shape, gs.shape, go.shape)
yi, mi, vi = tf.nn.fused_batch_norm(x, scale, offset, mean=[0.0, 0.0, 0.0], variance=[1.0, 1.0, 1.0], is_training=False)
try:
    tf.nn.fused_batch_norm(x, scale, offset, is_training=False)
except ValueError as e:
    print("ValueError")
try:
    tf.nn.fused_batch_norm(tf.ones([2, 3]), scale, offset)
except ValueError as e:
    print("ValueError")
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(m), 4), rnd(sess.run(v), 4))
    print(rnd(sess.run(gs), 3), rnd(sess.run(go), 3))
    print(rnd(sess.run(gx)[0, 0, 0], 3))
    print(rnd(sess.run(yi)[0, 0, 0], 4), rnd(sess.run(mi), 3))
