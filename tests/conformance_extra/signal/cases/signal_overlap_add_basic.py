# tf.signal.overlap_and_add: reconstructing a signal from overlapping frames; values, shapes, names.
from prelude import tf, np, rnd

frames = tf.constant(np.arange(1, 13, dtype=np.float32).reshape(3, 4))
o1 = tf.signal.overlap_and_add(frames, 2)
o2 = tf.signal.overlap_and_add(frames, 1)
o3 = tf.signal.overlap_and_add(frames, 3, name="ola")
batch = tf.constant(np.ones((2, 3, 5), np.float64))
o4 = tf.signal.overlap_and_add(batch, 2)
for t in (o1, o2, o3, o4):
    print(t.name.split("/")[0], t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    for v in sess.run([o1, o2, o3, o4]):
        print(rnd(v, 4))
