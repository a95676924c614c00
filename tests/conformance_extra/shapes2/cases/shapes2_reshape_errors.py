# tf.reshape errors: impossible static reshapes fail at build time, dynamic ones at run time.
from prelude import tf, np, rnd

b = tf.placeholder(tf.float32, [2, 6], name="b")
a = tf.placeholder(tf.float32, [None, 3], name="a")
z = tf.placeholder(tf.float32, [0, 4], name="z")
for shp in [[5], [-1, 5], [-1, -1], [2, -2], [0, -1], [7, 2]]:
    try:
        t = tf.reshape(b, shp)
        print("ok", shp, t.shape)
    except Exception as e:
        print(shp, type(e).__name__)
for shp in [[-1, 2], [4, 4], [-1, -1], [0, -1]]:
    try:
        t = tf.reshape(a, shp)
        print("ok a", shp, t.shape)
    except Exception as e:
        print("a", shp, type(e).__name__)
for shp in [[-1], [3, -1], [-1, 0]]:
    try:
        t = tf.reshape(z, shp)
        print("ok z", shp, t.shape)
    except Exception as e:
        print("z", shp, type(e).__name__)
try:
    tf.reshape(b, [[2, 6]])
except Exception as e:
    print("rank2 shape", type(e).__name__)
try:
    tf.reshape(b, [2.0, 6.0])
except Exception as e:
    print("float shape", type(e).__name__)
p = tf.placeholder(tf.int32, [None])
with tf.Session() as sess:
    for shp in [[4, 4], [-1, 4], [-1, -1]]:
        try:
            sess.run(tf.reshape(a, shp), {a: np.ones((2, 3))})
        except Exception as e:
            print("run", shp, type(e).__name__)
    try:
        sess.run(tf.reshape(b, p), {b: np.ones((2, 6)), p: [5, 5]})
    except Exception as e:
        print("run p", type(e).__name__)
    print(sess.run(tf.reshape(b, p), {b: np.ones((2, 6)), p: [3, 4]}).shape)
for f in [lambda: tf.reshape(b, -1), lambda: tf.reshape(tf.zeros([1]), tf.constant(1)), lambda: tf.reshape(tf.zeros([1]), []),
          lambda: tf.reshape(tf.placeholder(tf.float32, [None, 0]), [-1, 5]), lambda: tf.reshape(tf.placeholder(tf.float32, [None, 0]), [3, 5]),
          lambda: tf.reshape(tf.placeholder(tf.float32, [None, 4]), [8, 2]), lambda: tf.reshape(tf.placeholder(tf.float32, [None, 4]), [6, -1])]:
    try:
        print("ok", f().shape)
    except Exception as e:
        print(type(e).__name__)
