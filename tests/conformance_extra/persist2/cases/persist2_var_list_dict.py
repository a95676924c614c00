# var_list as dict and list: checkpoint keys, restoring into renamed variables.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
with tf.Graph().as_default():
    a = tf.Variable([1.0, 2.0], name="a")
    with tf.variable_scope("scope"):
        b = tf.get_variable("b", initializer=[[3, 4]])
    s = tf.train.Saver({"first": a, "second/x": b})
    print(sorted(op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("save/")))
    rv = tf.get_default_graph().get_operation_by_name("save/RestoreV2")
    print(rv.get_attr("dtypes"))
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        p = s.save(sess, os.path.join(tmp, "d"))
print(tf.train.list_variables(p))
with tf.Graph().as_default():
    x = tf.Variable([0.0, 0.0], name="x")
    y = tf.Variable([[0, 0]], name="y")
    s = tf.train.Saver({"first": x, "second/x": y})
    with tf.Session() as sess:
        s.restore(sess, p)
        print(rnd(sess.run(x)), sess.run(y).tolist())
with tf.Graph().as_default():
    x = tf.Variable([0.0, 0.0], name="first")
    s = tf.train.Saver([x])
    with tf.Session() as sess:
        s.restore(sess, p)
        print(rnd(sess.run(x)))
with tf.Graph().as_default():
    x = tf.Variable([0.0, 0.0], name="first")
    for bad in ([x, x], {"k": 3}):
        try:
            tf.train.Saver(bad)
            print("ok")
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
