# Two towers sharing variables via variable_scope(reuse=True); distance loss; variable count and names; reuse errors.
from prelude import tf, np, rnd

rs = np.random.RandomState(53)
a_np = rs.randn(6, 4).astype(np.float32)
b_np = rs.randn(6, 4).astype(np.float32)
sim = np.array([1, 0, 1, 0, 1, 0], np.float32)


def tower(inp):
    w = tf.get_variable("w", [4, 3], initializer=tf.random_normal_initializer(seed=3))
    bb = tf.get_variable("b", [3], initializer=tf.zeros_initializer())
    return tf.nn.tanh(tf.matmul(inp, w) + bb)


xa = tf.placeholder(tf.float32, [None, 4], name="xa")
xb = tf.placeholder(tf.float32, [None, 4], name="xb")
label = tf.placeholder(tf.float32, [None])
with tf.variable_scope("tower") as scope:
    ea = tower(xa)
with tf.variable_scope(scope, reuse=True):
    eb = tower(xb)
print(ea.name, eb.name, [v.name for v in tf.trainable_variables()])
dist = tf.reduce_sum(tf.square(ea - eb), 1)
loss = tf.reduce_mean(label * dist + (1 - label) * tf.maximum(0.0, 1.0 - dist))
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
try:
    with tf.variable_scope("tower"):
        tower(xa)
except ValueError as e:
    print("ValueError", "already exists" in str(e))
try:
    with tf.variable_scope("other", reuse=True):
        tower(xa)
except ValueError as e:
    print("ValueError", "does not exist" in str(e))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    fd = {xa: a_np, xb: b_np, label: sim}
    print("%.4g" % sess.run(loss, fd))
    for i in range(10):
        _, l = sess.run([train, loss], fd)
    print("%.4g" % l, rnd(sess.run(dist, fd), 3))
    print(np.allclose(sess.run(ea, {xa: a_np}), sess.run(eb, {xb: a_np})))
