# Feeding intermediate tensors, constants, variables' values and a
# tensor that is also fetched; the fed value is returned as given.
from prelude import tf, np, rnd

a = tf.constant([1.0, 2.0], name="a")
b = tf.square(a, name="b")
c = tf.reduce_sum(b, name="c")
v = tf.Variable([5.0, 6.0], name="v")
rv = v.read_value()
d = rv * 2.0
with tf.Session() as sess:
    sess.run(v.initializer)
    print(rnd(sess.run(c, {b: [10.0, 20.0]})))
    print(rnd(sess.run([b, c], {b: [1.0, 1.0]})))
    print(rnd(sess.run([a, c], {a: [3.0, 4.0]})))
    r = sess.run(b, {b: [7, 8]})
    print(rnd(r), r.dtype.name)
    print(rnd(sess.run(d, {rv: [0.5, 0.5]})))
    print(rnd(sess.run(d)))
    r = sess.run(c, {c: 3})
    print(rnd(r), type(r).__name__, r.dtype.name)
    print(rnd(sess.run(c, {"b:0": [2.0, 2.0], b: [3.0, 3.0]})))
    z = tf.placeholder(tf.float32, shape=[2])
    print(rnd(sess.run(z + a, {z: [1, 1], a: [0, 0]})))
