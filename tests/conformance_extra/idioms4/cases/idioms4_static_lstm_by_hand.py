# Statically unrolled LSTM written by hand: tf.unstack over time, one fused gate matmul, tf.split into i/f/o/g, Adam training.
from prelude import tf, np, rnd

rs = np.random.RandomState(91)
B, T, I, H = 2, 4, 3, 5
xin = rs.randn(B, T, I).astype(np.float32)
target = rs.randn(B, H).astype(np.float32)
x = tf.placeholder(tf.float32, [None, T, I], name="x")
with tf.variable_scope("lstm"):
    W = tf.get_variable("kernel", [I + H, 4 * H], initializer=tf.glorot_uniform_initializer(seed=4))
    b = tf.get_variable("bias", [4 * H], initializer=tf.zeros_initializer())
steps = tf.unstack(x, axis=1)
print(len(steps), steps[0].shape, steps[0].name)
h = tf.zeros([tf.shape(x)[0], H])
c = tf.zeros_like(h)
outs = []
for t, xt in enumerate(steps):
    with tf.name_scope("step%d" % t):
        z = tf.matmul(tf.concat([xt, h], 1), W) + b
        i, f, o, g = tf.split(z, 4, axis=1)
        c = tf.sigmoid(f + 1.0) * c + tf.sigmoid(i) * tf.tanh(g)
        h = tf.sigmoid(o) * tf.tanh(c)
        outs.append(h)
print(h.name, c.name, i.name, tf.stack(outs, 1).shape)
loss = tf.reduce_mean(tf.square(h - target))
train = tf.train.AdamOptimizer(0.05).minimize(loss)
gnorm = tf.global_norm(tf.gradients(loss, [W, b]))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(W)[0, :4], 4))
    print("%.4g" % sess.run(gnorm, {x: xin}))
    for k in range(8):
        _, l = sess.run([train, loss], {x: xin})
    print("%.4g" % l, rnd(sess.run(h, {x: xin})[0], 3))
