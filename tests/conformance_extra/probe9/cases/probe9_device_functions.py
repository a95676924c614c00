# device functions, nesting with strings, replica_device_setter.
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
    def fn(op):
        return "/cpu:0" if op.type == "Const" else "/gpu:0"
    with tf.device(fn):
        a = tf.constant(1.0, name="a")
        b = tf.add(a, a, name="b")
        with tf.device("/job:w"):
            c = tf.add(a, a, name="c")
        with tf.device(None):
            d = tf.add(a, a, name="d")
    with tf.device("/job:w/task:0"):
        with tf.device(lambda op: "/device:CPU:1"):
            e = tf.constant(1.0, name="e")
        def _fn_none():
            with tf.device(lambda op: None):
                return tf.constant(1.0, name="fnone").device
        t("fn_none", _fn_none)
        f = tf.constant(1.0, name="f")
        with tf.device(lambda op: ""):
            h = tf.constant(1.0, name="h")
    with tf.device(tf.train.replica_device_setter(ps_tasks=2)):
        v1 = tf.Variable(1.0, name="v1")
        v2 = tf.Variable(1.0, name="v2")
        x = tf.add(v1, v2, name="x")
    with tf.device(tf.train.replica_device_setter(ps_tasks=1, worker_device="/job:worker/task:3", ps_device="/job:ps/cpu:0")):
        v3 = tf.Variable(1.0, name="v3")
        y = tf.identity(v3, name="y")
    for o in [a, b, c, d, e, f, h, v1, v2, x, v3, y]:
        print(o.op.name, repr(o.device))
    print(v1.initializer.device, v1.initial_value.device)
