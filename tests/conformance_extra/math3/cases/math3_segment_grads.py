# Gradients of segment_* and unsorted_segment_* ops (sum/mean/max/min/prod/sqrt_n) at a few points.
from prelude import tf, np, rnd

d = tf.constant([[1.0, 5.0], [3.0, 2.0], [3.0, -1.0], [0.0, 4.0]])
ids = tf.constant([0, 0, 1, 3])
uids = tf.constant([2, 0, 2, -1])
outs = [tf.segment_sum(d, ids), tf.segment_mean(d, ids), tf.segment_max(d, ids), tf.segment_min(d, ids),
        tf.segment_prod(d, ids), tf.unsorted_segment_sum(d, uids, 3), tf.unsorted_segment_max(d, uids, 3),
        tf.unsorted_segment_min(d, uids, 3), tf.unsorted_segment_prod(d, uids, 3),
        tf.math.unsorted_segment_mean(d, uids, 3), tf.math.unsorted_segment_sqrt_n(d, uids, 3)]
grads = []
for o in outs:
    w = tf.reshape(tf.cast(tf.range(1, 1 + tf.size(o)), tf.float32), tf.shape(o))
    g = tf.gradients(tf.reduce_sum(o * w), d)[0]
    grads.append(g)
    print(o.op.type, o.shape.as_list(), type(g).__name__, g.dtype.name, g.shape.as_list())
with tf.Session() as sess:
    for v in sess.run(grads):
        print(rnd(v, 4))
