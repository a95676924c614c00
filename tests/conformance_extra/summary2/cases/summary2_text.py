# tf.summary.text: names, metadata plugin name, tensor dtype/shape/string_val; non-string input errors.
from prelude import tf, np, rnd

t1 = tf.summary.text("note", tf.constant("hello"))
t2 = tf.summary.text("table", tf.constant([["a", "b"], ["c", "d"]]))
with tf.name_scope("sc"):
    t3 = tf.summary.text("note", tf.constant(["x"]), collections=["mine"])
for t in (t1, t2, t3):
    print(t.name, t.op.type, t.dtype.name, [i.name for i in t.op.inputs])
print(len(tf.get_collection(tf.GraphKeys.SUMMARIES)), len(tf.get_collection("mine")))
with tf.Session() as sess:
    for blob in sess.run([t1, t2, t3]):
        v = tf.Summary.FromString(blob).value[0]
        print(v.tag, v.metadata.plugin_data.plugin_name, v.tensor.dtype,
              [d.size for d in v.tensor.tensor_shape.dim], list(v.tensor.string_val))
for bad in (tf.constant(1), tf.constant([1.0])):
    try:
        tf.summary.text("bad", bad)
        print("built")
    except Exception as e:  # noqa: BLE001
        print(bad.dtype.name, type(e).__name__)
try:
    tf.summary.text("py", "plain string")
    print("py ok")
except Exception as e:  # noqa: BLE001
    print("py", type(e).__name__)
