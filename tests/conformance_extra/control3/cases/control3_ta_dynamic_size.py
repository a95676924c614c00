# dynamic_size TensorArray grows on write; size is dynamic; stack shapes.
from prelude import tf, np, rnd

ta = tf.TensorArray(tf.float32, size=0, dynamic_size=True)
print(ta.dynamic_size)
ta = ta.write(0, 1.0).write(4, 5.0)
n = ta.size()
s = ta.stack()
print(n.dtype.name, s.shape)
with tf.Session() as sess:
    print(sess.run(n), rnd(sess.run(s)))
ta2 = tf.TensorArray(tf.int32, size=1, dynamic_size=True)
ta2 = ta2.unstack(tf.constant([1, 2, 3]))
with tf.Session() as sess:
    print(sess.run(ta2.size()), sess.run(ta2.stack()).tolist())
