# A TF1 RNN program written by hand: tf.scan over time with ref-variable weights shaped from dims.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
x = tf.placeholder(tf.float32, [None, 5, 3], name="x")
n_in, n_hidden = x.shape[2].value, 4
Wx = tf.Variable(tf.random_uniform([n_in, n_hidden], -0.3, 0.3, seed=2), name="Wx")
Wh = tf.Variable(tf.random_uniform([n_hidden, n_hidden], -0.3, 0.3, seed=3), name="Wh")
bh = tf.Variable(tf.zeros([n_hidden]), name="bh")
xt = tf.transpose(x, [1, 0, 2])
print(xt)
h0 = tf.zeros([tf.shape(x)[0], n_hidden])
print(h0)
hs = tf.scan(lambda h, xi: tf.tanh(tf.matmul(xi, Wx) + tf.matmul(h, Wh) + bh), xt, initializer=h0)
print(hs.shape, hs.dtype)
last = hs[-1]
print(last.shape)
W = tf.Variable(tf.random_uniform([Wh.shape[1].value, 1], -0.1, 0.1, seed=4), name="W")
pred = tf.matmul(last, W)
print(pred.shape)
target = tf.placeholder(tf.float32, [None, 1])
loss = tf.reduce_mean(tf.square(pred - target))
grads = tf.gradients(loss, [Wx, Wh, bh, W])
print([g.shape for g in grads])
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
rng = np.random.RandomState(0)
xs = rng.rand(4, 5, 3).astype(np.float32)
ts = xs.sum(axis=(1, 2))[:, None].astype(np.float32) / 10
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    l0 = sess.run(loss, {x: xs, target: ts})
    for _ in range(20):
        sess.run(train, {x: xs, target: ts})
    l1 = sess.run(loss, {x: xs, target: ts})
    print(rnd(l0, 4), l1 < l0, rnd(l1, 4))
    out = sess.run(hs, {x: xs})
    print(out.shape, rnd(out[-1, 0], 4))
