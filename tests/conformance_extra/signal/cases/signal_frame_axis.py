# tf.signal.frame along a non-innermost axis (positive and negative), keeping outer and inner dims.
from prelude import tf, np, rnd

x = tf.constant(np.arange(2 * 6 * 3, dtype=np.float32).reshape(2, 6, 3))
f0 = tf.signal.frame(x, 2, 2, axis=1)
f1 = tf.signal.frame(x, 3, 1, axis=-2)
f2 = tf.signal.frame(x, 2, 1, axis=0)
f3 = tf.signal.frame(x, 4, 4, axis=1, pad_end=True, pad_value=-1)
for t in (f0, f1, f2, f3):
    print(t.shape.as_list())
with tf.Session() as sess:
    v0, v1, v2, v3 = sess.run([f0, f1, f2, f3])
    print(rnd(v0[1], 4))
    print(rnd(v1[0, :, :, 2], 4))
    print(rnd(v2[0, :, 0], 4))
    print(rnd(v3[:, 1], 4))
