# transpose static shapes: default perm, constant perm, tensor perm, unknown rank and bad perms.
from prelude import tf, np, rnd

a = tf.placeholder(tf.float32, [None, 3, 4], name="a")
u = tf.placeholder(tf.float32, None, name="u")
pm = tf.placeholder(tf.int32, [3], name="pm")
for t in [tf.transpose(a), tf.transpose(a, [0, 2, 1]), tf.transpose(a, pm), tf.transpose(u), tf.transpose(u, [1, 0]),
          tf.transpose(a, tf.constant([2, 0, 1])), tf.transpose(tf.constant(1.0)), tf.transpose(a, tf.placeholder(tf.int32, [None])),
          tf.matrix_transpose(a), tf.linalg.matrix_transpose(u), tf.transpose(a, np.array([1, 0, 2], np.int64)),
          tf.transpose(tf.placeholder(tf.float32, [0, 2]))]:
    print(t)
for perm in [[0, 1], [0, 1, 1], [0, 1, 3], [0, -1, 1]]:
    try:
        print("ok", tf.transpose(a, perm))
    except Exception as e:
        print(perm, type(e).__name__)
with tf.Session() as sess:
    print(sess.run(tf.shape(tf.transpose(a, pm)), {a: np.ones((2, 3, 4)), pm: [1, 2, 0]}))
    print(sess.run(tf.shape(tf.transpose(u)), {u: np.ones((2, 3, 4, 5))}))
    try:
        sess.run(tf.transpose(a, pm), {a: np.ones((2, 3, 4)), pm: [0, 0, 1]})
    except Exception as e:
        print("run", type(e).__name__)
