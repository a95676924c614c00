# tf.signal.frame edge cases: signal shorter than a frame, empty signals, integer and bool dtypes.
from prelude import tf, np, rnd

short = tf.signal.frame(tf.constant([1.0, 2.0]), 3, 1)
short_pad = tf.signal.frame(tf.constant([1.0, 2.0]), 3, 1, pad_end=True)
empty = tf.signal.frame(tf.zeros([2, 0]), 3, 2)
empty_pad = tf.signal.frame(tf.zeros([0]), 3, 2, pad_end=True)
ints = tf.signal.frame(tf.constant([1, 2, 3, 4, 5], tf.int32), 2, 2)
bools = tf.signal.frame(tf.constant([True, False, True, True]), 2, 1)
exact = tf.signal.frame(tf.constant([1.0, 2.0, 3.0]), 3, 5)
for t in (short, short_pad, empty, empty_pad, ints, bools, exact):
    print(t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    for v in sess.run([short, short_pad, empty, empty_pad, ints, bools, exact]):
        print(v.shape, rnd(v, 4))
