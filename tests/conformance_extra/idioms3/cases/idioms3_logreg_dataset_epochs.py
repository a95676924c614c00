# Logistic regression fed by tf.data with make_initializable_iterator: shuffle(seed)+batch, per-epoch re-init, OutOfRangeError.
from prelude import tf, np, rnd

rs = np.random.RandomState(7)
X = rs.randn(50, 3).astype(np.float32)
y = (X @ np.array([1.5, -2.0, 0.5]) > 0).astype(np.float32).reshape(-1, 1)
features = tf.placeholder(tf.float32, [None, 3])
labels = tf.placeholder(tf.float32, [None, 1])
ds = tf.data.Dataset.from_tensor_slices((features, labels)).shuffle(50, seed=3).batch(16)
it = ds.make_initializable_iterator()
xb, yb = it.get_next()
print(xb.shape, yb.shape, ds.output_types if hasattr(ds, "output_types") else None)
w = tf.Variable(tf.zeros([3, 1]), name="weights")
b = tf.Variable(0.0, name="bias")
logits = tf.matmul(xb, w) + b
loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=yb, logits=logits))
gs = tf.train.get_or_create_global_step()
train = tf.train.GradientDescentOptimizer(1.0).minimize(loss, global_step=gs)
acc = tf.reduce_mean(tf.cast(tf.equal(tf.cast(logits > 0, tf.float32), yb), tf.float32))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for epoch in range(4):
        sess.run(it.initializer, {features: X, labels: y})
        losses, nb = [], 0
        while True:
            try:
                _, l = sess.run([train, loss])
                losses.append(l)
                nb += 1
            except tf.errors.OutOfRangeError:
                break
        print("epoch", epoch, nb, "%.4g" % np.mean(losses), sess.run(gs))
    sess.run(it.initializer, {features: X, labels: y})
    print("acc %.4g" % sess.run(acc))
    print(rnd(sess.run(w)[:, 0], 3), "%.4g" % sess.run(b))
