# tf.data from_tensor_slices + map + batch + repeat with an initializable iterator fed by placeholders; train loop + OutOfRange.
from prelude import tf, np, rnd

rs = np.random.RandomState(52)
feats = rs.rand(10, 2).astype(np.float32)
labs = (feats.sum(1) > 1).astype(np.int64)
fp = tf.placeholder(tf.float32, [None, 2], name="fp")
lp = tf.placeholder(tf.int64, [None], name="lp")
ds = tf.data.Dataset.from_tensor_slices((fp, lp))
ds = ds.map(lambda f, l: (f * 2.0 - 1.0, tf.one_hot(l, 2)))
ds = ds.batch(4).repeat(2)
print(tf.data.get_output_shapes(ds) if hasattr(tf.data, "get_output_shapes") else ds.output_shapes)
it = ds.make_initializable_iterator()
fx, fy = it.get_next()
print(fx.shape, fy.shape, fy.dtype.name, it.initializer.type)
w = tf.Variable(tf.zeros([2, 2]))
logits = tf.matmul(fx, w)
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits_v2(labels=fy, logits=logits))
train = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(it.initializer, {fp: feats, lp: labs})
    n, sizes = 0, []
    while True:
        try:
            _, l, b = sess.run([train, loss, fx])
            sizes.append(b.shape[0])
            n += 1
        except tf.errors.OutOfRangeError:
            break
    print(n, sizes, "%.4g" % l)
    sess.run(it.initializer, {fp: feats[:3], lp: labs[:3]})
    print(rnd(sess.run(fx), 3))
    print(rnd(sess.run(w), 4))
