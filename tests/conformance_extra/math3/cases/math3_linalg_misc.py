# tf.linalg misc: matrix_transpose, tensor_diag, l2_normalize, normalize, global_norm, pinv, matrix_rank, eye forms.
from prelude import tf, np, rnd

m = tf.constant([[1.0, 2.0], [2.0, 4.0], [0.0, 1.0]])
cases = [("matrix_transpose", lambda: tf.linalg.matrix_transpose(tf.ones([2, 3, 4]))),
         ("transpose conj", lambda: tf.linalg.transpose(m, conjugate=True)),
         ("tensor_diag", lambda: tf.linalg.tensor_diag(tf.constant([[1, 2], [3, 4]]))),
         ("l2_normalize", lambda: tf.linalg.l2_normalize(m, axis=1)),
         ("l2_normalize zero", lambda: tf.math.l2_normalize(tf.zeros([2]), axis=0)),
         ("normalize", lambda: tf.linalg.normalize(m, axis=0)[0]),
         ("normalize norm", lambda: tf.linalg.normalize(m, ord=1)[1]),
         ("global_norm", lambda: tf.linalg.global_norm([m, tf.constant([3.0])])),
         ("pinv", lambda: tf.linalg.pinv(m)),
         ("matrix_rank", lambda: tf.linalg.matrix_rank(m)),
         ("matrix_rank full", lambda: tf.linalg.matrix_rank(tf.eye(3))),
         ("eye", lambda: tf.linalg.eye(2, num_columns=3, batch_shape=[2], dtype=tf.float64)),
         ("matvec", lambda: tf.linalg.matvec(m, tf.constant([1.0, -1.0]))),
         ("matvec adj", lambda: tf.linalg.matvec(m, tf.constant([1.0, 0.0, 1.0]), adjoint_a=True)),
         ("lu", lambda: tf.linalg.lu(tf.constant([[0.0, 1.0], [2.0, 3.0]]))[0]),
         ("lu perm", lambda: tf.linalg.lu(tf.constant([[0.0, 1.0], [2.0, 3.0]]))[1])]
res = []
for label, fn in cases:
    try:
        t = fn()
        res.append((label, t))
        print(label, t.dtype.name, t.shape.as_list())
    except Exception as e:
        print(label, type(e).__name__)
with tf.Session() as sess:
    for (label, _), v in zip(res, sess.run([t for _, t in res])):
        print(label, rnd(v, 4))
