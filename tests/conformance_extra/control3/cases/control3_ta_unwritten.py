# Reading an unwritten element / stacking a partially written array with known element_shape.
from prelude import tf, np, rnd

ta = tf.TensorArray(tf.float32, size=3, element_shape=[2])
w = ta.write(1, [1.0, 2.0])
r0 = w.read(0)
s = w.stack()
print(r0.shape, s.shape)
with tf.Session() as sess:
    print(rnd(sess.run(r0)))
    print(rnd(sess.run(s)))
ta2 = tf.TensorArray(tf.float32, size=3)
w2 = ta2.write(1, [1.0, 2.0])
with tf.Session() as sess:
    for name, t in [("read0", w2.read(0)), ("stack", w2.stack())]:
        try:
            print(name, rnd(sess.run(t)))
        except Exception as e:  # noqa: BLE001
            print(name, type(e).__name__)
