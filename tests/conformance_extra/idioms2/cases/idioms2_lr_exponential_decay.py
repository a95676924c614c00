# global_step-driven exponential_decay (staircase and smooth) in a training loop, with lr summaries.
from prelude import tf, np, rnd

gs = tf.train.get_or_create_global_step()
lr = tf.train.exponential_decay(0.5, gs, decay_steps=3, decay_rate=0.5, staircase=True)
lr2 = tf.train.exponential_decay(0.5, gs, 3, 0.5)
print(lr.dtype.name, lr.shape, lr.op.name, lr2.op.name)
w = tf.Variable(10.0)
loss = tf.square(w)
train = tf.train.GradientDescentOptimizer(lr).minimize(loss, global_step=gs)
s = tf.summary.scalar("learning_rate", lr)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(7):
        before = sess.run([gs, lr, lr2])
        sess.run(train)
        print(before[0], rnd(before[1], 5), rnd(before[2], 5), rnd(sess.run(w), 4))
    print(tf.Summary.FromString(sess.run(s)).value[0].tag)
try:
    tf.train.exponential_decay(0.1, None, 10, 0.9)
except ValueError as e:
    print(type(e).__name__)
