# init_from_checkpoint errors: missing checkpoint var, missing graph var, shape mismatch, bad scope map.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
with tf.Graph().as_default():
    with tf.variable_scope("old"):
        tf.get_variable("w", initializer=tf.constant([1.0, 2.0]))
    s = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        p = s.save(sess, os.path.join(tmp, "ck"))


def attempt(label, fn):
    with tf.Graph().as_default():
        try:
            fn()
            print(label, "ok")
        except Exception as e:  # noqa: BLE001
            print(label, type(e).__name__)


def mk(name, shape):
    return tf.get_variable(name, shape=shape, initializer=tf.zeros_initializer())


attempt("missing ckpt var", lambda: (mk("x", [2]), tf.train.init_from_checkpoint(p, {"old/zz": "x"})))
attempt("missing graph var", lambda: tf.train.init_from_checkpoint(p, {"old/w": "nothere"}))
attempt("shape", lambda: (mk("x", [3]), tf.train.init_from_checkpoint(p, {"old/w": "x"})))
attempt("scope to var", lambda: (mk("x", [2]), tf.train.init_from_checkpoint(p, {"old/": "x"})))
attempt("missing scope", lambda: (mk("n/w", [2]), tf.train.init_from_checkpoint(p, {"zzz/": "n/"})))
attempt("no ckpt", lambda: (mk("x", [2]), tf.train.init_from_checkpoint(os.path.join(tmp, "none"), {"old/w": "x"})))
