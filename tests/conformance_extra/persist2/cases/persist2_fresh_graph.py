# Restoring into a fresh graph built the same way; variables keep restored values after more training.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()


def build():
    x = tf.constant([[1.0, 2.0]])
    w = tf.get_variable("w", initializer=tf.constant([[0.5], [-0.5]]))
    b = tf.get_variable("b", shape=[1], initializer=tf.zeros_initializer())
    loss = tf.reduce_sum(tf.square(tf.matmul(x, w) + b - 3.0))
    gs = tf.train.get_or_create_global_step()
    train = tf.train.GradientDescentOptimizer(0.1).minimize(loss, global_step=gs)
    return w, b, loss, gs, train


with tf.Graph().as_default():
    w, b, loss, gs, train = build()
    saver = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for _ in range(3):
            sess.run(train)
        print(rnd(sess.run([w, b, loss, gs]), 4))
        p = saver.save(sess, os.path.join(tmp, "m"), global_step=gs)
        print(os.path.basename(p))
with tf.Graph().as_default():
    w, b, loss, gs, train = build()
    saver = tf.train.Saver()
    with tf.Session() as sess:
        saver.restore(sess, tf.train.latest_checkpoint(tmp))
        print(rnd(sess.run([w, b, loss, gs]), 4))
        sess.run(train)
        print(rnd(sess.run([w, b, gs]), 4))
        print(tf.train.global_step(sess, gs))
        print(sess.run(tf.report_uninitialized_variables()).tolist())
