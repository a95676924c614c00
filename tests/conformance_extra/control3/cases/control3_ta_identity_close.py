# TensorArray.identity, close, and clear_after_read reading twice.
from prelude import tf, np, rnd

ta = tf.TensorArray(tf.float32, size=2, clear_after_read=True).unstack([3.0, 4.0])
ti = ta.identity()
print(type(ti).__name__, ti.dtype.name, ti.flow.dtype.name)
a = ta.read(0)
b = ta.read(0)
c = ti.read(1)
with tf.Session() as sess:
    print(rnd(sess.run([a, b, c])))
    print(rnd(sess.run(ti.stack())))
ta2 = tf.TensorArray(tf.float32, size=2, clear_after_read=False).unstack([3.0, 4.0])
with tf.Session() as sess:
    print(rnd(sess.run([ta2.read(0), ta2.read(0)])))
