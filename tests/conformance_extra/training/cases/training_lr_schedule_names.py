# Op names produced by learning-rate schedules, and use with a variable global step.
from prelude import tf, np, rnd

gs = tf.train.get_or_create_global_step()
lr = tf.train.exponential_decay(0.5, gs, 2, 0.1, staircase=True)
print(lr.name, lr.dtype.name)
lr2 = tf.train.exponential_decay(0.5, gs, 2, 0.1, name="my_lr")
print(lr2.name)
pw = tf.train.piecewise_constant(gs, [2, 4], [0.3, 0.2, 0.1])
print(pw.name, pw.dtype.name)
pd = tf.train.polynomial_decay(0.1, gs, 10)
print(pd.name)
w = tf.Variable(1.0, name="w")
train = tf.train.GradientDescentOptimizer(lr).minimize(w * w, global_step=gs)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(5):
        before = sess.run(lr)
        sess.run(train)
        print(rnd(before), rnd(sess.run(w)), sess.run(gs), rnd(sess.run(pw)))
