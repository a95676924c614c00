# tf.sparse.segment_sum/mean/sqrt_n (with num_segments) and gradients; bad segment ids.
from prelude import tf, np, rnd

data = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]])
idx = tf.constant([0, 2, 3, 1])
seg = tf.constant([0, 0, 2, 2])
s = tf.sparse.segment_sum(data, idx, seg)
m = tf.sparse.segment_mean(data, idx, seg)
q = tf.sparse.segment_sqrt_n(data, idx, seg)
sn = tf.sparse.segment_sum(data, idx, seg, num_segments=5)
mn = tf.sparse_segment_mean(data, idx, seg, num_segments=4)
print(s.op.type, sn.op.type, s.shape.as_list(), sn.shape.as_list(), mn.shape.as_list())
g = tf.gradients(tf.reduce_sum(q * tf.constant([[1.0, 2.0]])), data)[0]
print(type(g).__name__)
with tf.Session() as sess:
    for t in [s, m, q, sn, mn]:
        print(rnd(sess.run(t)))
    print(rnd(sess.run(tf.convert_to_tensor(g))))
    for bad_idx, bad_seg in [([0, 9], [0, 0]), ([0, 1], [1, 0])]:
        try:
            sess.run(tf.sparse.segment_sum(data, bad_idx, bad_seg))
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
