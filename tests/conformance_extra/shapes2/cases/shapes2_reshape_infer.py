# tf.reshape static shapes: -1 inference with known and unknown inputs, zero sizes, scalars.
from prelude import tf, np, rnd

a = tf.placeholder(tf.float32, [None, 3, 4], name="a")
b = tf.placeholder(tf.float32, [2, 6], name="b")
u = tf.placeholder(tf.float32, None, name="u")
z = tf.placeholder(tf.float32, [0, 4], name="z")
s = tf.placeholder(tf.float32, [], name="s")
for t in [tf.reshape(a, [-1, 12]), tf.reshape(a, [-1]), tf.reshape(a, [6, -1]), tf.reshape(b, [-1]),
          tf.reshape(b, [3, -1]), tf.reshape(b, [4, 3]), tf.reshape(u, [-1, 2]), tf.reshape(u, []),
          tf.reshape(s, [1, 1]), tf.reshape(b, [1, -1, 1]), tf.reshape(z, [-1, 2]), tf.reshape(z, [0, -1]),
          tf.reshape(a, [2, 2, -1]), tf.reshape(b, (2, 2, 3)), tf.reshape(b, np.array([12], np.int64))]:
    print(t)
with tf.Session() as sess:
    print(sess.run(tf.shape(tf.reshape(z, [0, -1])), {z: np.zeros((0, 4))}))
    print(sess.run(tf.shape(tf.reshape(a, [-1, 2])), {a: np.zeros((2, 3, 4))}))
