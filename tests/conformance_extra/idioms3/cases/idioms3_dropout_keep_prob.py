# MLP with dropout driven by a keep_prob placeholder_with_default (seeded), training at 0.8 and evaluating at 1.0.
from prelude import tf, np, rnd

rs = np.random.RandomState(11)
X = rs.randn(40, 5).astype(np.float32)
lab = (np.abs(X[:, 0]) > 0.7).astype(np.int32)
tf.set_random_seed(123)
x = tf.placeholder(tf.float32, [None, 5])
y = tf.placeholder(tf.int32, [None])
keep_prob = tf.placeholder_with_default(1.0, shape=(), name="keep_prob")
W1 = tf.Variable(tf.truncated_normal([5, 16], stddev=0.3, seed=1), name="W1")
b1 = tf.Variable(tf.constant(0.1, shape=[16]), name="b1")
h = tf.nn.relu(tf.matmul(x, W1) + b1)
h_drop = tf.nn.dropout(h, keep_prob=keep_prob, seed=5)
W2 = tf.Variable(tf.truncated_normal([16, 2], stddev=0.3, seed=2), name="W2")
logits = tf.matmul(h_drop, W2)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits))
train = tf.train.RMSPropOptimizer(0.01).minimize(loss)
correct = tf.equal(tf.argmax(logits, 1, output_type=tf.int32), y)
acc = tf.reduce_mean(tf.cast(correct, tf.float32))
print(h_drop.shape, h_drop.dtype.name, keep_prob.op.type, logits.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    d = sess.run(h_drop, {x: X[:3], keep_prob: 0.5})
    hv = sess.run(h, {x: X[:3]})
    print(bool(np.all((d == 0) | np.isclose(d, hv * 2.0, rtol=1e-5))))
    print(int((d == 0).sum()))
    for step in range(40):
        _, l = sess.run([train, loss], {x: X, y: lab, keep_prob: 0.8})
        if step % 10 == 0:
            print(step, "%.4g" % l)
    print("eval acc %.4g loss %.4g" % tuple(sess.run([acc, loss], {x: X, y: lab})))
    for bad in (0.0, 1.5):
        try:
            sess.run(h_drop, {x: X[:1], keep_prob: bad})
            print(bad, "ok")
        except Exception as e:  # noqa: BLE001
            print(bad, type(e).__name__)
