# MLP built from a variable_scope/get_variable dense() helper with a glorot-seeded initializer; variable names, shapes and trained loss.
from prelude import tf, np, rnd

rs = np.random.RandomState(2)
X = rs.randn(50, 8).astype(np.float32)
T = (X @ rs.randn(8, 1)).astype(np.float32)
tf.set_random_seed(3)
x = tf.placeholder(tf.float32, [None, 8], name="features")
t = tf.placeholder(tf.float32, [None, 1], name="target")
init = tf.glorot_uniform_initializer(seed=7)


def dense(inp, units, name, activation=None):
    with tf.variable_scope(name):
        k = tf.get_variable("kernel", [inp.shape[1], units], initializer=init)
        b = tf.get_variable("bias", [units], initializer=tf.zeros_initializer())
        o = tf.nn.bias_add(tf.matmul(inp, k), b)
        return activation(o) if activation else o


h = dense(x, 12, "fc1", tf.nn.tanh)
out = dense(h, 1, "fc2")
loss = tf.losses.mean_squared_error(t, out)
gs = tf.train.get_or_create_global_step()
train = tf.train.MomentumOptimizer(0.05, 0.9).minimize(loss, global_step=gs)
for v in tf.global_variables():
    print(v.name, v.shape, v.dtype.name)
print(h.name, out.name, out.shape)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(tf.trainable_variables()[2])[:3, 0], 4))
    for i in range(30):
        _, l = sess.run([train, loss], {x: X, t: T})
        if i % 10 == 9:
            print(sess.run(gs), "%.4f" % l)
