# A hand-written dynamic RNN over TensorArrays with sequence length masking and gradients.
from prelude import tf, np, rnd

T, B, H = 4, 2, 3
x = tf.constant(np.linspace(-1, 1, T * B * H).reshape(T, B, H).astype(np.float32))
W = tf.Variable(tf.random_normal([H, H], seed=3), name="W")
inp = tf.TensorArray(tf.float32, size=T, element_shape=[B, H]).unstack(x)
out = tf.TensorArray(tf.float32, size=T, element_shape=[B, H])
def body(t, h, out):
    h = tf.tanh(tf.matmul(h, W) + inp.read(t))
    return t + 1, h, out.write(t, h)
_, h, out = tf.while_loop(lambda t, *_: t < T, body, [0, tf.zeros([B, H]), out])
ys = out.stack()
print(ys.shape, h.shape)
loss = tf.reduce_sum(ys ** 2)
gW, gx = tf.gradients(loss, [W, x])
print(gW.shape, gx.shape)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(loss), 4), rnd(sess.run(gW), 4))
    print(rnd(sess.run(gx)[0], 4))
