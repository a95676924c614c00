# Two-layer CNN (conv2d + relu + max_pool twice, dense + dropout) trained 3 steps on 12x12 images.
from prelude import tf, np, rnd

rs = np.random.RandomState(43)
imgs = rs.rand(8, 12, 12, 1).astype(np.float32)
lbls = rs.randint(0, 3, 8).astype(np.int64)
tf.set_random_seed(5)
x = tf.placeholder(tf.float32, [None, 12, 12, 1], name="images")
y = tf.placeholder(tf.int64, [None], name="labels")
keep_prob = tf.placeholder_with_default(1.0, [], name="keep_prob")


def weight(name, shape):
    return tf.get_variable(name, shape, initializer=tf.truncated_normal_initializer(stddev=0.1, seed=1))


h1 = tf.nn.relu(tf.nn.conv2d(x, weight("c1", [3, 3, 1, 4]), strides=[1, 1, 1, 1], padding="SAME") + 0.1)
p1 = tf.nn.max_pool(h1, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding="SAME")
h2 = tf.nn.relu(tf.nn.conv2d(p1, weight("c2", [3, 3, 4, 8]), [1, 1, 1, 1], "VALID"))
p2 = tf.nn.max_pool(h2, [1, 2, 2, 1], [1, 2, 2, 1], "VALID")
print(h1.shape, p1.shape, h2.shape, p2.shape, p1.op.type, p1.name)
flat = tf.reshape(p2, [-1, 2 * 2 * 8])
drop = tf.nn.dropout(flat, keep_prob)
logits = tf.matmul(drop, weight("fc", [32, 3]))
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits))
train = tf.train.AdamOptimizer(0.01).minimize(loss)
acc = tf.reduce_mean(tf.cast(tf.equal(tf.argmax(logits, 1), y), tf.float32))
print(flat.shape, drop.shape, logits.shape, len(tf.trainable_variables()), len(tf.global_variables()))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    l0 = sess.run(loss, {x: imgs, y: lbls})
    print("%.4g" % l0)
    for i in range(3):
        _, l = sess.run([train, loss], {x: imgs, y: lbls})
        print(i, "%.4g" % l)
    print("%.4g" % sess.run(loss, {x: imgs, y: lbls}), sess.run(acc, {x: imgs, y: lbls}) <= 1.0)
    d = sess.run(drop, {x: imgs, keep_prob: 0.5})
    print(d.shape, bool(np.all((d == 0) | (d > 0))))
