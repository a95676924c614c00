# Histogram summary fields: min/max/num/sum/sum_squares, bucket limits and counts.
from prelude import tf, np, rnd

data = [tf.constant([1.0, 2.0, 2.0, 3.0, 10.0]),
        tf.constant([-5.0, 0.0, 5.0]),
        tf.constant([[0.001, 0.002], [1000.0, -1000.0]]),
        tf.constant([0.0, 0.0, 0.0]),
        tf.constant([7.0]),
        tf.constant([1e-13, -1e-13, 1e20])]
hs = [tf.summary.histogram("h%d" % i, d) for i, d in enumerate(data)]
print([h.name for h in hs], hs[0].op.type, hs[0].op.get_attr("T").name)
with tf.Session() as sess:
    for blob in sess.run(hs):
        v = tf.Summary.FromString(blob).value[0]
        h = v.histo
        print(v.tag, h.min, h.max, h.num, "%.6g" % h.sum, "%.6g" % h.sum_squares, len(h.bucket_limit))
        print(["%.6g" % b for b in h.bucket_limit])
        print(list(h.bucket))
