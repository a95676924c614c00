# Segment ops with empty segments, bincount, histogram_fixed_width and confusion_matrix.
from prelude import tf, np, rnd

data = tf.constant([1.0, 5.0, 2.0, 4.0, 3.0])
ids = tf.constant([0, 0, 2, 2, 3])
outs = [tf.segment_sum(data, ids), tf.segment_mean(data, ids), tf.segment_max(data, ids),
        tf.segment_min(data, ids), tf.segment_prod(data, ids),
        tf.unsorted_segment_min(data, [1, 1, 3, -1, 3], 4), tf.unsorted_segment_max(tf.constant([1, 2, 3]), [0, 2, 2], 3),
        tf.unsorted_segment_prod(data, [0, 0, 1, 1, 1], 3), tf.math.unsorted_segment_sqrt_n(data, [0, 0, 1, 1, 1], 2),
        tf.segment_sum(tf.constant([[1, 2], [3, 4], [5, 6]]), [0, 1, 1]),
        tf.math.bincount(tf.constant([1, 1, 3, 0, 5])), tf.math.bincount(tf.constant([1, 1, 3]), minlength=6),
        tf.math.bincount(tf.constant([1, 1, 3, 4]), maxlength=3),
        tf.math.bincount(tf.constant([0, 2, 2]), weights=tf.constant([0.5, 1.0, 2.0])),
        tf.math.bincount(tf.constant([], tf.int32)),
        tf.histogram_fixed_width(tf.constant([-1.0, 0.0, 1.5, 2.0, 5.0, 4.99]), [0.0, 5.0], nbins=5),
        tf.histogram_fixed_width(tf.constant([1, 2, 3]), tf.constant([0, 4]), nbins=2, dtype=tf.int64),
        tf.confusion_matrix([0, 1, 2, 1], [0, 2, 2, 1]),
        tf.confusion_matrix([0, 1], [1, 1], num_classes=3, weights=[2, 3]),
        tf.math.confusion_matrix([1, 0], [1, 1], dtype=tf.float32)]
for t in outs:
    print(t.op.type, t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v))
    for bad in ([1, 0, 2], [0, 5, 5]):
        try:
            print(rnd(sess.run(tf.segment_sum(tf.constant([1.0, 2.0, 3.0]), bad))))
        except Exception as e:
            print(type(e).__name__)
