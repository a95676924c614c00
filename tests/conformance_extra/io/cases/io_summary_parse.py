# Serialized summaries parsed back with tf.Summary.FromString.
from prelude import tf, np, rnd

x = tf.constant([1.0, 2.0, 3.0, 4.0])
s1 = tf.summary.scalar("mean", tf.reduce_mean(x))
s2 = tf.summary.histogram("h", x)
s3 = tf.summary.text("t", tf.constant("hi there"))
s4 = tf.summary.image("im", tf.zeros([3, 2, 2, 1]), max_outputs=2)
merged = tf.summary.merge([s1, s2, s3, s4])
with tf.Session() as sess:
    r1, r2, r3, r4, rm = sess.run([s1, s2, s3, s4, merged])
p = tf.Summary.FromString(r1)
print(len(p.value), p.value[0].tag, rnd(p.value[0].simple_value), p.value[0].WhichOneof("value"))
h = tf.Summary.FromString(r2).value[0]
print(h.tag, h.WhichOneof("value"), rnd(h.histo.min), rnd(h.histo.max), rnd(h.histo.num), rnd(h.histo.sum), rnd(h.histo.sum_squares))
print(len(h.histo.bucket) == len(h.histo.bucket_limit), rnd(sum(h.histo.bucket)))
t = tf.Summary.FromString(r3).value[0]
print(t.tag, t.WhichOneof("value"), t.metadata.plugin_data.plugin_name, [s.decode() for s in t.tensor.string_val])
im = tf.Summary.FromString(r4)
print([v.tag for v in im.value], [(v.image.height, v.image.width, v.image.colorspace) for v in im.value])
print(im.value[0].image.encoded_image_string[:4] == b"\x89PNG")
print([v.tag for v in tf.Summary.FromString(rm).value])
