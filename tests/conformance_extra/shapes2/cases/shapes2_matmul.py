# matmul static shapes: transpose/adjoint flags, batch broadcasting, unknown dims and errors.
from prelude import tf, np, rnd

a = tf.placeholder(tf.float32, [None, 3], name="a")
b = tf.placeholder(tf.float32, [3, None], name="b")
c = tf.placeholder(tf.float32, [4, 3], name="c")
ba = tf.placeholder(tf.float32, [None, 2, 3], name="ba")
bb = tf.placeholder(tf.float32, [5, 1, 3, 4], name="bb")
u = tf.placeholder(tf.float32, None, name="u")
for t in [tf.matmul(a, b), tf.matmul(a, c, transpose_b=True), tf.matmul(c, a, transpose_a=True), tf.matmul(a, c, adjoint_b=True),
          tf.matmul(ba, tf.placeholder(tf.float32, [None, 3, 7])), tf.matmul(ba, bb), tf.matmul(ba, c, transpose_b=True),
          tf.matmul(ba, ba, transpose_b=True), tf.matmul(u, c), tf.matmul(a, u), a @ b, tf.linalg.matmul(bb, bb, transpose_a=True),
          tf.matmul(tf.placeholder(tf.float32, [0, 3]), c, transpose_b=True), tf.matmul(tf.placeholder(tf.int32, [2, 2]), tf.placeholder(tf.int32, [2, 2]))]:
    print(t)
for f in [lambda: tf.matmul(a, c), lambda: tf.matmul(c, tf.placeholder(tf.float32, [3])),
          lambda: tf.matmul(ba, tf.placeholder(tf.float32, [4, 3, 2])), lambda: tf.matmul(a, tf.placeholder(tf.float64, [3, 2])),
          lambda: tf.matmul(tf.placeholder(tf.bool, [2, 2]), tf.placeholder(tf.bool, [2, 2]))]:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
with tf.Session() as sess:
    print(sess.run(tf.shape(tf.matmul(ba, bb)), {ba: np.ones((1, 2, 3)), bb: np.ones((5, 1, 3, 4))}))
    try:
        sess.run(tf.matmul(a, b), {a: np.ones((2, 3)), b: np.ones((2, 2))})
    except Exception as e:
        print("run", type(e).__name__)
