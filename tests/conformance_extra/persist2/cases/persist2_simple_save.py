# simple_save with default variables; loaded graph's variable op types and restored values.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
export_dir = os.path.join(tmp, "exp")
with tf.Graph().as_default():
    x = tf.placeholder(tf.float32, [None], name="x")
    v = tf.Variable([10.0], name="v")
    gs = tf.train.get_or_create_global_step()
    y = tf.add(x, v, name="y")
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(v.assign([20.0]))
        tf.saved_model.simple_save(sess, export_dir, {"x": x}, {"y": y})
print(tf.train.list_variables(os.path.join(export_dir, "variables", "variables")))
with tf.Graph().as_default() as g:
    with tf.Session() as sess:
        mg = tf.saved_model.load(sess, [tf.saved_model.SERVING], export_dir)
        sig = mg.signature_def["serving_default"]
        print(sig.method_name, sorted(sig.inputs), sorted(sig.outputs))
        print(sorted(set(o.type for o in g.get_operations() if "Var" in o.type)))
        print([(v.name, type(v).__name__) for v in tf.global_variables()])
        print(tf.train.get_global_step().name)
        print(rnd(sess.run(sig.outputs["y"].name, {sig.inputs["x"].name: [1.0, 2.0]})))
