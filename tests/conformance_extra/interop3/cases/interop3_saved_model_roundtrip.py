# SavedModelBuilder with two tag sets and signatures: files, loaded meta graphs, outputs, errors.
import os, tempfile
from prelude import tf, np

d = os.path.join(tempfile.mkdtemp(), "export")
with tf.Graph().as_default():
    x = tf.placeholder(tf.float32, [None, 2], name="x")
    w = tf.Variable([[2.0], [-1.0]], name="w")
    y = tf.matmul(x, w, name="y")
    words = tf.placeholder(tf.string, [None], name="words")
    up = tf.strings.upper(words, name="up")
    sdu = tf.saved_model.signature_def_utils
    b = tf.saved_model.builder.SavedModelBuilder(d)
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        b.add_meta_graph_and_variables(s, ["serve"], signature_def_map={
            "serving_default": sdu.predict_signature_def({"x": x}, {"y": y}),
            "text": sdu.predict_signature_def({"w": words}, {"u": up})})
        b.add_meta_graph(["eval"], signature_def_map={"only": sdu.predict_signature_def({"x": x}, {"y": y})})
    path = b.save()
    print(type(path).__name__, os.path.basename(path.decode() if isinstance(path, bytes) else path))
print(sorted(os.listdir(d)), sorted(os.listdir(os.path.join(d, "variables"))))
for tags in (["serve"], ["eval"]):
    with tf.Session(graph=tf.Graph()) as s:
        mg = tf.saved_model.loader.load(s, tags, d)
        print(list(mg.meta_info_def.tags), sorted(mg.signature_def))
        sig = mg.signature_def[sorted(mg.signature_def)[0]]
        print(sig.inputs["x"].name, s.run(sig.outputs["y"].name, {sig.inputs["x"].name: [[1.0, 1.0]]}))
with tf.Session(graph=tf.Graph()) as s:
    mg = tf.saved_model.loader.load(s, ["serve"], d)
    t = mg.signature_def["text"]
    print(s.run(t.outputs["u"].name, {t.inputs["w"].name: ["ab", "Cd"]}))
for tags in (["nope"], ["serve", "eval"]):
    with tf.Session(graph=tf.Graph()) as s:
        try:
            tf.saved_model.loader.load(s, tags, d)
        except Exception as e:
            print(tags, type(e).__name__)
print(tf.saved_model.loader.maybe_saved_model_directory(d), tf.saved_model.loader.maybe_saved_model_directory(os.path.dirname(d)))
