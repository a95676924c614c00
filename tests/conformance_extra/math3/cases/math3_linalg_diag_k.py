# matrix_diag/diag_part/set_diag with k ranges, num_rows/cols, padding_value, align; trace; band_part with tensors.
from prelude import tf, np, rnd

m = tf.constant(np.arange(1, 13, dtype=np.float32).reshape(3, 4))
outs = [tf.linalg.diag_part(m, k=(-1, 1)), tf.linalg.diag_part(m, k=(0, 2), padding_value=-1),
        tf.linalg.diag_part(m, k=(-1, 1), align="LEFT_RIGHT"), tf.linalg.diag_part(m, k=-2),
        tf.linalg.diag([[1.0, 2.0], [3.0, 4.0]], k=(0, 1)), tf.linalg.diag([1, 2, 3], num_rows=3, num_cols=5, padding_value=9),
        tf.linalg.diag([[1, 2], [3, 0]], k=(-1, 0), align="RIGHT_RIGHT"),
        tf.linalg.set_diag(tf.zeros([3, 4]), [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], k=(0, 1)),
        tf.linalg.set_diag(tf.zeros([2, 3, 3], tf.int32), [[1, 2], [3, 4]], k=-1),
        tf.linalg.trace(m), tf.linalg.trace(tf.ones([2, 3, 3], tf.int32)),
        tf.linalg.band_part(m, tf.constant(0, tf.int64), tf.constant(1, tf.int64)), tf.linalg.diag_part(tf.zeros([2, 0, 3]))]
for t in outs:
    print(t.op.type, t.dtype.name, t.shape.as_list())
gd = tf.gradients(tf.reduce_sum(outs[0] * tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]])), m)[0]
gt = tf.gradients(outs[9], m)[0]
gb = tf.gradients(tf.reduce_sum(outs[11]), m)[0]
for label, fn in [("diag_part k bad", lambda: tf.linalg.diag_part(m, k=(2, 0))),
                  ("trace rank1", lambda: tf.linalg.trace(tf.ones([3]))),
                  ("set_diag shape", lambda: tf.linalg.set_diag(tf.zeros([3, 3]), [1.0, 2.0]))]:
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__)
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v))
    print(rnd(sess.run([gd, gt, gb])))
    try:
        sess.run(tf.linalg.diag_part(m, k=(2, 0)))
        print("no error")
    except Exception as e:
        print(type(e).__name__)
