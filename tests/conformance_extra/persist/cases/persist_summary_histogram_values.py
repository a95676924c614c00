# Histogram summaries of ints, constant values, empty tensors, and NaN (run-time error).
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, None, name="x")
hs = tf.summary.histogram("h", x)
hi = tf.summary.histogram("ints", tf.constant([1, 1, 2, 5], tf.int32))
with tf.Session() as sess:
    for feed in [[1.0, 2.0, 3.0], [[0.0, 0.0], [0.0, 0.0]], [], 7.0, [-1e6, 1e6]]:
        h = tf.Summary.FromString(sess.run(hs, {x: feed})).value[0].histo
        print(rnd(h.min), rnd(h.max), rnd(h.num), rnd(h.sum), rnd(h.sum_squares), rnd(sum(h.bucket)))
    h = tf.Summary.FromString(sess.run(hi)).value[0]
    print(h.tag, rnd(h.histo.min), rnd(h.histo.max), rnd(h.histo.num), rnd(h.histo.sum))
    for bad in [[1.0, float("nan")], [float("inf")]]:
        try:
            sess.run(hs, {x: bad})
            print("no error")
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
print(hs.name, hi.name, hs.op.type, hi.op.get_attr("T").name)
