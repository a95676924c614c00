# Model trained from a one-shot Dataset iterator (repeat + batch) until OutOfRangeError.
from prelude import tf, np, rnd

rs = np.random.RandomState(3)
X = rs.randn(10, 3).astype(np.float32)
Y = (X @ np.array([[1.0], [-2.0], [0.5]], np.float32) + 0.3).astype(np.float32)
ds = tf.data.Dataset.from_tensor_slices((X, Y)).repeat(3).batch(4)
print(ds.output_types, ds.output_shapes)
it = ds.make_one_shot_iterator()
xb, yb = it.get_next()
print(xb.shape, yb.shape, xb.dtype.name, it.get_next()[0].op.type)
w = tf.get_variable("w", [3, 1], initializer=tf.zeros_initializer())
b = tf.get_variable("b", [1], initializer=tf.zeros_initializer())
loss = tf.reduce_mean(tf.square(tf.matmul(xb, w) + b - yb))
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
steps, sizes = 0, []
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    try:
        while True:
            l, _, n = sess.run([loss, train, tf.shape(xb)[0]])
            steps += 1
            sizes.append(int(n))
    except tf.errors.OutOfRangeError as e:
        print("end of data", type(e).__name__, steps)
    print(sizes)
    print(rnd(sess.run(w)[:, 0], 3), rnd(sess.run(b), 3))
    try:
        sess.run(loss)
    except tf.errors.OutOfRangeError as e:
        print("again", type(e).__name__)
