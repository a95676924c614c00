# Hand-written LSTM cell unrolled with tf.while_loop + TensorArray over a time-major batch, trained to sum a sequence.
from prelude import tf, np, rnd

T, B, D, H = 5, 4, 2, 6
rs = np.random.RandomState(1)
X = rs.rand(T, B, D).astype(np.float32)
Y = X.sum(axis=(0, 2)).reshape(B, 1).astype(np.float32)
inputs = tf.placeholder(tf.float32, [None, None, D], name="inputs")
target = tf.placeholder(tf.float32, [None, 1])
with tf.variable_scope("lstm"):
    W = tf.get_variable("kernel", [D + H, 4 * H], initializer=tf.glorot_uniform_initializer(seed=1))
    b = tf.get_variable("bias", [4 * H], initializer=tf.zeros_initializer())
out_w = tf.get_variable("out_w", [H, 1], initializer=tf.glorot_uniform_initializer(seed=2))
steps = tf.shape(inputs)[0]
batch = tf.shape(inputs)[1]
xs_ta = tf.TensorArray(tf.float32, size=steps).unstack(inputs)
hs_ta = tf.TensorArray(tf.float32, size=steps)


def body(t, c, h, hs):
    z = tf.matmul(tf.concat([xs_ta.read(t), h], 1), W) + b
    i, j, f, o = tf.split(z, 4, axis=1)
    c = tf.sigmoid(f + 1.0) * c + tf.sigmoid(i) * tf.tanh(j)
    h = tf.sigmoid(o) * tf.tanh(c)
    return t + 1, c, h, hs.write(t, h)


zeros = tf.zeros(tf.stack([batch, H]))
_, c_last, h_last, hs = tf.while_loop(lambda t, *_: t < steps, body, [tf.constant(0), zeros, zeros, hs_ta])
outputs = hs.stack()
pred = tf.matmul(h_last, out_w)
loss = tf.reduce_mean(tf.square(pred - target))
train = tf.train.AdamOptimizer(0.05).minimize(loss)
print(outputs.shape, h_last.shape, c_last.shape, pred.shape)
fd = {inputs: X, target: Y}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(tf.shape(outputs), fd).tolist())
    for i in range(30):
        _, l = sess.run([train, loss], fd)
        if i % 10 == 0:
            print(i, "%.4g" % l)
    print("final %.4g" % sess.run(loss, fd))
    print(rnd(sess.run(pred, fd)[:, 0], 3))
