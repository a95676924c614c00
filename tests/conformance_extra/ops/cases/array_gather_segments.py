# gather with axis and batch_dims, gather_nd, segment and unsorted segment ops, unique.
from prelude import tf, np, rnd

p = tf.constant(np.arange(12).reshape(3, 4))
g0 = tf.gather(p, [2, 0])
g1 = tf.gather(p, [[1, 3], [0, 0]], axis=1)
gb = tf.gather(p, [[1], [0], [3]], axis=1, batch_dims=1)
gnd = tf.gather_nd(p, [[0, 1], [2, 3]])
seg = tf.math.segment_sum([1.0, 2.0, 3.0, 4.0], [0, 0, 1, 1])
useg = tf.unsorted_segment_max([1, 5, 3, 2], [1, 1, 0, 3], num_segments=4)
umean = tf.math.unsorted_segment_mean([1.0, 5.0, 3.0], [0, 0, 2], 3)
u, idx = tf.unique([4, 1, 4, 2, 1])
uc = tf.unique_with_counts([3, 3, 1])
for t in (g0, g1, gb, gnd, seg, useg, umean, u, idx):
    print(t.op.type, t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    print(rnd(sess.run([g0, g1, gb, gnd, seg, useg, umean, u, idx, list(uc)])))
