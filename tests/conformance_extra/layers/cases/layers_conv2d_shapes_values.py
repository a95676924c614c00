# tf.layers.conv2d: valid/same padding, strides, dilation, op and variable names, values.
from prelude import tf, np, rnd

img = tf.constant(np.arange(50, dtype=np.float32).reshape(1, 5, 5, 2) / 10.0)
c1 = tf.layers.conv2d(img, 3, 3, kernel_initializer=tf.ones_initializer())
c2 = tf.layers.conv2d(img, 2, (2, 2), strides=2, padding="same",
                      kernel_initializer=tf.constant_initializer(0.5),
                      bias_initializer=tf.constant_initializer(-1.0), activation=tf.nn.relu)
c3 = tf.layers.conv2d(img, 1, [3, 3], dilation_rate=2, use_bias=False,
                      kernel_initializer=tf.ones_initializer(), name="dilated")
c4 = tf.layers.conv2d(img, 4, (1, 3), padding="SAME", kernel_initializer=tf.ones_initializer())
for t in (c1, c2, c3, c4):
    print(t.op.name, t.op.type, t.shape.as_list())
print([(v.name, v.shape.as_list()) for v in tf.global_variables()])
p = tf.placeholder(tf.float32, [None, None, None, 3])
c5 = tf.layers.conv2d(p, 2, 3, strides=(2, 1), padding="same")
print(c5.shape.as_list())
p2 = tf.placeholder(tf.float32, [None, 7, 9, 1])
c6 = tf.layers.conv2d(p2, 2, (3, 2), strides=(2, 3))
print(c6.shape.as_list())
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    r1, r2, r3, r4 = sess.run([c1, c2, c3, c4])
    print(rnd(r1[0, :, :, 0]))
    print(rnd(r2[0, :, :, 1]))
    print(rnd(r3[0, :, :, 0]), rnd(r4[0, 2, :, 3]))
    print(sess.run(c5, {p: np.zeros((2, 5, 4, 3), np.float32)}).shape)
