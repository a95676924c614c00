# tf.signal.overlap_and_add edges: step >= frame length (gaps), one frame, zero frames, ints, unknown dims.
from prelude import tf, np, rnd

fr = tf.constant(np.arange(1, 7, dtype=np.float32).reshape(2, 3))
gap = tf.signal.overlap_and_add(fr, 5)
same = tf.signal.overlap_and_add(fr, 3)
one = tf.signal.overlap_and_add(tf.constant([[1.0, 2.0, 3.0]]), 2)
zero = tf.signal.overlap_and_add(tf.zeros([0, 4]), 2)
ints = tf.signal.overlap_and_add(tf.constant([[1, 2], [3, 4], [5, 6]]), 1)
p = tf.placeholder(tf.float32, [None, None, 4])
unk = tf.signal.overlap_and_add(p, 2)
q = tf.placeholder(tf.float32)
unk_rank = tf.signal.overlap_and_add(q, 2)
s = tf.placeholder(tf.int32, [])
unk_step = tf.signal.overlap_and_add(fr, s)
for t in (gap, same, one, zero, ints, unk, unk_rank, unk_step):
    print(t.dtype.name, t.shape)
with tf.Session() as sess:
    for v in sess.run([gap, same, one, zero, ints]):
        print(rnd(v, 4))
    print(rnd(sess.run(unk, {p: np.ones((1, 3, 4), np.float32)}), 4))
    print(rnd(sess.run(unk_rank, {q: np.ones((3, 2), np.float32)}), 4))
    print(rnd(sess.run(unk_step, {s: 1}), 4))
