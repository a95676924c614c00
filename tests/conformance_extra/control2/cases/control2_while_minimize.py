# optimizer.minimize on a loss computed by tf.while_loop over default variables.
from prelude import tf, np, rnd

w = tf.Variable(0.5, name="w")
b = tf.Variable(0.0, name="b")


def body(i, acc):
    xi = tf.cast(i, tf.float32)
    pred = w * xi + b
    return i + 1, acc + tf.square(pred - (2.0 * xi + 1.0))


_, loss = tf.while_loop(lambda i, a: i < 4, body, [tf.constant(0), tf.constant(0.0)])
opt = tf.train.GradientDescentOptimizer(0.02)
train = opt.minimize(loss)
mom = tf.train.MomentumOptimizer(0.01, 0.9).minimize(loss, var_list=[w])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(5):
        sess.run(train)
    print(rnd(sess.run([w, b, loss]), 4))
    for _ in range(3):
        sess.run(mom)
    print(rnd(sess.run([w, b, loss]), 4))
