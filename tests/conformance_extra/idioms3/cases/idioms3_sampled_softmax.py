# Sampled softmax loss with fixed sampled_values vs the full softmax, remove_accidental_hits and training.
from prelude import tf, np, rnd

vocab, dim = 10, 3
rs = np.random.RandomState(5)
xs = rs.randn(8, dim).astype(np.float32)
ys = rs.randint(0, vocab, size=(8, 1)).astype(np.int64)
inputs = tf.placeholder(tf.float32, [None, dim])
labels = tf.placeholder(tf.int64, [None, 1])
w = tf.get_variable("softmax_w", [vocab, dim], initializer=tf.random_normal_initializer(seed=4))
b = tf.get_variable("softmax_b", [vocab], initializer=tf.zeros_initializer())
sampled = (tf.constant([1, 2, 4, 6], tf.int64), tf.fill([tf.shape(labels)[0], 1], 0.3), tf.constant([0.3] * 4))
ss = tf.nn.sampled_softmax_loss(weights=w, biases=b, labels=labels, inputs=inputs, num_sampled=4,
                                num_classes=vocab, sampled_values=sampled)
ss_nohit = tf.nn.sampled_softmax_loss(weights=w, biases=b, labels=labels, inputs=inputs, num_sampled=4,
                                      num_classes=vocab, sampled_values=sampled, remove_accidental_hits=False)
logits = tf.matmul(inputs, w, transpose_b=True) + b
full = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.squeeze(labels, 1), logits=logits)
loss = tf.reduce_mean(ss)
train = tf.train.AdagradOptimizer(0.3).minimize(loss)
print(ss.shape, ss.dtype.name, full.shape, logits.shape)
fd = {inputs: xs, labels: ys}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(ss, fd), 4))
    print(rnd(sess.run(ss_nohit, fd), 4))
    print(rnd(sess.run(full, fd), 4))
    for i in range(20):
        _, l = sess.run([train, loss], fd)
        if i % 5 == 4:
            print(i, "%.4g" % l, "%.4g" % sess.run(tf.reduce_mean(full), fd))
