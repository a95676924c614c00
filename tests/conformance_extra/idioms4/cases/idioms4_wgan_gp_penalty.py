# WGAN-GP style gradient penalty: gradients of critic w.r.t. interpolates, then minimize through that gradient (double backprop).
from prelude import tf, np, rnd

rs = np.random.RandomState(70)
real = tf.constant(rs.randn(4, 2).astype(np.float32))
fake = tf.constant(rs.randn(4, 2).astype(np.float32) + 1.0)
alpha = tf.constant(rs.rand(4, 1).astype(np.float32))
with tf.variable_scope("critic"):
    w1 = tf.get_variable("w1", initializer=rs.randn(2, 3).astype(np.float32))
    w2 = tf.get_variable("w2", initializer=rs.randn(3, 1).astype(np.float32))


def critic(z):
    return tf.matmul(tf.nn.softplus(tf.matmul(z, w1)), w2)


interp = real + alpha * (fake - real)
grad = tf.gradients(critic(interp), [interp])[0]
slopes = tf.sqrt(tf.reduce_sum(tf.square(grad), axis=1))
gp = tf.reduce_mean(tf.square(slopes - 1.0))
loss = tf.reduce_mean(critic(fake)) - tf.reduce_mean(critic(real)) + 10.0 * gp
print(grad.shape, slopes.shape, gp.shape)
gw = tf.gradients(gp, [w1, w2])
print([g.shape.as_list() for g in gw])
train = tf.train.AdamOptimizer(0.01, beta1=0.5, beta2=0.9).minimize(loss, var_list=tf.trainable_variables("critic"))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(slopes), 4), "%.4g" % sess.run(gp))
    print(rnd(sess.run(gw[1]).ravel(), 4))
    for i in range(5):
        _, l = sess.run([train, loss])
        print(i, "%.4g" % l)
