# Train with Adam, checkpoint, rebuild the graph, restore (incl. slots, beta powers) and resume.
import os, tempfile
from prelude import tf, np, rnd
tf.disable_v2_behavior()

d = tempfile.mkdtemp()


def build():
    x = tf.constant([[1.0, 2.0], [2.0, 1.0]])
    w = tf.get_variable("w", [2, 1], initializer=tf.constant_initializer(0.5))
    loss = tf.reduce_sum(tf.square(tf.matmul(x, w) - 1.0))
    gs = tf.train.get_or_create_global_step()
    train = tf.train.AdamOptimizer(0.1).minimize(loss, global_step=gs)
    return loss, train, gs


with tf.Graph().as_default():
    loss, train, gs = build()
    saver = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for _ in range(3):
            sess.run(train)
        p = saver.save(sess, os.path.join(d, "ckpt"), global_step=gs)
        ref = [rnd(sess.run([loss, train])[0], 5) for _ in range(2)]
print(os.path.basename(p), ref)
print(sorted(n for n, _ in tf.train.list_variables(p)))
with tf.Graph().as_default():
    loss, train, gs = build()
    saver = tf.train.Saver()
    with tf.Session() as sess:
        ck = tf.train.get_checkpoint_state(d)
        print(os.path.basename(ck.model_checkpoint_path), len(ck.all_model_checkpoint_paths))
        saver.restore(sess, ck.model_checkpoint_path)
        print(sess.run(gs), [rnd(sess.run([loss, train])[0], 5) for _ in range(2)], sess.run(gs))
        print(sess.run(tf.report_uninitialized_variables()).tolist())
