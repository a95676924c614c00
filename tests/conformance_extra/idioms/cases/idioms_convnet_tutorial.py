# Deep-MNIST-style tutorial in miniature: conv2d + max_pool + dense, softmax xent, InteractiveSession.
from prelude import tf, np, rnd

rng = np.random.RandomState(0)
imgs = rng.uniform(0, 1, size=(8, 6, 6, 1)).astype(np.float32)
labels = np.eye(2, dtype=np.float32)[(imgs.mean(axis=(1, 2, 3)) > 0.5).astype(int)]
sess = tf.InteractiveSession()
x = tf.placeholder(tf.float32, shape=[None, 6, 6, 1])
y_ = tf.placeholder(tf.float32, shape=[None, 2])


def weight_variable(shape, v):
    return tf.Variable(tf.constant(v, shape=shape))


def conv2d(x, W):
    return tf.nn.conv2d(x, W, strides=[1, 1, 1, 1], padding="SAME")


def max_pool_2x2(x):
    return tf.nn.max_pool(x, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding="SAME")


W_conv1 = weight_variable([3, 3, 1, 2], 0.1)
b_conv1 = weight_variable([2], 0.1)
h_conv1 = tf.nn.relu(conv2d(x, W_conv1) + b_conv1)
h_pool1 = max_pool_2x2(h_conv1)
print(h_conv1.shape.as_list(), h_pool1.shape.as_list(), h_pool1.op.name)
h_flat = tf.reshape(h_pool1, [-1, 3 * 3 * 2])
W_fc = tf.Variable(tf.constant(np.linspace(-0.1, 0.1, 36, dtype=np.float32).reshape(18, 2)))
b_fc = weight_variable([2], 0.0)
keep_prob = tf.placeholder(tf.float32)
h_drop = tf.nn.dropout(h_flat, keep_prob)
y_conv = tf.matmul(h_drop, W_fc) + b_fc
print(h_flat.shape.as_list(), y_conv.shape.as_list())
cross_entropy = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y_, logits=y_conv))
train_step = tf.train.AdamOptimizer(1e-2).minimize(cross_entropy)
correct_prediction = tf.equal(tf.argmax(y_conv, 1), tf.argmax(y_, 1))
accuracy = tf.reduce_mean(tf.cast(correct_prediction, tf.float32))
sess.run(tf.global_variables_initializer())
for i in range(20):
    if i % 5 == 0:
        train_accuracy = accuracy.eval(feed_dict={x: imgs, y_: labels, keep_prob: 1.0})
        print("step %d, training accuracy %g" % (i, train_accuracy),
              rnd(cross_entropy.eval({x: imgs, y_: labels, keep_prob: 1.0})))
    train_step.run(feed_dict={x: imgs, y_: labels, keep_prob: 1.0})
print("test accuracy", rnd(accuracy.eval(feed_dict={x: imgs, y_: labels, keep_prob: 1.0})))
print(rnd(b_conv1.eval()))
sess.close()
