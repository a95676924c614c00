# Text summaries of string arrays, audio summary tags and fields, tensor_summary metadata.
from prelude import tf, np, rnd

t1 = tf.summary.text("notes", tf.constant([["a", "b"], ["c", "d"]]))
t2 = tf.summary.text("scalar_note", tf.constant("only"))
au = tf.summary.audio("wave", tf.zeros([3, 16, 2]), 16000, max_outputs=2)
au1 = tf.summary.audio("mono", tf.zeros([1, 8]), 8000.0)
print(t1.name, t1.op.type, au.name, au.op.type, au1.name)
try:
    tf.summary.text("bad", tf.constant(1.0))
    print("built")
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
with tf.Session() as sess:
    v = tf.Summary.FromString(sess.run(t1)).value[0]
    print(v.tag, v.metadata.plugin_data.plugin_name, tf.make_ndarray(v.tensor).tolist())
    v = tf.Summary.FromString(sess.run(t2)).value[0]
    print(v.tag, tf.make_ndarray(v.tensor).tolist(), [d.size for d in v.tensor.tensor_shape.dim])
    vals = tf.Summary.FromString(sess.run(au)).value
    print([(x.tag, x.audio.sample_rate, x.audio.num_channels, x.audio.length_frames, x.audio.content_type) for x in vals])
    print(vals[0].audio.encoded_audio_string[:4])
    vals = tf.Summary.FromString(sess.run(au1)).value
    print([(x.tag, x.audio.num_channels, x.audio.length_frames) for x in vals])
