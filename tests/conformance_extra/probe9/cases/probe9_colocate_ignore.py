# colocate_with + ignore_existing, _class attrs and device interaction.
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
    with tf.device("/cpu:1"):
        a = tf.constant(1.0, name="a")
    with tf.device("/gpu:0"):
        with tf.colocate_with(a):
            b = tf.identity(a, name="b")
            with tf.device("/cpu:3"):
                c = tf.identity(a, name="c")
            d0 = tf.constant(2.0, name="d0")
            with tf.colocate_with(d0):
                d = tf.identity(a, name="d")
            with tf.colocate_with(d0, ignore_existing=True):
                e = tf.identity(a, name="e")
            with tf.colocate_with(None, ignore_existing=True):
                f = tf.identity(a, name="f")
    t("none_no_ignore", lambda: tf.colocate_with(None).__enter__())
    v = tf.Variable(1.0, name="v")
    with tf.colocate_with(v):
        h = tf.identity(v, name="h")
    with tf.colocate_with(v.op):
        i = tf.identity(v, name="i")
    for o in [a, b, c, d, e, f, h, i]:
        print(o.op.name, repr(o.device), o.op.colocation_groups())
    t("class_attr", lambda: b.op.get_attr("_class"))
    t("no_class", lambda: a.op.get_attr("_class"))
    t("gd_attr", lambda: [n.name for n in g.as_graph_def().node if "_class" in n.attr])
