# matrix_band_part, matrix_diag, matrix_set_diag, matrix_diag_part, diag/diag_part, eye.
from prelude import tf, np, rnd

m = tf.constant(np.arange(1, 17, dtype=np.float32).reshape(4, 4))
b = tf.constant(np.arange(24).reshape(2, 3, 4))
outs = [tf.matrix_band_part(m, 1, -1), tf.matrix_band_part(m, 0, 0), tf.linalg.band_part(b, -1, 0),
        tf.matrix_band_part(m, 2, 1), tf.matrix_diag([[1, 2], [3, 4]]), tf.matrix_diag_part(b),
        tf.matrix_set_diag(b, [[0, 0, 0], [-1, -1, -1]]), tf.diag([1.0, 2.0]), tf.diag_part(m),
        tf.linalg.diag_part(m, k=1), tf.linalg.diag([1, 2], k=1), tf.linalg.diag([[1, 2]], k=-1, num_rows=3),
        tf.linalg.set_diag(tf.zeros([2, 3], tf.int32), [7, 8], k=1),
        tf.eye(2, 3), tf.eye(2, batch_shape=[2], dtype=tf.int32), tf.linalg.tensor_diag_part(tf.ones([2, 2]))]
for t in outs:
    print(t.op.type, t.dtype.name, t.shape.as_list(), t.op.name)
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v))
try:
    tf.matrix_diag_part(tf.constant([1, 2]))
except Exception as e:
    print(type(e).__name__)
