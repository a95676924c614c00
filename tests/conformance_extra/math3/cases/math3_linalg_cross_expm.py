# tf.linalg.cross, expm, logm, adjoint, matmul with adjoint flags, and the gradient of cross.
from prelude import tf, np, rnd

a = tf.constant([[1.0, 0.0, 0.0], [1.0, 2.0, 3.0]])
b = tf.constant([[0.0, 1.0, 0.0], [-1.0, 0.5, 2.0]])
cr = tf.linalg.cross(a, b)
cr2 = tf.cross(tf.constant([1, 2, 3]), tf.constant([4, 5, 6]))
ex = tf.linalg.expm(tf.constant([[0.0, 1.0], [-1.0, 0.0]]))
ex2 = tf.linalg.expm(tf.constant([[[1.0, 0.0], [0.0, 2.0]], [[0.0, 0.0], [0.0, 0.0]]], tf.float64))
adj = tf.linalg.adjoint(tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]))
mm = tf.linalg.matmul(a, b, adjoint_b=True)
lm = tf.linalg.logm(tf.constant([[1.0 + 0j, 0.0], [0.0, 2.0]], tf.complex64)) if hasattr(tf.linalg, "logm") else None
for t in (cr, cr2, ex, ex2, adj, mm):
    print(t.op.type, t.dtype.name, t.shape.as_list())
gc = tf.gradients(tf.reduce_sum(cr * tf.constant([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])), [a, b])
for label, fn in [("cross bad", lambda: tf.linalg.cross(tf.ones([2]), tf.ones([2]))),
                  ("cross shapes", lambda: tf.linalg.cross(tf.ones([2, 3]), tf.ones([3, 3]))),
                  ("expm nonsquare", lambda: tf.linalg.expm(tf.ones([2, 3])))]:
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__)
with tf.Session() as sess:
    print(rnd(sess.run([cr, cr2, ex, ex2, adj, mm]), 4))
    print(rnd(sess.run(gc), 4))
    if lm is not None:
        print(rnd(np.real(sess.run(lm)), 4))
