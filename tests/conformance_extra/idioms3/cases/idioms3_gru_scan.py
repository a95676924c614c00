# GRU cell written by hand and run with tf.scan over a batch-major sequence transposed to time-major; gradients flow.
from prelude import tf, np, rnd

B, T, D, H = 3, 4, 2, 3
rs = np.random.RandomState(2)
X = rs.randn(B, T, D).astype(np.float32)
x = tf.placeholder(tf.float32, [None, T, D])
init = tf.random_normal_initializer(stddev=0.3, seed=8)
Wz = tf.get_variable("Wz", [D + H, H], initializer=init)
Wr = tf.get_variable("Wr", [D + H, H], initializer=init)
Wh = tf.get_variable("Wh", [D + H, H], initializer=init)


def gru_step(h_prev, x_t):
    hx = tf.concat([h_prev, x_t], axis=1)
    zg = tf.sigmoid(tf.matmul(hx, Wz))
    rg = tf.sigmoid(tf.matmul(hx, Wr))
    cand = tf.tanh(tf.matmul(tf.concat([rg * h_prev, x_t], 1), Wh))
    return (1 - zg) * h_prev + zg * cand


x_tm = tf.transpose(x, [1, 0, 2])
h0 = tf.zeros([tf.shape(x)[0], H])
states = tf.scan(gru_step, x_tm, initializer=h0)
states_bm = tf.transpose(states, [1, 0, 2], name="states")
loss = tf.reduce_sum(tf.square(states[-1]))
grads = tf.gradients(loss, [Wz, Wr, Wh])
print(states.shape, states_bm.name, states_bm.shape, [g.shape for g in grads])
train = tf.train.GradientDescentOptimizer(0.2).apply_gradients(zip(grads, [Wz, Wr, Wh]))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(states_bm, {x: X})[0], 4))
    print([rnd(np.abs(g).sum(), 4) for g in sess.run(grads, {x: X})])
    for i in range(10):
        sess.run(train, {x: X})
    print("loss %.4g" % sess.run(loss, {x: X}))
