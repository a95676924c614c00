# Training a small linear model with tf.losses on default variables for several steps.
from prelude import tf, np, rnd

tf.set_random_seed(1)
x = tf.constant(np.linspace(-1, 1, 8).reshape(8, 1).astype(np.float32))
y = 3.0 * x + 1.0
W = tf.get_variable("W", [1, 1], initializer=tf.random_normal_initializer(seed=3))
b = tf.get_variable("b", [1], initializer=tf.zeros_initializer())
pred = tf.matmul(x, W) + b
loss = tf.losses.mean_squared_error(y, pred)
print(loss.name, loss.dtype, loss.shape, [l.name for l in tf.get_collection(tf.GraphKeys.LOSSES)])
gs = tf.train.get_or_create_global_step()
train = tf.train.AdamOptimizer(0.2).minimize(loss, global_step=gs)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(W), 4))
    for i in range(20):
        _, l = sess.run([train, loss])
        if i % 5 == 4:
            print(sess.run(gs), rnd(l, 4), rnd(sess.run(W), 4), rnd(sess.run(b), 4))
