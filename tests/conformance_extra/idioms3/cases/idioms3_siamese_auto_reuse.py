# Siamese network: one tower function under variable_scope(reuse=tf.AUTO_REUSE), contrastive loss, shared variables trained once.
from prelude import tf, np, rnd

rs = np.random.RandomState(18)
A = rs.randn(20, 4).astype(np.float32)
same = rs.randint(0, 2, 20).astype(np.float32)
B = np.where(same[:, None] > 0, A + 0.1 * rs.randn(20, 4), rs.randn(20, 4)).astype(np.float32)
left = tf.placeholder(tf.float32, [None, 4], name="left")
right = tf.placeholder(tf.float32, [None, 4], name="right")
label = tf.placeholder(tf.float32, [None], name="label")


def tower(inp):
    with tf.variable_scope("siamese", reuse=tf.AUTO_REUSE):
        w1 = tf.get_variable("fc1/w", [4, 6], initializer=tf.random_normal_initializer(stddev=0.4, seed=1))
        b1 = tf.get_variable("fc1/b", [6], initializer=tf.zeros_initializer())
        w2 = tf.get_variable("fc2/w", [6, 2], initializer=tf.random_normal_initializer(stddev=0.4, seed=2))
        return tf.matmul(tf.nn.relu(tf.matmul(inp, w1) + b1), w2)


o1 = tower(left)
o2 = tower(right)
print(o1.name, o2.name, [v.name for v in tf.trainable_variables()])
d2 = tf.reduce_sum(tf.square(o1 - o2), 1)
dist = tf.sqrt(d2 + 1e-6)
margin = 1.0
loss = tf.reduce_mean(label * d2 + (1 - label) * tf.square(tf.maximum(margin - dist, 0.0)))
train = tf.train.AdamOptimizer(0.02).minimize(loss)
print(len(tf.global_variables()), dist.shape)
with tf.variable_scope("siamese", reuse=True):
    print(tf.get_variable("fc1/w").name)
try:
    with tf.variable_scope("siamese"):
        tf.get_variable("fc1/w", [4, 6])
except ValueError:
    print("ValueError")
fd = {left: A, right: B, label: same}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(30):
        _, l = sess.run([train, loss], fd)
        if i % 10 == 0:
            print(i, "%.4g" % l)
    dv = sess.run(dist, fd)
    print("same %.4g diff %.4g" % (dv[same > 0].mean(), dv[same == 0].mean()))
