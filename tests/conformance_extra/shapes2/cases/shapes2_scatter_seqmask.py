# scatter_nd, sequence_mask, meshgrid, diag and matrix_band_part static shapes.
from prelude import tf, np, rnd

ln = tf.placeholder(tf.int32, [None], name="ln")
mx = tf.placeholder(tf.int32, [], name="mx")
sh = tf.placeholder(tf.int32, [2], name="sh")
for t in [tf.scatter_nd(tf.constant([[0], [2]]), tf.constant([1.0, 2.0]), [4]), tf.scatter_nd(tf.placeholder(tf.int32, [None, 1]), tf.placeholder(tf.float32, [None, 3]), sh),
          tf.scatter_nd(tf.constant([[1]]), tf.constant([[1, 2]]), tf.constant([3, 2])), tf.sequence_mask(ln), tf.sequence_mask(ln, 5),
          tf.sequence_mask(ln, mx, dtype=tf.float32), tf.sequence_mask(tf.constant([[1, 2]]), 3), tf.meshgrid(tf.range(3), tf.range(4))[0],
          tf.meshgrid(tf.range(3), tf.placeholder(tf.int32, [None]), indexing="ij")[1], tf.linalg.diag(tf.placeholder(tf.float32, [None, 3])),
          tf.linalg.diag_part(tf.placeholder(tf.float32, [2, 3, 4])), tf.matrix_band_part(tf.placeholder(tf.float32, [None, 3, 3]), 0, -1),
          tf.eye(3), tf.eye(2, 4, batch_shape=[5]), tf.eye(mx), tf.linalg.set_diag(tf.zeros([2, 3, 3]), tf.ones([2, 3])), tf.diag(tf.ones([3]))]:
    print(t)
with tf.Session() as sess:
    print(sess.run(tf.sequence_mask(ln), {ln: [1, 3]}).tolist())
    print(sess.run(tf.shape(tf.eye(mx)), {mx: 2}).tolist())
    try:
        sess.run(tf.scatter_nd(tf.constant([[5]]), tf.constant([1.0]), [4]))
    except Exception as e:
        print("run", type(e).__name__)
