# clip_by_global_norm / clip_by_value / clip_by_norm on gradients then apply_gradients.
from prelude import tf, np, rnd

w = tf.Variable([3.0, 4.0], name="w")
b = tf.Variable(12.0, name="b")
u = tf.Variable(1.0, name="unused")
loss = 0.5 * tf.reduce_sum(w * w) + 0.5 * b * b
opt = tf.train.GradientDescentOptimizer(1.0)
gv = opt.compute_gradients(loss, var_list=[w, b, u])
grads, vs = zip(*gv)
clipped, norm = tf.clip_by_global_norm(list(grads), 6.5)
print([c is None for c in clipped], norm.name)
train = opt.apply_gradients([(c, v) for c, v in zip(clipped, vs) if c is not None])
clipped2, norm2 = tf.clip_by_global_norm(list(grads), 100.0, use_norm=tf.constant(26.0))
clipped3 = [tf.clip_by_value(g, -2.0, 2.0) for g in grads if g is not None]
clipped4 = [tf.clip_by_norm(g, 1.0) for g in grads if g is not None]
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(norm)), rnd(sess.run([c for c in clipped if c is not None])))
    print(rnd(sess.run(norm2)), rnd(sess.run([c for c in clipped2 if c is not None])))
    print(rnd(sess.run(clipped3)), rnd(sess.run(clipped4)))
    sess.run(train)
    print(rnd(sess.run([w, b, u])))
try:
    tf.clip_by_global_norm(tf.constant([1.0]), 1.0)
    print("no error")
except Exception as e:
    print(type(e).__name__)
z, zn = tf.clip_by_global_norm([tf.zeros([2]), tf.zeros([])], 1.0)
inf_c, inf_n = tf.clip_by_global_norm([tf.constant([np.inf, 1.0])], 1.0)
with tf.Session() as sess:
    print(rnd(sess.run(z)), rnd(sess.run(zn)))
    print(sess.run(inf_c), sess.run(inf_n))
