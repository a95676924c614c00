# Static shapes of nn helpers with None batch: bias_add NCHW, batch_normalization, softmax axis, lrn, pool3d.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 3, 5, 5], name="x")
y = tf.placeholder(tf.float32, [None, 4], name="y")
v = tf.placeholder(tf.float32, [None, 4, 4, 4, 2], name="v")
for f in [lambda: tf.nn.bias_add(x, tf.ones([3]), data_format="NCHW"), lambda: tf.nn.batch_normalization(y, 0.0, 1.0, None, None, 1e-3),
          lambda: tf.nn.softmax(x, axis=1), lambda: tf.nn.local_response_normalization(tf.transpose(x, [0, 2, 3, 1])),
          lambda: tf.nn.max_pool3d(v, [1, 2, 2, 2, 1], [1, 2, 2, 2, 1], "VALID"), lambda: tf.nn.conv3d(v, tf.ones([3, 3, 3, 2, 5]), [1, 1, 1, 1, 1], "SAME"),
          lambda: tf.nn.conv1d(tf.placeholder(tf.float32, [None, 10, 3]), tf.ones([3, 3, 6]), 2, "VALID"),
          lambda: tf.nn.avg_pool(x, [1, 1, 2, 2], [1, 1, 2, 2], "VALID", data_format="NCHW"),
          lambda: tf.nn.conv2d(x, tf.ones([3, 3, 3, 2]), [1, 1, 2, 2], "SAME", data_format="NCHW"),
          lambda: tf.nn.fused_batch_norm(tf.transpose(x, [0, 2, 3, 1]), tf.ones([3]), tf.zeros([3]))[0],
          lambda: tf.nn.relu6(y), lambda: tf.nn.leaky_relu(y), lambda: tf.nn.elu(y), lambda: tf.nn.log_poisson_loss(y, y),
          lambda: tf.nn.softmax(y, axis=2)]:
    try:
        t = f()
        print(t.shape, t.dtype.name)
    except Exception as e:
        print(type(e).__name__)
u = tf.placeholder(tf.float32, None, name="u")
for f in [lambda: tf.nn.conv2d(u, tf.ones([3, 3, 2, 4]), 1, "SAME"), lambda: tf.nn.conv2d(u, tf.ones([3, 3, 2, 4]), 1, "SAME", data_format="NCHW"),
          lambda: tf.nn.depthwise_conv2d(u, tf.ones([3, 3, 2, 2]), [1, 1, 1, 1], "SAME"), lambda: tf.nn.conv3d(u, tf.ones([3, 3, 3, 2, 4]), [1] * 5, "SAME"),
          lambda: tf.nn.lrn(u), lambda: tf.nn.fused_batch_norm(u, tf.ones([3]), tf.zeros([3]))[0],
          lambda: tf.nn.fused_batch_norm(tf.placeholder(tf.float32, [None, 2, 2, None]), tf.ones([3]), tf.zeros([3]))[0],
          lambda: tf.nn.fused_batch_norm(u, tf.ones([3]), tf.zeros([3]), data_format="NCHW")[0]]:
    try:
        t = f()
        print(t.shape, t.dtype.name)
    except Exception as e:
        print(type(e).__name__)
