# tf.signal.frame with pad_end: number of frames, padding with pad_value, frame_step larger than frame_length.
from prelude import tf, np, rnd

a = tf.constant(np.arange(1, 8, dtype=np.float32))
cases = [
    tf.signal.frame(a, 3, 2, pad_end=True),
    tf.signal.frame(a, 3, 2, pad_end=True, pad_value=-1.0),
    tf.signal.frame(a, 4, 7, pad_end=True, pad_value=9),
    tf.signal.frame(a, 2, 3, pad_end=True),
    tf.signal.frame(a, 7, 1, pad_end=True, pad_value=0.5),
    tf.signal.frame(tf.constant([1, 2, 3, 4], tf.int64), 3, 2, pad_end=True, pad_value=7),
]
for t in cases:
    print(t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    for v in sess.run(cases):
        print(rnd(v, 4))
