# MNIST-shaped softmax regression on seeded synthetic data, feed_dict minibatch loop, accuracy at the end.
from prelude import tf, np, rnd

rs = np.random.RandomState(0)
X = rs.rand(64, 784).astype(np.float32)
labels = (X[:, :10].argmax(1)).astype(np.int64)
Y = np.eye(10, dtype=np.float32)[labels]
tf.set_random_seed(1)
x = tf.placeholder(tf.float32, [None, 784], name="x")
y_ = tf.placeholder(tf.float32, [None, 10], name="y_")
W = tf.Variable(tf.zeros([784, 10]), name="W")
b = tf.Variable(tf.zeros([10]), name="b")
y = tf.matmul(x, W) + b
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits_v2(labels=y_, logits=y))
train_step = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
correct = tf.equal(tf.argmax(y, 1), tf.argmax(y_, 1))
accuracy = tf.reduce_mean(tf.cast(correct, tf.float32))
print(y.name, y.shape, loss.name, accuracy.name, correct.dtype.name)
print(train_step.type, train_step.name, [v.op.type for v in tf.trainable_variables()])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(40):
        lo = (i * 16) % 64
        _, l = sess.run([train_step, loss], {x: X[lo:lo + 16], y_: Y[lo:lo + 16]})
        if i % 10 == 0:
            print(i, "%.4f" % l)
    print("acc %.4f" % sess.run(accuracy, {x: X, y_: Y}))
    print(rnd(sess.run(b), 3))
