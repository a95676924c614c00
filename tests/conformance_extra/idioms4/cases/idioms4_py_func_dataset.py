# tf.py_func inside a tf.data map (NumPy augmentation), set_shape after py_func, batching and training.
from prelude import tf, np, rnd

rs = np.random.RandomState(55)
feats = rs.rand(12, 3).astype(np.float32)
labs = (feats[:, 0] * 2).astype(np.float32)


def augment(f, l):
    return (np.flip(f) * np.float32(2.0)).astype(np.float32), np.float32(l + 1.0)


def mapper(f, l):
    f2, l2 = tf.py_func(augment, [f, l], [tf.float32, tf.float32], stateful=False)
    print("in map", f2.shape, l2.shape)
    f2.set_shape([3])
    l2.set_shape([])
    return f2, l2


ds = tf.data.Dataset.from_tensor_slices((feats, labs)).map(mapper).batch(5)
it = tf.data.make_one_shot_iterator(ds)
fx, fy = it.get_next()
print(fx.shape, fy.shape, fx.dtype.name)
w = tf.Variable(tf.zeros([3]))
pred = tf.reduce_sum(fx * w, 1)
loss = tf.reduce_mean(tf.square(pred - fy))
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    out = []
    try:
        while True:
            _, l, b = sess.run([train, loss, fy])
            out.append((len(b), round(float(l), 4)))
    except tf.errors.OutOfRangeError:
        print("done", out)
    print(rnd(sess.run(w), 4))
