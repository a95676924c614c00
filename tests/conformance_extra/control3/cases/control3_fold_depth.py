# tf.foldl/foldr: nested initializers, multiple elems, names, grads, errors on empty elems without initializer.
from prelude import tf, np, rnd

e = tf.constant([1.0, 2.0, 3.0])
f1 = tf.foldl(lambda a, x: (a[0] + x[0], a[1] * x[1]), (e, tf.constant([2, 3, 4])),
              initializer=(tf.constant(0.0), tf.constant(1)))
f2 = tf.foldr(lambda a, x: a * 2.0 + x, e)
f3 = tf.foldr(lambda a, x: {"a": a["a"] - x}, e, initializer={"a": tf.constant(10.0)})
print(type(f1).__name__, type(f3).__name__, f2.shape)
m = tf.constant([[1.0, 2.0], [3.0, 4.0]])
f4 = tf.foldl(lambda a, x: tf.matmul(a, tf.reshape(x, [2, 1]) * tf.ones([1, 2])), m, initializer=tf.eye(2))
print(f4.shape)
g = tf.gradients(tf.foldl(lambda a, x: a * x, e), e)[0]
gr = tf.gradients(tf.foldr(lambda a, x: a * x + 1.0, e, initializer=tf.constant(1.0)), e)[0]
p = tf.placeholder(tf.float32, [None])
f5 = tf.foldl(lambda a, x: a + x, p)
with tf.Session() as sess:
    print(rnd(sess.run(f1)), rnd(sess.run(f2)), rnd(sess.run(f3)))
    print(rnd(sess.run(f4)), rnd(sess.run(g)), rnd(sess.run(gr)))
    print(rnd(sess.run(f5, {p: [1.0, 5.0]})))
    try:
        print(sess.run(f5, {p: []}))
    except Exception as e_:  # noqa: BLE001
        print("empty", type(e_).__name__)
