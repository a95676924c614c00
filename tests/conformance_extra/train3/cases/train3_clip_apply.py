# clip_by_global_norm on compute_gradients output then apply_gradients, with sparse and None grads.
from prelude import tf, np, rnd

w = tf.Variable([3.0, 4.0], name="w")
e = tf.Variable([[1.0, 1.0], [2.0, 2.0]], name="e")
u = tf.Variable(1.0, name="u")
loss = tf.reduce_sum(w * w) + tf.reduce_sum(tf.gather(e, [1]) * 10.0)
opt = tf.train.GradientDescentOptimizer(0.1)
gv = opt.compute_gradients(loss)
grads, vs = zip(*gv)
clipped, norm = tf.clip_by_global_norm(grads, 5.0)
print([type(c).__name__ for c in clipped], norm.name, norm.dtype)
print([c.name if isinstance(c, tf.Tensor) else None for c in clipped])
train = opt.apply_gradients(zip(clipped, vs))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(norm), 4))
    sess.run(train)
    print(rnd(sess.run([w, e, u]), 4))
    c2, n2 = tf.clip_by_global_norm([tf.constant([0.0, 0.0])], 1.0)
    print(rnd(sess.run(c2), 4), rnd(sess.run(n2), 4))
    gn = tf.global_norm([g for g in grads if g is not None])
    print(gn.name, rnd(sess.run(gn), 4))
    cn = tf.clip_by_norm(grads[0], 1.0)
    print(rnd(sess.run(cn), 4))
try:
    tf.clip_by_global_norm(tf.constant([1.0]), 1.0)
    print("no error")
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
