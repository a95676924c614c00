# Signature defs: method names, tensor infos (names, dtypes, shapes) and validity.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [None, 3], name="x")
    s = tf.placeholder(tf.string, [None], name="s")
    y = tf.reduce_sum(x, axis=1, name="y")
    sdu = tf.saved_model.signature_def_utils
    pred = sdu.predict_signature_def({"x": x}, {"y": y})
    cls = sdu.classification_signature_def(s, tf.constant(["a"]), tf.constant([[0.5]]))
    reg = sdu.regression_signature_def(s, y)
for name, sig in [("predict", pred), ("classify", cls), ("regress", reg)]:
    print(name, sig.method_name)
    for side in (sig.inputs, sig.outputs):
        for k in sorted(side):
            info = side[k]
            print(" ", k, info.name, info.dtype, info.tensor_shape.unknown_rank, [d.size for d in info.tensor_shape.dim])
    print(" valid", sdu.is_valid_signature(sig))
info = tf.saved_model.utils.build_tensor_info(x)
with g.as_default():
    print(tf.saved_model.utils.get_tensor_from_tensor_info(info).name)
print(tf.saved_model.signature_constants.DEFAULT_SERVING_SIGNATURE_DEF_KEY, tf.saved_model.tag_constants.SERVING)
