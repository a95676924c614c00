# simple_save then loader.load: tags, signature keys, tensor names, dtypes, shapes, values, files.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
export_dir = os.path.join(tmp, "export")
with tf.Graph().as_default():
    x = tf.placeholder(tf.float32, [None, 3], name="x")
    k = tf.placeholder(tf.int64, [], name="k")
    w = tf.Variable([[1.0], [2.0], [3.0]], name="w")
    y = tf.matmul(x, w, name="y")
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        tf.saved_model.simple_save(sess, export_dir, inputs={"x": x, "k": k}, outputs={"y": y})
print(sorted(os.listdir(export_dir)), sorted(os.listdir(os.path.join(export_dir, "variables"))))
print(tf.saved_model.loader.maybe_saved_model_directory(export_dir), tf.saved_model.contains_saved_model(export_dir))
with tf.Graph().as_default() as g:
    with tf.Session() as sess:
        mg = tf.saved_model.loader.load(sess, [tf.saved_model.tag_constants.SERVING], export_dir)
        print(type(mg).__name__, list(mg.meta_info_def.tags))
        print(sorted(mg.signature_def.keys()))
        sig = mg.signature_def[tf.saved_model.signature_constants.DEFAULT_SERVING_SIGNATURE_DEF_KEY]
        print(sig.method_name)
        for key in sorted(sig.inputs):
            info = sig.inputs[key]
            print("in", key, info.name, tf.as_dtype(info.dtype).name, [d.size for d in info.tensor_shape.dim])
        for key in sorted(sig.outputs):
            info = sig.outputs[key]
            print("out", key, info.name, tf.as_dtype(info.dtype).name, [d.size for d in info.tensor_shape.dim])
        print(rnd(sess.run(sig.outputs["y"].name, {sig.inputs["x"].name: [[1.0, 1.0, 1.0]]})))
        print([v.name for v in tf.global_variables()])
try:
    with tf.Graph().as_default():
        with tf.Session() as sess:
            tf.saved_model.simple_save(sess, export_dir, inputs={"a": tf.constant(1)}, outputs={"b": tf.constant(2)})
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
