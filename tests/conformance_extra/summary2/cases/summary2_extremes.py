# Edge values: slash names, empty names, non-summary collections, NaN/inf images, huge histograms, audio clipping.
import struct
from prelude import tf, np, rnd
x = tf.constant(1.0)
a = tf.summary.scalar("a/b", x); print(a.name)
b = tf.summary.scalar("a/b", x); print(b.name)
c = tf.summary.scalar("", x)
print(c.name)
try:
    tf.summary.scalar(None, x)
except Exception as e: print("none", type(e).__name__)
tf.add_to_collection("weird", tf.constant(2.0))
try:
    m = tf.summary.merge_all("weird"); print(m.name)
except Exception as e: print("weird", type(e).__name__)
meta = tf.SummaryMetadata(display_name="dn").SerializeToString()
t = tf.summary.tensor_summary("tb", tf.constant(1), summary_metadata=tf.SummaryMetadata.FromString(meta))
with tf.Session() as sess:
    print(tf.Summary.FromString(sess.run(t)).value[0].metadata.display_name)
    for arr in (np.full([1, 2, 2, 1], np.nan, np.float32), np.array([[[[np.inf], [1.0]]]], np.float32),
                np.array([[[[-np.inf], [1.0]]]], np.float32), np.array([[[[-0.0], [0.0]]]], np.float32),
                np.array([[[[-2.0], [-1.0]]]], np.float32)):
        s = tf.summary.image("im", tf.constant(arr))
        png = tf.Summary.FromString(sess.run(s)).value[0].image.encoded_image_string
        print(sess.run(tf.image.decode_png(png)).reshape(-1).tolist())
    s = tf.summary.image("big", tf.zeros([2, 1, 1, 3], tf.uint8), max_outputs=5)
    print([v.tag for v in tf.Summary.FromString(sess.run(s)).value])
    for vals in ([2**60, 1], [-1e30, 1e30], [1e-300, 5e-324]):
        h = tf.summary.histogram("h", tf.constant(vals, tf.int64 if isinstance(vals[0], int) else tf.float64))
        hv = tf.Summary.FromString(sess.run(h)).value[0].histo
        print(hv.min, hv.max, hv.num, hv.sum, len(hv.bucket_limit), list(hv.bucket)[:3])
    h = tf.summary.histogram("hf16", tf.constant([65504.0, -65504.0], tf.float16))
    hv = tf.Summary.FromString(sess.run(h)).value[0].histo
    print(hv.min, hv.max, hv.sum, hv.sum_squares, len(hv.bucket_limit))
    s = tf.summary.scalar("big", tf.constant(1e300, tf.float64))
    print(tf.Summary.FromString(sess.run(s)).value[0].simple_value)
    s = tf.summary.scalar("nan", tf.constant(np.nan))
    print(tf.Summary.FromString(sess.run(s)).value[0].simple_value)
    au = tf.summary.audio("au", tf.constant([[np.nan, np.inf, -np.inf, 0.5]], tf.float32), 10)
    w = tf.Summary.FromString(sess.run(au)).value[0].audio.encoded_audio_string
    print(struct.unpack("<4h", w[44:]))
    au = tf.summary.audio("au2", tf.constant([[0.1]], tf.float32), 44100.7)
    print(tf.Summary.FromString(sess.run(au)).value[0].audio.sample_rate)
    try:
        au = tf.summary.audio("au3", tf.constant([[0.1]], tf.float32), -5)
        print(tf.Summary.FromString(sess.run(au)).value[0].audio.sample_rate)
    except Exception as e: print("neg", type(e).__name__)
