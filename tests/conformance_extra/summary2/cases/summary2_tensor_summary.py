# tf.summary.tensor_summary: op type, inputs, tensor content dtypes/shapes, metadata fields.
from prelude import tf, np, rnd

meta = tf.SummaryMetadata()
meta.plugin_data.plugin_name = "custom"
meta.plugin_data.content = b"\x01\x02"
a = tf.summary.tensor_summary("ints", tf.constant([[1, 2], [3, 4]]))
b = tf.summary.tensor_summary("flt", tf.constant(2.5), summary_description="desc", display_name="Disp")
c = tf.summary.tensor_summary("meta", tf.constant([True, False]), summary_metadata=meta)
d = tf.summary.tensor_summary("strs", tf.constant(["p", "q"]), family="fam")
e = tf.summary.tensor_summary("empty", tf.zeros([0, 3]))
for t in (a, b, c, d, e):
    print(t.name, t.op.type, t.op.get_attr("T").name, [i.name for i in t.op.inputs])
with tf.Session() as sess:
    for blob in sess.run([a, b, c, d, e]):
        v = tf.Summary.FromString(blob).value[0]
        md = v.metadata
        print(v.tag, v.node_name, md.display_name, md.summary_description, md.plugin_data.plugin_name,
              md.plugin_data.content, v.tensor.dtype, [x.size for x in v.tensor.tensor_shape.dim])
        print(rnd(tf.make_ndarray(v.tensor)))
