# Softmax regression on synthetic MNIST-shaped data (784 features, 10 classes) with argmax accuracy.
from prelude import tf, np, rnd

rs = np.random.RandomState(42)
proto = rs.rand(10, 784).astype(np.float32)
labels = rs.randint(0, 10, 64)
images = (proto[labels] + 0.3 * rs.rand(64, 784)).astype(np.float32)
onehot = np.eye(10, dtype=np.float32)[labels]
x = tf.placeholder(tf.float32, [None, 784])
y_ = tf.placeholder(tf.float32, [None, 10])
W = tf.Variable(tf.zeros([784, 10]))
b = tf.Variable(tf.zeros([10]))
y = tf.nn.softmax(tf.matmul(x, W) + b)
cross_entropy = tf.reduce_mean(-tf.reduce_sum(y_ * tf.log(y + 1e-10), reduction_indices=[1]))
train_step = tf.train.GradientDescentOptimizer(0.05).minimize(cross_entropy)
correct = tf.equal(tf.argmax(y, 1), tf.argmax(y_, 1))
accuracy = tf.reduce_mean(tf.cast(correct, tf.float32))
print(y.shape, correct.dtype.name, accuracy.op.type, W.name, b.name)
with tf.Session() as sess:
    tf.global_variables_initializer().run()
    print("%.4g" % sess.run(accuracy, {x: images, y_: onehot}))
    for i in range(40):
        batch = slice((i * 16) % 64, (i * 16) % 64 + 16)
        _, ce = sess.run([train_step, cross_entropy], {x: images[batch], y_: onehot[batch]})
        if i % 10 == 0:
            print(i, "%.4g" % ce)
    print("%.4g" % accuracy.eval({x: images, y_: onehot}))
    print(rnd(sess.run(b), 3))
