# Hand-written Elman RNN cell run by tf.scan over time-major inputs, with gradients w.r.t. weights and initial state.
from prelude import tf, np, rnd

rs = np.random.RandomState(45)
T, B, I, H = 5, 2, 3, 4
inputs_np = rs.randn(T, B, I).astype(np.float32)
inputs = tf.placeholder(tf.float32, [T, None, I], name="inputs")
Wx = tf.Variable(rs.randn(I, H).astype(np.float32) * 0.4, name="Wx")
Wh = tf.Variable(rs.randn(H, H).astype(np.float32) * 0.4, name="Wh")
bh = tf.Variable(tf.zeros([H]), name="bh")
h0 = tf.zeros([tf.shape(inputs)[1], H])


def step(h_prev, x_t):
    return tf.tanh(tf.matmul(x_t, Wx) + tf.matmul(h_prev, Wh) + bh)


states = tf.scan(step, inputs, initializer=h0, name="rnn")
print(states.shape, states.dtype.name, states.name)
last = states[-1]
loss = tf.reduce_sum(tf.square(last - 0.5))
grads = tf.gradients(loss, [Wx, Wh, bh, h0])
print([g.shape.as_list() for g in grads])
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    gv = sess.run(grads, {inputs: inputs_np})
    print(rnd(gv[2], 4), rnd(gv[3], 4))
    print(rnd(sess.run(states, {inputs: inputs_np})[:, 0, 0], 4))
    for i in range(10):
        _, l = sess.run([train, loss], {inputs: inputs_np})
    print("%.4g" % l)
