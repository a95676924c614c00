# piecewise_constant: int / float boundaries, boundary points, dtypes and errors.
from prelude import tf, np, rnd

x = tf.placeholder(tf.int32, [], name="x")
x64 = tf.placeholder(tf.int64, [], name="x64")
xf = tf.placeholder(tf.float32, [], name="xf")
a = tf.train.piecewise_constant(x, [10, 20], [1.0, 0.5, 0.1])
b = tf.train.piecewise_constant(x64, [5], [3, 7])
c = tf.train.piecewise_constant(xf, [0.5, 1.5, 2.5], [0.4, 0.3, 0.2, 0.1])
d = tf.train.piecewise_constant(x, [3], [0.7, 0.8])
print(a.dtype.name, b.dtype.name, c.dtype.name, d.dtype.name)
with tf.Session() as sess:
    for s in [0, 5, 9, 10, 11, 20, 21, 100]:
        print(s, rnd(sess.run([a, b, c, d], feed_dict={x: s, x64: s, xf: s / 4.0})))
for args in [([10, 20], [1.0, 0.5]), ([10], [1.0, 0.5, 0.1]), ([10.0], [1.0, 0.5]),
             ([10], [1.0, 2])]:
    try:
        tf.train.piecewise_constant(x, *args)
        print(args, "no error")
    except Exception as e:
        print(args, type(e).__name__)
try:
    r = tf.train.piecewise_constant(x64, [10, 20], [1.0, 0.5, 0.1])
    with tf.Session() as sess:
        print("int64 vs int", rnd(sess.run(r, {x64: 15})))
except Exception as e:
    print("int64 vs int", type(e).__name__)
