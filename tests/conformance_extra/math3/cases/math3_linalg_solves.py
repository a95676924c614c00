# cholesky_solve, triangular_solve (lower/upper, adjoint), matrix_solve adjoint, broadcasting, and gradients.
from prelude import tf, np, rnd

a = tf.constant([[4.0, 2.0, 0.6], [2.0, 5.0, 1.0], [0.6, 1.0, 3.0]])
rhs = tf.constant([[1.0, 0.0], [2.0, 1.0], [3.0, -1.0]])
ch = tf.linalg.cholesky(a)
cs = tf.linalg.cholesky_solve(ch, rhs)
lo = tf.constant([[2.0, 0.0, 0.0], [1.0, 3.0, 0.0], [-1.0, 0.5, 4.0]])
outs = [ch, cs, tf.linalg.triangular_solve(lo, rhs), tf.linalg.triangular_solve(lo, rhs, adjoint=True),
        tf.linalg.triangular_solve(tf.transpose(lo), rhs, lower=False),
        tf.linalg.triangular_solve(lo, rhs, lower=False, adjoint=True),
        tf.linalg.solve(a, rhs), tf.linalg.solve(lo, rhs, adjoint=True),
        tf.matrix_triangular_solve(tf.stack([lo, 2.0 * lo]), tf.stack([rhs, rhs])),
        tf.linalg.triangular_solve(tf.stack([lo, lo]), rhs)]
for t in outs:
    print(t.op.type, t.dtype.name, t.shape.as_list())
gs = tf.gradients(tf.reduce_sum(outs[6] * rhs), [a, rhs])
gt = tf.gradients(tf.reduce_sum(outs[2] * rhs), [lo, rhs])
gc = tf.gradients(tf.reduce_sum(ch * tf.constant([[1.0, 0.0, 0.0], [2.0, 1.0, 0.0], [0.0, 1.0, 1.0]])), a)
for label, fn in [("solve shape", lambda: tf.linalg.solve(a, tf.ones([2, 2]))),
                  ("solve nonsquare", lambda: tf.linalg.solve(tf.ones([2, 3]), tf.ones([2, 1]))),
                  ("tri dtype", lambda: tf.linalg.triangular_solve(lo, tf.ones([3, 1], tf.float64)))]:
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__)
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v, 4))
    print(rnd(sess.run(gs + gt + gc), 4))
    try:
        sess.run(tf.linalg.solve(tf.constant([[1.0, 2.0], [2.0, 4.0]]), tf.ones([2, 1])))
        print("no error")
    except Exception as e:
        print(type(e).__name__)
