# Hand-built conv net: conv2d, max_pool, avg_pool, bias_add, flatten, softmax xent, Adagrad training.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None, 6, 6, 1], name="images")
labels = tf.placeholder(tf.int64, [None], name="labels")
k = tf.get_variable("k", [3, 3, 1, 2], initializer=tf.constant_initializer(0.1))
kb = tf.get_variable("kb", [2], initializer=tf.zeros_initializer())
c = tf.nn.relu(tf.nn.bias_add(tf.nn.conv2d(x, k, strides=[1, 1, 1, 1], padding="SAME"), kb))
p = tf.nn.max_pool(c, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding="VALID")
a = tf.nn.avg_pool(c, [1, 3, 3, 1], [1, 3, 3, 1], "SAME")
print(c.shape, p.shape, a.shape, p.op.type, a.op.type)
flat = tf.reshape(p, [-1, 3 * 3 * 2])
print(flat.shape, flat.shape[1], type(flat.shape[1]).__name__ if flat.shape[1] is not None else None)
wf = tf.get_variable("wf", [18, 3], initializer=tf.constant_initializer(0.01))
logits = tf.matmul(flat, wf)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits))
acc = tf.reduce_mean(tf.cast(tf.equal(tf.argmax(logits, 1), labels), tf.float32))
train = tf.train.AdagradOptimizer(0.5).minimize(loss)
print(loss.shape, acc.dtype, tf.argmax(logits, 1).dtype)
imgs = np.arange(72, dtype=np.float32).reshape(2, 6, 6, 1) / 72.0
feed = {x: imgs, labels: [0, 2]}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(4):
        l, ac, _ = sess.run([loss, acc, train], feed)
        print(i, rnd(l, 4), rnd(ac))
    print(rnd(sess.run(k)[:, :, 0, 0], 4))
    print(rnd(sess.run(a, feed)[0, :, :, 1], 4))
