# TensorArray in a while loop with a cond inside, clear_after_read, element shapes, gradients.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [4], name="x")
ta_in = tf.TensorArray(tf.float32, size=4).unstack(x)
ta_out = tf.TensorArray(tf.float32, size=4, element_shape=[])


def body(i, out):
    e = ta_in.read(i)
    val = tf.cond(e > 0, lambda: e * e, lambda: -e)
    return i + 1, out.write(i, val)


_, ta_res = tf.while_loop(lambda i, o: i < 4, body, [0, ta_out])
res = ta_res.stack()
print(res.shape.as_list(), res.dtype.name)
g = tf.gradients(tf.reduce_sum(res), x)[0]
rev = tf.TensorArray(tf.int32, size=3)
_, rev = tf.while_loop(lambda i, t: i < 3, lambda i, t: (i + 1, t.write(2 - i, i * 10)), [0, rev])
reuse = tf.TensorArray(tf.float32, size=1, clear_after_read=False).write(0, 3.0)
twice = reuse.read(0) + reuse.read(0)
with tf.Session() as sess:
    print(rnd(sess.run([res, g], {x: [1.0, -2.0, 3.0, -4.0]})))
    print(sess.run(rev.stack()).tolist(), rnd(sess.run(twice)))
