# assert_consumed / assert_existing_objects_matched / assert_nontrivial_match.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
with tf.Graph().as_default():
    ckpt = tf.train.Checkpoint(a=tf.Variable(1.0, name="a"), b=tf.Variable(2.0, name="b"))
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        p = ckpt.save(os.path.join(d, "c"), session=s)
def check(status):
    for name in ("assert_consumed", "assert_existing_objects_matched", "assert_nontrivial_match"):
        try:
            getattr(status, name)()
            print(name, "ok")
        except Exception as e:  # noqa: BLE001
            print(name, type(e).__name__)
with tf.Graph().as_default():
    print("fewer")
    check(tf.train.Checkpoint(a=tf.Variable(0.0, name="a")).restore(p))
with tf.Graph().as_default():
    print("more")
    check(tf.train.Checkpoint(a=tf.Variable(0.0, name="a"), b=tf.Variable(0.0, name="b"),
                              c=tf.Variable(0.0, name="c")).restore(p))
with tf.Graph().as_default():
    print("same")
    check(tf.train.Checkpoint(a=tf.Variable(0.0, name="x"), b=tf.Variable(0.0, name="y")).restore(p))
