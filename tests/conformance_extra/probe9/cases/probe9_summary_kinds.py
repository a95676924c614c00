# histogram/image/audio/text/tensor_summary names, families and merge.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
img = tf.zeros([3, 4, 4, 1])
aud = tf.zeros([2, 10])
with tf.name_scope("sc"):
    s1 = tf.summary.scalar("loss", tf.reduce_mean(x))
    s2 = tf.summary.histogram("h", x)
    s3 = tf.summary.image("im", img, max_outputs=2)
    s4 = tf.summary.audio("au", aud, 8000)
    s5 = tf.summary.text("tx", tf.constant("hello"))
    s6 = tf.summary.tensor_summary("ts", x)
    s7 = tf.summary.scalar("loss", x[0, 0], family="fam")
    s8 = tf.summary.scalar("a b:c", 1.0)
for s in [s1, s2, s3, s4, s5, s6, s7, s8]:
    print(s.name, s.op.type, s.dtype.name, [i.name for i in s.op.inputs][:1])
m = tf.summary.merge([s1, s2])
print(m.name, m.op.type, len(m.op.inputs))
ma = tf.summary.merge_all()
print(ma.name, len(ma.op.inputs))
t("merge_none", lambda: tf.summary.merge_all(key="nothing"))
t("merge_empty", lambda: tf.summary.merge([]))
t("scalar_bad", lambda: tf.summary.scalar("bad", tf.constant([1.0, 2.0])))
t("coll", lambda: [o.name for o in tf.get_collection(tf.GraphKeys.SUMMARIES)])
t("coll_none", lambda: tf.summary.scalar("nc", 1.0, collections=[]).name)
t("coll_custom", lambda: (tf.summary.scalar("cc", 1.0, collections=["zz"]), [o.name for o in tf.get_collection("zz")])[1])
with tf.Session() as sess:
    v = sess.run(s1)
    e = tf.Summary.FromString(v)
    print([(val.tag, rnd(val.simple_value)) for val in e.value])
    e = tf.Summary.FromString(sess.run(s3))
    print([(val.tag, val.image.height, val.image.width, val.image.colorspace) for val in e.value])
    e = tf.Summary.FromString(sess.run(s4))
    print([(val.tag, rnd(val.audio.sample_rate), val.audio.num_channels, val.audio.length_frames) for val in e.value])
    e = tf.Summary.FromString(sess.run(s2))
    print([(val.tag, rnd(val.histo.min), rnd(val.histo.max), rnd(val.histo.num), rnd(val.histo.sum)) for val in e.value])
    e = tf.Summary.FromString(sess.run(s5))
    print([(val.tag, val.metadata.plugin_data.plugin_name) for val in e.value])
    e = tf.Summary.FromString(sess.run(s7))
    print([val.tag for val in e.value])
    e = tf.Summary.FromString(sess.run(m))
    print([val.tag for val in e.value])
