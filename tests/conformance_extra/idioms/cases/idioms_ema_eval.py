# Moving averages: train op runs EMA after the update; eval through a Saver restoring the shadow values.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
with tf.Graph().as_default():
    gs = tf.train.get_or_create_global_step()
    w = tf.get_variable("w", [2], initializer=tf.constant_initializer([1.0, -2.0]))
    loss = tf.reduce_sum(tf.square(w - 3.0))
    opt_op = tf.train.GradientDescentOptimizer(0.1).minimize(loss, global_step=gs)
    ema = tf.train.ExponentialMovingAverage(0.9, num_updates=gs)
    with tf.control_dependencies([opt_op]):
        train = ema.apply(tf.trainable_variables())
    avg = ema.average(w)
    print(train.type, train.name, avg.op.name)
    print(sorted(ema.variables_to_restore().keys()))
    saver = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for i in range(5):
            sess.run(train)
            print(i, rnd(sess.run(w)), rnd(sess.run(avg)))
        path = saver.save(sess, os.path.join(tmp, "m"))
        shadow = sess.run(avg)
print(sorted(n for n, _ in tf.train.list_variables(path)))
with tf.Graph().as_default():
    w = tf.get_variable("w", [2])
    ema = tf.train.ExponentialMovingAverage(0.9)
    restorer = tf.train.Saver(ema.variables_to_restore())
    print(sorted(ema.variables_to_restore().keys()))
    with tf.Session() as sess:
        restorer.restore(sess, path)
        got = sess.run(w)
        print(rnd(got), np.allclose(got, shadow))
