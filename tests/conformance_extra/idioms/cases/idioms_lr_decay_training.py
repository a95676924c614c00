# Learning-rate decay in a training loop: exponential_decay staircase and a manual lr variable.
from prelude import tf, np, rnd

gs = tf.Variable(0, trainable=False, name="global_step")
lr = tf.train.exponential_decay(0.5, gs, decay_steps=3, decay_rate=0.5, staircase=True)
print(lr.op.name, lr.dtype.name)
w = tf.Variable(10.0, name="w")
loss = tf.square(w)
opt = tf.train.GradientDescentOptimizer(lr)
train = opt.minimize(loss, global_step=gs)
tf.summary.scalar("learning_rate", lr)

lr_var = tf.Variable(0.25, trainable=False, name="lr_var")
new_lr = tf.placeholder(tf.float32, [], name="new_lr")
lr_update = tf.assign(lr_var, new_lr)
v = tf.Variable(4.0, name="v")
train2 = tf.train.GradientDescentOptimizer(lr_var).minimize(tf.square(v))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(7):
        cur_lr, _ = sess.run([lr, train])
        print(i, rnd(cur_lr), rnd(sess.run(w)), sess.run(gs))
    for epoch in range(4):
        sess.run(lr_update, {new_lr: 0.25 * (0.5 ** epoch)})
        sess.run(train2)
        print(epoch, rnd(sess.run(lr_var)), rnd(sess.run(v)))
    pc = tf.train.piecewise_constant(gs, [3, 6], [0.1, 0.01, 0.001])
    print(pc.dtype.name, rnd(sess.run(pc)))
