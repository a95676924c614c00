# sparse_segment_sum/mean/sqrt_n with and without num_segments, repeated/unsorted indices, gradients.
from prelude import tf, np, rnd

d = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]])
idx = tf.constant([0, 2, 2, 3])
seg = tf.constant([0, 0, 2, 2])
outs = [tf.sparse.segment_sum(d, idx, seg), tf.sparse.segment_mean(d, idx, seg), tf.sparse.segment_sqrt_n(d, idx, seg),
        tf.sparse.segment_sum(d, idx, seg, num_segments=5), tf.sparse.segment_mean(d, idx, seg, num_segments=4),
        tf.sparse.segment_sqrt_n(d, idx, seg, num_segments=3), tf.sparse_segment_sum(d, [3, 1], [0, 1]),
        tf.sparse.segment_sum(tf.constant([1, 2, 3]), [2, 2, 0], [0, 1, 1]),
        tf.sparse.segment_sum(d, tf.constant([1, 0], tf.int64), tf.constant([0, 0], tf.int64)),
        tf.sparse_segment_mean(d, [1], [0], num_segments=tf.constant(2))]
for t in outs:
    print(t.op.type, t.dtype.name, t.shape.as_list() if t.shape.ndims is not None else None)
gs = [tf.gradients(tf.reduce_sum(o * o), d)[0] for o in outs[:6]]
for g in gs:
    print(type(g).__name__, g.dtype.name)
try:
    tf.sparse.segment_sum(tf.constant([1.0, 2.0]), [0, 1], [0])
    print("no error")
except Exception as e:
    print("len", type(e).__name__)
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v, 4))
    for g in sess.run([tf.convert_to_tensor(g) for g in gs]):
        print(rnd(g, 4))
    for bad in (lambda: tf.sparse.segment_sum(d, [0, 9], [0, 1]), lambda: tf.sparse.segment_sum(d, [0, 1], [1, 0]),
                lambda: tf.sparse.segment_sum(d, [0, 1], [0, 3], num_segments=2)):
        try:
            print(rnd(sess.run(bad())))
        except Exception as e:
            print(type(e).__name__)
