# Gradients of segment_sum/mean/max/min/prod and unsorted_segment_sum/mean/max/min/prod/sqrt_n.
from prelude import tf, np, rnd

data = tf.constant([[1.0, 2.0], [3.0, 0.0], [3.0, 5.0], [-1.0, 4.0], [2.0, 2.0]])
sid = tf.constant([0, 0, 1, 1, 3])
uid = tf.constant([2, 0, 2, -1, 0])
w = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]])
gs = {}
for k, f in [("sum", tf.segment_sum), ("mean", tf.segment_mean), ("max", tf.segment_max),
             ("min", tf.segment_min), ("prod", tf.segment_prod)]:
    gs["seg_" + k] = tf.gradients(f(data, sid) * w, data)[0]
for k, f in [("sum", tf.unsorted_segment_sum), ("mean", tf.unsorted_segment_mean),
             ("max", tf.unsorted_segment_max), ("min", tf.unsorted_segment_min),
             ("prod", tf.unsorted_segment_prod), ("sqrtn", tf.unsorted_segment_sqrt_n)]:
    y = f(data, uid, 4)
    gs["uns_" + k] = tf.gradients(y * w, data)[0]
print(tf.gradients(tf.segment_sum(data, sid), sid))
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, gs[k].shape, rnd(sess.run(gs[k]), 4))
