# while_loop with a Python list of loop vars, constants, return_same_structure, names and shapes.
from prelude import tf, np, rnd

r1 = tf.while_loop(lambda i: i < 3, lambda i: [i + 1], [tf.constant(0)])
print(type(r1).__name__)
r2 = tf.while_loop(lambda i: i < 3, lambda i: [i + 1], [tf.constant(0)], return_same_structure=True)
print(type(r2).__name__, len(r2))
r3 = tf.while_loop(lambda i, j: i < 3, lambda i, j: (i + 1, j), (tf.constant(0), tf.constant(5)))
print(type(r3).__name__)
r4 = tf.while_loop(lambda i: i < 3.5, lambda i: i + 1.0, (tf.constant(0.0),))
print(type(r4).__name__)
r5 = tf.while_loop(lambda i: i < 3, lambda i: i + 1, [tf.constant(0)], name="loopy")
r6 = tf.while_loop(lambda i: i < 3, lambda i: i + 1, [tf.constant(0)], name="loopy")
print(r5.name, r6.name)
big = tf.while_loop(lambda i, s: i < 1000, lambda i, s: (i + 1, s + tf.cast(i, tf.int64)),
                    [tf.constant(0), tf.constant(0, tf.int64)])
print(big[1].dtype.name)
sp = tf.placeholder(tf.int32, [None, None])
mat = tf.while_loop(lambda i, m: i < 2, lambda i, m: (i + 1, m * 2), [0, sp])
print(mat[1].shape.as_list())
with tf.Session() as sess:
    print(sess.run(r1), sess.run(r2), sess.run(r3), rnd(sess.run(r4)))
    print(sess.run(r5), sess.run(big))
    print(sess.run(mat[1], {sp: [[1, 2, 3]]}).tolist())
