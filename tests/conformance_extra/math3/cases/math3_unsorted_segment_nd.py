# unsorted_segment_* with multi-dim ids, negative ids dropped, empty data, int64 num_segments, unknown shapes.
from prelude import tf, np, rnd

d = tf.constant(np.arange(12, dtype=np.float32).reshape(2, 3, 2))
ids = tf.constant([[0, -1, 2], [2, 0, -5]])
np_ = tf.placeholder(tf.int32, [])
dp = tf.placeholder(tf.float32, [None, 3, 2])
outs = [tf.unsorted_segment_sum(d, ids, 3), tf.unsorted_segment_max(d, ids, 4), tf.unsorted_segment_min(d, ids, 3),
        tf.unsorted_segment_prod(d, ids, 3), tf.math.unsorted_segment_mean(d, ids, 3),
        tf.math.unsorted_segment_sqrt_n(d, ids, tf.constant(3, tf.int64)),
        tf.unsorted_segment_sum(tf.zeros([0, 2]), tf.zeros([0], tf.int32), 2),
        tf.unsorted_segment_sum(d, ids, np_), tf.unsorted_segment_sum(dp, ids, 3),
        tf.unsorted_segment_max(tf.constant([1, 5, 3], tf.int64), [1, 1, 1], 2)]
for t in outs:
    print(t.op.type, t.dtype.name, t.shape.as_list() if t.shape.ndims is not None else None)
with tf.Session() as sess:
    vals = sess.run(outs[:7] + [outs[7]] + [outs[9]], {np_: 4})
    for v in vals:
        print(rnd(v, 4))
    print(rnd(sess.run(outs[8], {dp: np.ones((2, 3, 2))})))
    try:
        sess.run(outs[8], {dp: np.ones((3, 3, 2))})
        print("no error")
    except Exception as e:
        print(type(e).__name__)
    try:
        sess.run(tf.unsorted_segment_sum(d, ids, np_), {np_: -1})
        print("no error")
    except Exception as e:
        print(type(e).__name__)
