# Two towers sharing variables via variable_scope reuse; averaged gradients applied once.
from prelude import tf, np, rnd

rs = np.random.RandomState(5)
data = rs.randn(8, 4).astype(np.float32)
target = rs.randn(8, 1).astype(np.float32)
opt = tf.train.GradientDescentOptimizer(0.1)


def tower(x, t):
    w = tf.get_variable("w", [4, 1], initializer=tf.constant_initializer(0.1))
    b = tf.get_variable("b", [1], initializer=tf.zeros_initializer())
    return tf.reduce_mean(tf.square(tf.matmul(x, w) + b - t))


grads, losses = [], []
with tf.variable_scope(tf.get_variable_scope()):
    for i in range(2):
        with tf.name_scope("tower_%d" % i):
            l = tower(tf.constant(data[i * 4:(i + 1) * 4]), tf.constant(target[i * 4:(i + 1) * 4]))
            tf.get_variable_scope().reuse_variables()
            losses.append(l)
            grads.append(opt.compute_gradients(l))
print([l.name for l in losses])
print([v.name for v in tf.global_variables()])
avg = []
for gv in zip(*grads):
    g = tf.reduce_mean(tf.stack([g for g, _ in gv]), 0)
    avg.append((g, gv[0][1]))
print([(g.name, v.name) for g, v in avg])
train = opt.apply_gradients(avg)
total = tf.add_n(losses) / 2.0
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(5):
        l, _ = sess.run([total, train])
        print(i, "%.5f" % l)
    print(rnd(sess.run(tf.trainable_variables()[0])[:, 0], 4))
