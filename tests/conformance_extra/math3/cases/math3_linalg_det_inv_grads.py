# det/slogdet/logdet/inv with adjoint, float64, empty batches, and their gradients.
from prelude import tf, np, rnd

m = tf.constant([[[3.0, 1.0], [2.0, 4.0]], [[-1.0, 0.5], [2.0, 3.0]]])
spd = tf.constant([[4.0, 1.0], [1.0, 3.0]], tf.float64)
det = tf.linalg.det(m)
sign, lad = tf.linalg.slogdet(m)
ld = tf.linalg.logdet(spd)
inv = tf.linalg.inv(m)
inva = tf.linalg.inv(m, adjoint=True)
emp = tf.linalg.det(tf.zeros([0, 3, 3]))
ei = tf.linalg.inv(tf.zeros([2, 0, 0]))
for t in (det, sign, lad, ld, inv, inva, emp, ei):
    print(t.op.type, t.dtype.name, t.shape.as_list())
gd = tf.gradients(tf.reduce_sum(det), m)[0]
gl = tf.gradients(tf.reduce_sum(lad), m)[0]
gld = tf.gradients(ld, spd)[0]
gi = tf.gradients(tf.reduce_sum(inv * tf.constant([[1.0, 2.0], [3.0, 4.0]])), m)[0]
for label, fn in [("det nonsquare", lambda: tf.linalg.det(tf.ones([2, 3]))), ("det rank1", lambda: tf.linalg.det(tf.ones([3]))),
                  ("det int", lambda: tf.linalg.det(tf.constant([[1, 2], [3, 4]]))),
                  ("slogdet nonsquare", lambda: tf.linalg.slogdet(tf.ones([3, 2])))]:
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__)
with tf.Session() as sess:
    print(rnd(sess.run([det, sign, lad, ld, inv, inva, emp, ei]), 4))
    print(rnd(sess.run([gd, gl, gld, gi]), 4))
    print(rnd(sess.run(tf.linalg.slogdet(tf.constant([[1.0, 2.0], [2.0, 4.0]]))), 4))
