# TensorArray written in a while loop, then stacked / gathered / read.
from prelude import tf, np, rnd

n = 5
ta = tf.TensorArray(tf.float32, size=n)
print(ta.dtype.name)


def body(i, ta):
    return i + 1, ta.write(i, tf.cast(i, tf.float32) * 2.0)


_, ta_out = tf.while_loop(lambda i, ta: i < n, body, [tf.constant(0), ta])
stacked = ta_out.stack()
gathered = ta_out.gather([4, 0, 2])
elem = ta_out.read(3)
size = ta_out.size()
print(stacked.dtype.name, stacked.shape.as_list() if stacked.shape.dims is not None else str(stacked.shape))
print(size.dtype.name)
with tf.Session() as sess:
    print(rnd(sess.run(stacked)))
    print(rnd(sess.run(gathered)))
    print(rnd(sess.run(elem)), sess.run(size))
