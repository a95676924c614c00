# Classic feed_dict epoch loop over shuffled NumPy minibatches (last batch partial), mean epoch loss, shape errors when feeding badly.
from prelude import tf, np, rnd

rs = np.random.RandomState(22)
N, bs = 37, 8
X = rs.randn(N, 3).astype(np.float32)
Y = (X @ np.array([[0.3], [-0.7], [1.1]]) + 0.2).astype(np.float32)
x = tf.placeholder(tf.float32, shape=[None, 3], name="X")
y = tf.placeholder(tf.float32, shape=[None, 1], name="Y")
W = tf.Variable(tf.random_normal([3, 1], seed=4, stddev=0.1), name="W")
b = tf.Variable(tf.zeros([1]), name="b")
pred = tf.matmul(x, W) + b
cost = tf.reduce_sum(tf.pow(pred - y, 2)) / (2 * tf.cast(tf.shape(x)[0], tf.float32))
optimizer = tf.train.AdagradOptimizer(0.5).minimize(cost)
print(cost.name, cost.dtype.name, pred.shape)
init = tf.global_variables_initializer()
with tf.Session() as sess:
    sess.run(init)
    for epoch in range(5):
        perm = rs.permutation(N)
        tot, nb = 0.0, 0
        for i in range(0, N, bs):
            idx = perm[i:i + bs]
            _, c = sess.run([optimizer, cost], feed_dict={x: X[idx], y: Y[idx]})
            tot += c
            nb += 1
        print("Epoch:", "%04d" % (epoch + 1), nb, "cost=", "{:.4g}".format(tot / nb))
    print("Training cost=", "{:.4g}".format(sess.run(cost, feed_dict={x: X, y: Y})))
    print("W=", rnd(sess.run(W)[:, 0], 3), "b=", rnd(sess.run(b), 3))
    for bad in ({x: X[:, :2], y: Y}, {x: X}, {x: X.astype(np.float64), y: Y}, {x: [["a", "b", "c"]], y: Y[:1]}):
        try:
            print("ok", "%.4g" % sess.run(cost, bad))
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
