# global_step helpers: create, get, get_or_create twice, assert, errors.
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
    t("get_none", lambda: tf.train.get_global_step())
    gs = tf.train.create_global_step()
    print(gs.name, gs.dtype.name, gs.shape, gs.trainable, [v.name for v in tf.trainable_variables()])
    t("create_again", lambda: tf.train.create_global_step())
    t("goc", lambda: tf.train.get_or_create_global_step() is gs)
    t("goc2", lambda: tf.train.get_or_create_global_step().name)
    t("get", lambda: tf.train.get_global_step().name)
    t("coll", lambda: [v.name for v in tf.get_collection(tf.GraphKeys.GLOBAL_STEP)])
    t("global_step_fn", lambda: type(tf.train.global_step).__name__)
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        t("value", lambda: tf.train.global_step(s, gs))
        t("value_type", lambda: type(tf.train.global_step(s, gs)).__name__)
        t("by_name", lambda: tf.train.global_step(s, gs.name))
    t("assert_ok", lambda: tf.train.assert_global_step(gs))
    t("assert_bad", lambda: tf.train.assert_global_step(tf.constant(1.0)))
    t("assert_int_const", lambda: tf.train.assert_global_step(tf.constant(1)))
g2 = tf.Graph()
with g2.as_default():
    v = tf.Variable(0, name="global_step", trainable=False)
    t("by_name_only", lambda: tf.train.get_global_step())
    tf.add_to_collection(tf.GraphKeys.GLOBAL_STEP, v)
    t("coll_only", lambda: tf.train.get_global_step().name)
    tf.add_to_collection(tf.GraphKeys.GLOBAL_STEP, tf.Variable(0, name="other"))
    t("two", lambda: tf.train.get_global_step())
g3 = tf.Graph()
with g3.as_default():
    tf.Variable(0.0, name="global_step")
    t("float_named", lambda: tf.train.get_global_step())
    t("goc_float", lambda: tf.train.get_or_create_global_step())
g4 = tf.Graph()
with g4.as_default():
    gs4 = tf.train.get_or_create_global_step(graph=None)
    t("explicit_graph", lambda: tf.train.get_global_step(g4).name)
    t("other_graph", lambda: tf.train.get_global_step(g3))
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        inc = tf.assign_add(gs4, 1)
        s.run(inc)
        t("after_inc", lambda: tf.train.global_step(s, gs4))
