# conv2d / pooling static shapes with None batch and spatial dims, SAME/VALID, strides, NCHW.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 28, 28, 3], name="x")
xs = tf.placeholder(tf.float32, [None, None, None, 3], name="xs")
w = tf.get_variable("w", [5, 5, 3, 8])
x7 = tf.placeholder(tf.float32, [2, 7, 9, 3], name="x7")
for f in [lambda: tf.nn.conv2d(x, w, [1, 1, 1, 1], "SAME"), lambda: tf.nn.conv2d(x, w, [1, 2, 2, 1], "VALID"), lambda: tf.nn.conv2d(xs, w, [1, 2, 2, 1], "SAME"),
          lambda: tf.nn.conv2d(x7, w, [1, 2, 3, 1], "SAME"), lambda: tf.nn.conv2d(x7, w, [1, 2, 3, 1], "VALID"),
          lambda: tf.nn.conv2d(x7, w, 1, "VALID", dilations=[1, 2, 1, 1]), lambda: tf.nn.conv2d(x7, w, 1, [[0, 0], [1, 1], [2, 2], [0, 0]]),
          lambda: tf.nn.max_pool(x, [1, 2, 2, 1], [1, 2, 2, 1], "VALID"), lambda: tf.nn.max_pool(x7, [1, 3, 3, 1], [1, 2, 2, 1], "SAME"),
          lambda: tf.nn.avg_pool(xs, [1, 2, 2, 1], [1, 2, 2, 1], "SAME"), lambda: tf.nn.avg_pool(x7, [1, 3, 3, 1], [1, 1, 1, 1], "VALID"),
          lambda: tf.nn.max_pool2d(x7, 2, 2, "VALID"), lambda: tf.nn.depthwise_conv2d(x7, tf.ones([3, 3, 3, 2]), [1, 1, 1, 1], "SAME"),
          lambda: tf.nn.conv2d_transpose(x7, tf.ones([3, 3, 4, 3]), [2, 14, 18, 4], [1, 2, 2, 1], "SAME"),
          lambda: tf.nn.bias_add(xs, tf.ones([3])), lambda: tf.nn.conv2d(x7, w, 2, "SAME", data_format="NHWC")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
for f in [lambda: tf.nn.conv2d(x, tf.ones([5, 5, 4, 8]), [1, 1, 1, 1], "SAME"),
          lambda: tf.nn.conv2d(x7, w, [1, 1, 1, 1], "VALID"),
          lambda: tf.nn.conv2d(tf.placeholder(tf.float32, [2, 7, 9]), w, [1, 1, 1, 1], "SAME"),
          lambda: tf.nn.max_pool(x7, [1, 8, 8, 1], [1, 1, 1, 1], "VALID")]:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(tf.shape(tf.nn.conv2d(xs, w, [1, 2, 2, 1], "SAME")), {xs: np.ones((1, 9, 10, 3))}))
    print(sess.run(tf.shape(tf.nn.max_pool(xs, [1, 2, 2, 1], [1, 2, 2, 1], "VALID")), {xs: np.ones((1, 9, 10, 3))}))
