# TensorArray as while_loop variable returning stacked results.
from prelude import tf, np, rnd

n = 5
ta = tf.TensorArray(tf.float32, size=n)
def body(i, ta):
    return i + 1, ta.write(i, tf.cast(i, tf.float32) ** 2)
i, ta_out = tf.while_loop(lambda i, ta: i < n, body, [tf.constant(0), ta])
print(type(ta_out).__name__, ta_out.flow.dtype.name)
s = ta_out.stack()
print(s.shape, s.dtype.name)
x = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
inp = tf.TensorArray(tf.float32, size=3).unstack(x)
out = tf.TensorArray(tf.float32, size=3)
def body2(i, acc, out):
    acc = acc + inp.read(i)
    return i + 1, acc, out.write(i, acc)
_, acc, out2 = tf.while_loop(lambda i, a, o: i < 3, body2, [0, tf.zeros([2]), out])
s2 = out2.stack()
print(s2.shape)
dyn = tf.TensorArray(tf.int32, size=0, dynamic_size=True)
_, d = tf.while_loop(lambda i, t: i < 4, lambda i, t: (i + 1, t.write(i, i * 10)), [0, dyn])
sd = d.stack()
print(sd.shape)
with tf.Session() as sess:
    print(rnd(sess.run(s)), rnd(sess.run(s2)), rnd(sess.run(acc)))
    print(sess.run(sd).tolist(), sess.run(d.size()))
