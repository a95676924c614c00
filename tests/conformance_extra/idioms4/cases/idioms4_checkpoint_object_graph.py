# Object-based tf.train.Checkpoint in TF1 graph mode: save/restore ops, restore().run_restore_ops, assert_consumed.
import os
import tempfile
from prelude import tf, np, rnd

d = tempfile.mkdtemp()
with tf.Graph().as_default():
    v = tf.Variable([1.0, 2.0], name="v")
    step = tf.Variable(0, name="step")
    ckpt = tf.train.Checkpoint(v=v, step=step)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run([v.assign([5.0, 6.0]), step.assign(3)])
        path = ckpt.save(os.path.join(d, "ck"), session=sess)
print(os.path.basename(path), sorted(n for n, _ in tf.train.list_variables(path) if not n.startswith("_CHECKPOINTABLE")))
with tf.Graph().as_default():
    v2 = tf.Variable([0.0, 0.0], name="other_name")
    step2 = tf.Variable(0, name="s")
    ck2 = tf.train.Checkpoint(v=v2, step=step2)
    status = ck2.restore(tf.train.latest_checkpoint(d))
    with tf.Session() as sess:
        status.initialize_or_restore(sess)
        print(sess.run([v2, step2])[0].tolist(), sess.run(step2))
        status.assert_consumed()
        print("consumed")
