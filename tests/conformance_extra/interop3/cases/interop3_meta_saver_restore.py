# A meta graph and checkpoint written together: import_meta_graph + restore, variable names/values.
import os, tempfile
from prelude import tf, np

d = tempfile.mkdtemp()
g = tf.Graph()
with g.as_default():
    with tf.variable_scope("net"):
        w = tf.get_variable("w", initializer=[1.0, 2.0])
        b = tf.get_variable("b", initializer=3, trainable=False)
    y = tf.multiply(w, tf.cast(b, tf.float32), name="y")
    saver = tf.train.Saver()
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        s.run(w.assign([5.0, 6.0]))
        prefix = saver.save(s, os.path.join(d, "m"), global_step=3)
print(os.path.basename(prefix), sorted(os.listdir(d)))
with tf.Graph().as_default() as h:
    sv = tf.train.import_meta_graph(prefix + ".meta", import_scope="imp")
    print(type(sv).__name__, [v.name for v in tf.global_variables()], [v.name for v in tf.trainable_variables()])
    with tf.Session() as s:
        sv.restore(s, prefix)
        print(s.run(["imp/y:0"] + [v.value() for v in tf.global_variables()]))
with tf.Graph().as_default():
    sv = tf.train.import_meta_graph(prefix + ".meta", clear_devices=True)
    print(sv.saver_def.restore_op_name, sv.saver_def.filename_tensor_name)
    with tf.Session() as s:
        sv.restore(s, tf.train.latest_checkpoint(d))
        print(s.run("y:0"))
