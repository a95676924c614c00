# nested device strings merging, None, partial specs.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

g = tf.Graph()
with g.as_default():
    with tf.device("/job:ps"):
        a = tf.constant(1, name="a")
        with tf.device("/task:2"):
            b = tf.constant(1, name="b")
            with tf.device("/cpu:0"):
                c = tf.constant(1, name="c")
                with tf.device("/device:GPU:1"):
                    d = tf.constant(1, name="d")
        with tf.device(None):
            e = tf.constant(1, name="e")
            with tf.device("/replica:3"):
                f = tf.constant(1, name="f")
        with tf.device(""):
            h = tf.constant(1, name="h")
        with tf.device("/job:worker/task:1/device:CPU:*"):
            i = tf.constant(1, name="i")
    with tf.device("gpu:0"):
        j = tf.constant(1, name="j")
    with tf.device("/GPU:0"):
        k = tf.constant(1, name="k")
    with tf.device("CPU:1"):
        l = tf.constant(1, name="l")
    with tf.device(tf.DeviceSpec(job="x", device_type="CPU", device_index=3)):
        m = tf.constant(1, name="m")
    for o in [a, b, c, d, e, f, h, i, j, k, l, m]:
        print(o.op.name, repr(o.device))
    t("bad", lambda: tf.device("/foo:bar").__enter__())
    t("bad2", lambda: tf.device("/job:a/job:b").__enter__())
    t("gd", lambda: [(n.name, n.device) for n in g.as_graph_def().node][:4])
