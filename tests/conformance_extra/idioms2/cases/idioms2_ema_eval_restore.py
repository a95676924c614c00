# Training with an EMA of the weights, then evaluation graph restoring shadow values via variables_to_restore.
import os
import tempfile
from prelude import tf, np, rnd

ckdir = tempfile.mkdtemp()
with tf.Graph().as_default():
    gs = tf.train.get_or_create_global_step()
    w = tf.Variable([1.0, -1.0], name="w")
    loss = tf.reduce_sum(tf.square(w - [3.0, 2.0]))
    opt_op = tf.train.GradientDescentOptimizer(0.1).minimize(loss, global_step=gs)
    ema = tf.train.ExponentialMovingAverage(0.5, num_updates=gs)
    with tf.control_dependencies([opt_op]):
        train = ema.apply([w])
    print(ema.average_name(w), ema.average(w).name, train.type)
    saver = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for _ in range(4):
            sess.run(train)
        print(rnd(sess.run(w), 4), rnd(sess.run(ema.average(w)), 4))
        path = saver.save(sess, os.path.join(ckdir, "model"), global_step=gs)
        print(os.path.basename(path))
with tf.Graph().as_default():
    w = tf.Variable([0.0, 0.0], name="w")
    ema = tf.train.ExponentialMovingAverage(0.5)
    to_restore = ema.variables_to_restore()
    print(sorted((k, v.op.name) for k, v in to_restore.items()))
    saver = tf.train.Saver(to_restore)
    with tf.Session() as sess:
        saver.restore(sess, tf.train.latest_checkpoint(ckdir))
        print("eval w", rnd(sess.run(w), 4))
    print(sorted(n for n, _ in tf.train.list_variables(ckdir)))
