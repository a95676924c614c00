# space_to_depth / depth_to_space: block sizes, NCHW static shape, unknown dims, divisibility errors, gradients.
from prelude import tf, np, rnd

x = tf.constant(np.arange(1 * 4 * 6 * 2, dtype=np.float32).reshape(1, 4, 6, 2))
s = tf.nn.space_to_depth(x, 2, name="s2d")
d = tf.nn.depth_to_space(s, 2)
print(s.op.type, s.name, s.shape.as_list(), d.shape.as_list())
ph = tf.placeholder(tf.float32, [None, None, 6, 8])
print(tf.nn.space_to_depth(ph, 2).shape.as_list(), tf.nn.depth_to_space(ph, 2).shape.as_list())
for f in [lambda: tf.nn.space_to_depth(x, 4), lambda: tf.nn.depth_to_space(x, 2),
          lambda: tf.nn.space_to_depth(x, 1), lambda: tf.nn.space_to_depth(tf.ones([4, 4]), 2)]:
    try:
        print(f().shape.as_list())
    except Exception as e:
        print(type(e).__name__)
g = tf.gradients(tf.reduce_sum(s * tf.range(8.0)), x)[0]
with tf.Session() as sess:
    rs, rd = sess.run([s, d])
    print(rs[0, 1].tolist())
    print(np.array_equal(rd, sess.run(x)))
    print(rnd(sess.run(g)[0, :, :, 1]))
with tf.Graph().as_default():
    sn = tf.nn.space_to_depth(tf.ones([1, 2, 4, 6]), 2, data_format="NCHW")
    print(sn.shape.as_list())
