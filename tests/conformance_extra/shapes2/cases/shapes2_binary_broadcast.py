# Static shapes of elementwise binary ops broadcasting partially known and unknown shapes.
from prelude import tf, np, rnd

a = tf.placeholder(tf.float32, [None, 3], name="a")
b = tf.placeholder(tf.float32, [2, None, None], name="b")
u = tf.placeholder(tf.float32, None, name="u")
s = tf.placeholder(tf.float32, [], name="s")
one = tf.placeholder(tf.float32, [None, 1], name="one")
z = tf.placeholder(tf.float32, [0, 3], name="z")
c1 = tf.placeholder(tf.float32, [1, None], name="c1")
for t in [a + b, a * s, a - u, u + s, one + a, a / one, c1 + a, z + a, z * one,
          tf.maximum(a, b), tf.pow(b, one), tf.squared_difference(c1, one), a > b, tf.equal(a, one),
          tf.logical_and(a > 0, c1 > 0), tf.add_n([a, a, a]), tf.atan2(b, a)]:
    print(t, t.shape.ndims)
try:
    tf.placeholder(tf.float32, [2, 3]) + tf.placeholder(tf.float32, [4, 3])
except Exception as e:
    print("static", type(e).__name__)
try:
    tf.placeholder(tf.float32, [None, 3]) * tf.placeholder(tf.float32, [None, 4])
except Exception as e:
    print("static2", type(e).__name__)
x = a + one
with tf.Session() as sess:
    print(sess.run(tf.shape(x), {a: np.ones((2, 3)), one: np.ones((2, 1))}))
    try:
        sess.run(x, {a: np.ones((2, 3)), one: np.ones((3, 1))})
    except Exception as e:
        print("run", type(e).__name__)
