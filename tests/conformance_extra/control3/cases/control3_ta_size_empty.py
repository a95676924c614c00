# Empty TensorArrays: size 0 stack with/without element_shape, size from tensor.
from prelude import tf, np, rnd

ta = tf.TensorArray(tf.float32, size=0, element_shape=[3])
s = ta.stack()
print(s.shape)
p = tf.placeholder(tf.int32, [])
ta2 = tf.TensorArray(tf.float32, size=p, element_shape=[2])
n = ta2.size()
print(n.shape, n.dtype.name)
with tf.Session() as sess:
    print(sess.run(s).shape, sess.run(n, {p: 4}))
    print(rnd(sess.run(ta2.stack(), {p: 2})))
ta3 = tf.TensorArray(tf.int32, size=0)
with tf.Session() as sess:
    try:
        print(sess.run(ta3.stack()).shape)
    except Exception as e:  # noqa: BLE001
        print("empty_no_shape", type(e).__name__)
