# Training with a decayed learning rate read from the global step, and a callable learning rate.
from prelude import tf, np, rnd

gs = tf.train.get_or_create_global_step()
lr = tf.train.exponential_decay(0.5, gs, 2, 0.5, staircase=True)
w = tf.Variable(8.0, name="w")
train = tf.train.GradientDescentOptimizer(lr).minimize(w * w * 0.5, global_step=gs)
lr2 = tf.train.piecewise_constant(gs, [1, 3], [0.1, 0.2, 0.3])
v = tf.Variable([1.0, 1.0], name="v")
opt2 = tf.train.MomentumOptimizer(lr2, 0.5)
train2 = opt2.minimize(tf.reduce_sum(v) * 1.0)
lr3 = tf.train.polynomial_decay(0.4, gs, 4, end_learning_rate=0.0)
u = tf.Variable(2.0, name="u")
train3 = tf.train.AdamOptimizer(lambda: lr3).minimize(u * u)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(5):
        before = sess.run([lr, lr2, lr3])
        sess.run([train2, train3])
        sess.run(train)
        print(i, rnd(before), rnd(sess.run([w, v, u])), sess.run(gs))
