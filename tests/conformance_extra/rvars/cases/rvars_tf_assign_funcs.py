# tf.assign / tf.assign_add / tf.assign_sub on default variables: result names and values.
from prelude import tf, np, rnd

v = tf.Variable([1, 2, 3], name="v")
a = tf.assign(v, [4, 5, 6])
b = tf.assign_add(v, [1, 1, 1], name="aa")
c = tf.assign_sub(v, [2, 2, 2])
for r in [a, b, c]:
    print(type(r).__name__, r.name, r.op.type, r.dtype.name, r.shape)
with tf.Session() as sess:
    sess.run(v.initializer)
    print(sess.run(a), sess.run(b), sess.run(c), sess.run(v))
    print(sess.run([a, v]))
