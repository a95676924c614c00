# SavedModelBuilder with predict / classification / regression / custom signatures and two tag sets.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
export_dir = os.path.join(tmp, "sm")
sdu = tf.saved_model.signature_def_utils
with tf.Graph().as_default():
    ex = tf.placeholder(tf.string, [None], name="examples")
    x = tf.placeholder(tf.float32, [None, 2], name="x")
    v = tf.Variable([0.5, -1.0], name="v")
    score = tf.reduce_sum(x * v, axis=1, name="score")
    scores = tf.stack([score, -score], axis=1, name="scores")
    classes = tf.constant([["a", "b"]], name="classes")
    pred = sdu.predict_signature_def(inputs={"x": x}, outputs={"score": score})
    cls = sdu.classification_signature_def(examples=ex, classes=classes, scores=scores)
    reg = sdu.regression_signature_def(examples=ex, predictions=score)
    custom = sdu.build_signature_def(inputs={"in": tf.saved_model.utils.build_tensor_info(x)},
                                     outputs={"out": tf.saved_model.utils.build_tensor_info(score)},
                                     method_name="my/method")
    for name, sig in [("pred", pred), ("cls", cls), ("reg", reg), ("custom", custom)]:
        print(name, sig.method_name, sorted(sig.inputs), sorted(sig.outputs), sdu.is_valid_signature(sig))
    print(sorted((k, v.name, v.dtype) for k, v in cls.outputs.items()))
    builder = tf.saved_model.builder.SavedModelBuilder(export_dir)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        builder.add_meta_graph_and_variables(sess, [tf.saved_model.tag_constants.SERVING],
                                             signature_def_map={"serving_default": pred, "classify": cls,
                                                                "regress": reg, "custom": custom})
        builder.add_meta_graph(["train", "gpu"], signature_def_map={"p": pred})
    out = builder.save()
    print(os.path.basename(out if isinstance(out, str) else out.decode()))
print(sorted(os.listdir(export_dir)))
for tags in (["serve"], ["gpu", "train"]):
    with tf.Graph().as_default():
        with tf.Session() as sess:
            mg = tf.saved_model.loader.load(sess, tags, export_dir)
            print(sorted(mg.meta_info_def.tags), sorted(mg.signature_def.keys()))
            print(rnd(sess.run("score:0", {"x:0": [[2.0, 1.0]]})))
