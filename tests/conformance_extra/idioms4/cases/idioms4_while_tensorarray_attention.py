# Encoder outputs unstacked into a TensorArray, read inside a while_loop decoder with attention; dynamic_size TA; trained with gradients.
from prelude import tf, np, rnd

rs = np.random.RandomState(93)
B, T, H, STEPS = 2, 4, 3, 3
enc_np = rs.randn(T, B, H).astype(np.float32)
enc = tf.placeholder(tf.float32, [None, None, H], name="enc")
Wa = tf.Variable(np.eye(H, dtype=np.float32) * 0.5, name="Wa")
Wc = tf.Variable(rs.randn(2 * H, H).astype(np.float32) * 0.3, name="Wc")
enc_ta = tf.TensorArray(tf.float32, size=tf.shape(enc)[0]).unstack(enc)
mem = tf.transpose(enc, [1, 0, 2])
out_ta = tf.TensorArray(tf.float32, size=0, dynamic_size=True)


def body(t, h, out_ta):
    x_t = enc_ta.read(tf.minimum(t, tf.shape(enc)[0] - 1))
    scores = tf.squeeze(tf.matmul(mem, tf.expand_dims(tf.matmul(h, Wa), 2)), 2)
    ctx = tf.reduce_sum(tf.expand_dims(tf.nn.softmax(scores), 2) * mem, 1)
    h = tf.tanh(tf.matmul(tf.concat([ctx, x_t], 1), Wc))
    return t + 1, h, out_ta.write(t, h)


_, h_last, out_ta = tf.while_loop(lambda t, *_: t < STEPS, body, [0, tf.zeros([tf.shape(enc)[1], H]), out_ta])
outs = out_ta.stack()
print(outs.shape, h_last.shape, enc_ta.dtype.name)
loss = tf.reduce_mean(tf.square(outs - 0.3))
grads = tf.gradients(loss, [Wa, Wc, enc])
print([g.shape for g in grads])
train = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    g = sess.run(grads, {enc: enc_np})
    print(rnd(g[0], 4), rnd(g[2][0], 4))
    print(sess.run(outs, {enc: enc_np}).shape, sess.run(out_ta.size(), {enc: enc_np}))
    for i in range(6):
        _, l = sess.run([train, loss], {enc: enc_np})
    print("%.4g" % l)
