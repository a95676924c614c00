# tf.layers.Conv2D objects and conv2d in reused scopes: shared kernels, names, trainable
# weights, kernel_regularizer collection, channels_first static shapes.
from prelude import tf, np, rnd

conv = tf.layers.Conv2D(2, 3, padding="same", kernel_initializer=tf.constant_initializer(0.1),
                        kernel_regularizer=lambda w: tf.reduce_sum(w))
a = tf.constant(np.ones((1, 4, 4, 1), np.float32))
b = tf.constant(np.full((2, 4, 4, 1), 2.0, np.float32))
ya, yb = conv(a), conv(b)
print(conv.name, ya.op.name, yb.op.name, ya.shape.as_list(), yb.shape.as_list())
print([v.name for v in conv.trainable_weights], len(tf.global_variables()))
print(len(tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)))
print(conv.filters, conv.kernel_size, conv.strides, conv.padding, conv.data_format)
for i in range(2):
    with tf.variable_scope("tower", reuse=i > 0):
        t = tf.layers.conv2d(a, 1, 2, name="c", kernel_initializer=tf.ones_initializer())
    print(t.op.name)
cf = tf.layers.conv2d(tf.placeholder(tf.float32, [None, 3, 8, 6]), 5, (3, 2), strides=2,
                      data_format="channels_first", name="cf")
print(cf.shape.as_list())
print([(v.name, v.shape.as_list()) for v in tf.global_variables()])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    ra, rb, rt = sess.run([ya, yb, t])
    print(rnd(ra[0, :, :, 0]), rnd(rb[1, 0, :, 1]), rnd(rt[0, :, :, 0]))
    print(rnd(sess.run(tf.losses.get_regularization_loss())))
