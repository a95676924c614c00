# restore errors: missing variable, shape and dtype mismatch, bad paths.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

d = os.getcwd()
g = tf.Graph()
with g.as_default():
    a = tf.Variable([1.0, 2.0], name="a")
    b = tf.Variable(3, name="b")
    sv = tf.train.Saver()
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        p = sv.save(s, os.path.join(d, "ck"))
def _m(e):
    return [l[:160].replace(d, "D") for l in str(e).splitlines() if l.strip()][:2]
def r(label, build):
    g2 = tf.Graph()
    with g2.as_default():
        build()
        try:
            sv2 = tf.train.Saver()
            with tf.Session() as s2:
                sv2.restore(s2, p)
                print(label, "ok", [rnd(s2.run(v)) for v in tf.global_variables()])
        except Exception as e:  # noqa: BLE001
            print(label, "!!", type(e).__name__, _m(e))
r("ok", lambda: (tf.Variable([0.0, 0.0], name="a"), tf.Variable(0, name="b")))
r("missing", lambda: (tf.Variable([0.0, 0.0], name="a"), tf.Variable(0, name="c")))
r("shape", lambda: (tf.Variable([0.0, 0.0, 0.0], name="a"),))
r("dtype", lambda: (tf.Variable([0, 0], name="a"),))
r("subset", lambda: (tf.Variable([0.0, 0.0], name="a"),))
r("scoped", lambda: (tf.Variable([0.0, 0.0], name="x/a"),))
g3 = tf.Graph()
with g3.as_default():
    v = tf.Variable([0.0, 0.0], name="a")
    sv3 = tf.train.Saver()
    with tf.Session() as s3:
        t("bad_path", lambda: sv3.restore(s3, os.path.join(d, "zz")))
        t("dir_path", lambda: sv3.restore(s3, d))
        t("empty_str", lambda: sv3.restore(s3, ""))
        t("uninit_read", lambda: s3.run(v))
