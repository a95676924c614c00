# Histogram summaries of ints, float64, float16, uint8, placeholders of unknown shape; bool/string errors.
from prelude import tf, np, rnd

p = tf.placeholder(tf.float64, None)
items = [("i32", tf.constant([1, 2, 3, 3])), ("i64", tf.constant([2**33, -1], tf.int64)),
         ("u8", tf.constant([0, 255], tf.uint8)), ("f16", tf.constant([0.5, 1.5], tf.float16)),
         ("ph", p)]
hs = []
for n, t in items:
    h = tf.summary.histogram(n, t)
    hs.append(h)
    print(n, h.op.get_attr("T").name, h.shape)
for n, t in [("bool", tf.constant([True])), ("str", tf.constant(["a"]))]:
    try:
        tf.summary.histogram(n, t)
        print(n, "built")
    except Exception as e:  # noqa: BLE001
        print(n, type(e).__name__)
with tf.Session() as sess:
    for blob in sess.run(hs, {p: np.arange(12.0).reshape(3, 2, 2)}):
        v = tf.Summary.FromString(blob).value[0]
        print(v.tag, v.histo.min, v.histo.max, v.histo.num, v.histo.sum, list(v.histo.bucket)[:6])
    for bad in ([np.nan], [np.inf, 1.0], [-np.inf]):
        try:
            sess.run(hs[-1], {p: bad})
            print("no error")
        except Exception as e:  # noqa: BLE001
            print(bad, type(e).__name__)
    v = tf.Summary.FromString(sess.run(hs[-1], {p: np.zeros([0, 3])})).value[0]
    print("empty", v.histo.num, v.histo.min, v.histo.max, len(v.histo.bucket_limit))
