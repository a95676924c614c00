# Gradient clipping by global norm with compute/apply_gradients; the norm is reported each step.
from prelude import tf, np, rnd

tf.set_random_seed(7)
x = tf.constant(np.linspace(-1, 1, 12, dtype=np.float32).reshape(6, 2))
y = tf.constant(np.array([[1], [0], [1], [0], [1], [1]], np.float32) * 5.0)
w = tf.Variable(tf.random_normal([2, 1], seed=1), name="w")
b = tf.Variable(0.0, name="b")
loss = tf.reduce_mean(tf.square(tf.matmul(x, w) + b - y))
opt = tf.train.GradientDescentOptimizer(0.5)
gvs = opt.compute_gradients(loss)
grads, tvars = zip(*gvs)
clipped, norm = tf.clip_by_global_norm(grads, 1.0)
print([g.name for g in clipped], norm.name, norm.shape)
train = opt.apply_gradients(zip(clipped, tvars))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(w)[:, 0], 4))
    for i in range(5):
        n, l, _ = sess.run([norm, loss, train])
        print(i, "%.4f %.4f" % (n, l))
    cn = sess.run(tf.global_norm(clipped))
    print("%.4f" % cn)
try:
    tf.clip_by_global_norm(grads[0], 1.0)
except TypeError as e:
    print(type(e).__name__)
