# Gradients with integer tensors: None for int xs, through casts, argmax, and int loop vars.
from prelude import tf, np, rnd

i = tf.constant([1, 2, 3])
f = tf.cast(i, tf.float32)
y = tf.reduce_sum(f * f)
print(tf.gradients(y, i), tf.gradients(y, f)[0] is not None)
x = tf.constant([1.0, 5.0, 2.0])
am = tf.argmax(x)
print(tf.gradients(am, x))
r = tf.cast(tf.round(x), tf.int32)
print(tf.gradients(tf.cast(r, tf.float32), x))
n, s = tf.while_loop(lambda n, s: n < 3, lambda n, s: (n + 1, s * 2.0), [tf.constant(0), x])
print(tf.gradients(s, [x])[0] is not None, tf.gradients(n, x))
k = tf.constant(2)
p = tf.pow(x, tf.cast(k, tf.float32))
print(tf.gradients(p, [x, k])[1])
gz = tf.gradients(y, i, unconnected_gradients="zero")
print([(type(t).__name__, t.dtype.name, t.shape.as_list()) for t in gz])
d64 = tf.constant([1.0], tf.float64)
print(tf.gradients(tf.cast(d64, tf.float32) * 2.0, d64)[0].dtype.name)
c = tf.complex(x, x)
gcx = tf.gradients(tf.reduce_sum(tf.abs(c)), x)[0]
with tf.Session() as sess:
    print(rnd(sess.run(tf.gradients(y, f)[0])), rnd(sess.run(tf.gradients(s, x)[0])))
    print(rnd(sess.run(tf.gradients(p, x)[0])), rnd(sess.run(gcx)))
