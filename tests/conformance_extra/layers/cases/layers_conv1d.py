# tf.layers.conv1d and Conv1D objects: shapes, kernel shapes, names and values.
from prelude import tf, np, rnd

x = tf.constant(np.arange(24, dtype=np.float32).reshape(2, 6, 2) / 10.0)
y = tf.layers.conv1d(x, 3, 2, kernel_initializer=tf.ones_initializer(),
                     bias_initializer=tf.constant_initializer(0.5))
z = tf.layers.conv1d(x, 1, 3, strides=2, padding="same",
                     kernel_initializer=tf.constant_initializer(0.1))
layer = tf.layers.Conv1D(2, 3, dilation_rate=2, activation=tf.nn.relu,
                         kernel_initializer=tf.constant_initializer(-0.1),
                         bias_initializer=tf.constant_initializer(1.0))
w = layer(x)
print(y.shape.as_list(), z.shape.as_list(), w.shape.as_list())
print(layer.name, layer.kernel_size, layer.strides, layer.dilation_rate, layer.padding)
print([(v.name, v.shape.as_list()) for v in tf.global_variables()])
p = tf.placeholder(tf.float32, [None, None, 2])
print(tf.layers.conv1d(p, 4, 3, name="dyn").shape.as_list())
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    a, b, c = sess.run([y, z, w])
    print(rnd(a[1, :, 0]))
    print(rnd(b[:, :, 0]))
    print(rnd(c[0]))
