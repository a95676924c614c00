# tf.py_func preprocessing (standardise a batch in NumPy) with set_shape, feeding a linear model; py_func grads are None; errors.
from prelude import tf, np, rnd

rs = np.random.RandomState(16)
raw = (rs.rand(24, 3) * [10, 100, 1]).astype(np.float32)
target = (raw[:, :1] / 10.0).astype(np.float32)


def standardize(batch):
    m = batch.mean(axis=0)
    s = batch.std(axis=0) + 1e-6
    return ((batch - m) / s).astype(np.float32), np.int32(batch.shape[0])


x_raw = tf.placeholder(tf.float32, [None, 3])
y = tf.placeholder(tf.float32, [None, 1])
x_std, n = tf.py_func(standardize, [x_raw], [tf.float32, tf.int32], name="standardize")
print(x_std.shape, n.shape, x_std.dtype.name, x_std.op.type)
x_std.set_shape([None, 3])
w = tf.Variable(tf.zeros([3, 1]))
b = tf.Variable(0.0)
pred = tf.matmul(x_std, w) + b
loss = tf.reduce_mean(tf.square(pred - y))
print(pred.shape, tf.gradients(loss, x_raw))
train = tf.train.GradientDescentOptimizer(0.2).minimize(loss)
bad = tf.py_func(lambda a: a.astype(np.int64), [x_raw], tf.float32)
raiser = tf.py_func(lambda a: 1 / 0, [x_raw], tf.float32)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(20):
        _, l, nn = sess.run([train, loss, n], {x_raw: raw, y: target})
        if i % 5 == 0:
            print(i, nn, "%.4g" % l)
    print(rnd(sess.run(w)[:, 0], 3), "%.4g" % sess.run(b))
    for t in (bad, raiser):
        try:
            sess.run(t, {x_raw: raw})
            print("ok")
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
