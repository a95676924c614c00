# GradientDescentOptimizer.minimize with a loss through tf.cond over default variables.
from prelude import tf, np, rnd

w = tf.Variable([1.0, -2.0], name="w")
x = tf.placeholder(tf.float32, [2], name="x")
loss = tf.cond(tf.reduce_sum(x) > 0,
               lambda: tf.reduce_sum(tf.square(w - x)),
               lambda: tf.reduce_sum(tf.abs(w)))
opt = tf.train.GradientDescentOptimizer(0.1)
train = opt.minimize(loss)
print(train.type, train.name)
gs = tf.train.get_or_create_global_step()
train2 = tf.train.GradientDescentOptimizer(0.5).minimize(loss, global_step=gs)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(3):
        _, l = sess.run([train, loss], {x: [1.0, 1.0]})
        print(rnd(sess.run(w)))
    sess.run(train, {x: [-1.0, -1.0]})
    print(rnd(sess.run(w)))
    sess.run(train2, {x: [-1.0, -1.0]})
    print(rnd(sess.run(w)), sess.run(gs))
