# tf.train.load_variable / list_variables from a dir and a prefix, errors for bad names and paths.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
with tf.Graph().as_default():
    with tf.variable_scope("outer"):
        v = tf.get_variable("v", initializer=tf.constant([1, 2, 3], tf.int64))
        u = tf.get_variable("u", shape=[], dtype=tf.float64, initializer=tf.ones_initializer())
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        p = tf.train.Saver().save(sess, os.path.join(tmp, "x"), global_step=3)
for src in (p, tmp):
    r = tf.train.load_variable(src, "outer/v")
    print(r.dtype, r.tolist(), tf.train.load_variable(src, "outer/u"), type(tf.train.load_variable(src, "outer/u")).__name__)
print(tf.train.list_variables(tmp))
for name in ("outer/w", "outer/v:0"):
    try:
        tf.train.load_variable(p, name)
        print("ok", name)
    except Exception as e:  # noqa: BLE001
        print(name, type(e).__name__)
for bad in (os.path.join(tmp, "missing"), tempfile.mkdtemp()):
    try:
        tf.train.list_variables(bad)
        print("ok")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
