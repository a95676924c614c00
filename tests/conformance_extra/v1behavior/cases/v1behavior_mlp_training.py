# A TF1 MLP training program with weights shaped from input Dimensions.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
tf.set_random_seed(0)
x = tf.placeholder(tf.float32, [None, 4], name="x")
y = tf.placeholder(tf.int64, [None], name="y")
n_in = x.get_shape()[1].value
W1 = tf.Variable(tf.truncated_normal([n_in, 8], stddev=0.1), name="W1")
b1 = tf.Variable(tf.zeros([8]), name="b1")
h = tf.nn.relu(tf.matmul(x, W1) + b1)
print(h)
W2 = tf.Variable(tf.random_normal([int(h.shape[1]), 3], stddev=0.1, seed=3), name="W2")
b2 = tf.Variable(tf.constant(0.1, shape=[3]), name="b2")
logits = tf.add(tf.matmul(h, W2), b2, name="logits")
print(logits, W1, W2)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits))
print(loss)
acc = tf.reduce_mean(tf.cast(tf.equal(tf.argmax(logits, 1), y), tf.float32))
train = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
rng = np.random.RandomState(0)
xs = rng.randn(32, 4).astype(np.float32)
ys = (xs[:, 0] > 0).astype(np.int64) + (xs[:, 1] > 0).astype(np.int64)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    l0 = sess.run(loss, {x: xs, y: ys})
    for _ in range(50):
        sess.run(train, {x: xs, y: ys})
    l1, a1 = sess.run([loss, acc], {x: xs, y: ys})
    print(rnd(l0, 3), l1 < l0, rnd(l1, 2), rnd(a1, 2))
    print(rnd(sess.run(W2)[0], 3))
