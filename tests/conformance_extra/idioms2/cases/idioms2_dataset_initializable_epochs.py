# Initializable iterator fed from placeholders: per-epoch training and a separate validation pass.
from prelude import tf, np, rnd

rs = np.random.RandomState(4)
Xtr = rs.randn(12, 2).astype(np.float32)
Ytr = (Xtr.sum(1, keepdims=True) > 0).astype(np.float32)
Xva, Yva = Xtr[:5] * 0.5, Ytr[:5]
xp = tf.placeholder(tf.float32, [None, 2])
yp = tf.placeholder(tf.float32, [None, 1])
bs = tf.placeholder(tf.int64, [])
ds = tf.data.Dataset.from_tensor_slices((xp, yp)).batch(bs)
it = ds.make_initializable_iterator()
x, y = it.get_next()
print(it.initializer.type, x.shape, y.shape)
w = tf.Variable(tf.zeros([2, 1]))
logits = tf.matmul(x, w)
loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=y, logits=logits))
correct = tf.reduce_sum(tf.cast(tf.equal(tf.cast(logits > 0, tf.float32), y), tf.int32))
train = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    try:
        sess.run(x)
    except Exception as e:  # noqa: BLE001
        print("uninitialized", type(e).__name__)
    for epoch in range(3):
        sess.run(it.initializer, {xp: Xtr, yp: Ytr, bs: 5})
        losses = []
        while True:
            try:
                losses.append(sess.run([train, loss])[1])
            except tf.errors.OutOfRangeError:
                break
        sess.run(it.initializer, {xp: Xva, yp: Yva, bs: 2})
        tot = 0
        while True:
            try:
                tot += sess.run(correct)
            except tf.errors.OutOfRangeError:
                break
        print(epoch, len(losses), "%.4f" % np.mean(losses), tot)
