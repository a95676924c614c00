# Two-layer MLP with seeded truncated_normal weights, relu, Adam, loss every few steps and accuracy.
from prelude import tf, np, rnd

rs = np.random.RandomState(1)
X = rs.randn(100, 20).astype(np.float32)
lab = (X[:, 0] + X[:, 1] > 0).astype(np.int32) + (X[:, 2] > 1).astype(np.int32)
tf.set_random_seed(42)
x = tf.placeholder(tf.float32, [None, 20])
y = tf.placeholder(tf.int32, [None])
with tf.name_scope("hidden"):
    w1 = tf.Variable(tf.truncated_normal([20, 16], stddev=0.1, seed=1), name="weights")
    b1 = tf.Variable(tf.zeros([16]), name="biases")
    h = tf.nn.relu(tf.matmul(x, w1) + b1)
with tf.name_scope("softmax_linear"):
    w2 = tf.Variable(tf.truncated_normal([16, 3], stddev=0.1, seed=2), name="weights")
    b2 = tf.Variable(tf.zeros([3]), name="biases")
    logits = tf.matmul(h, w2) + b2
loss = tf.losses.sparse_softmax_cross_entropy(labels=y, logits=logits)
opt = tf.train.AdamOptimizer(0.01)
train = opt.minimize(loss)
acc = tf.reduce_mean(tf.cast(tf.nn.in_top_k(logits, y, 1), tf.float32))
print([v.name for v in tf.trainable_variables()])
print(len(tf.global_variables()), logits.name, loss.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(w1)[0, :4], 4))
    for step in range(60):
        _, l = sess.run([train, loss], {x: X, y: lab})
        if step % 15 == 0:
            print(step, "%.4f" % l)
    print("final %.4f acc %.3f" % tuple(sess.run([loss, acc], {x: X, y: lab})))
