# Gradients through TensorArray write/stack inside a while loop.
from prelude import tf, np, rnd

x = tf.constant([1.0, 2.0, 3.0])
w = tf.constant(2.0)
ta = tf.TensorArray(tf.float32, size=3)
ta = ta.unstack(x)
out = tf.TensorArray(tf.float32, size=3)


def body(i, acc, out):
    v = ta.read(i) * w + acc
    return i + 1, v, out.write(i, v * v)


_, acc, out = tf.while_loop(lambda i, a, o: i < 3, body, [0, tf.constant(0.0), out])
res = tf.reduce_sum(out.stack())
gx, gw = tf.gradients(res, [x, w])
ga = tf.gradients(acc, [x, w])
print(gx.dtype.name, gx.shape.as_list(), gw.shape.as_list())
with tf.Session() as sess:
    print(rnd(sess.run(res)), rnd(sess.run(acc)))
    print(rnd(sess.run([gx, gw])))
    print(rnd(sess.run(ga)))
