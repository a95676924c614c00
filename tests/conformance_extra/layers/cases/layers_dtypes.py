# Layers on float64 / float16 inputs take their dtype from the input; integer inputs.
from prelude import tf, np, rnd

x64 = tf.constant([[1.0, 2.0]], tf.float64)
y64 = tf.layers.dense(x64, 2, kernel_initializer=tf.ones_initializer())
print(y64.dtype.name, [v.dtype.base_dtype.name for v in tf.global_variables()])
layer = tf.layers.Dense(1, dtype=tf.float64, kernel_initializer=tf.ones_initializer())
print(layer.dtype)
y2 = layer(tf.constant([[1.0, 3.0]], tf.float64))
print(layer.dtype, y2.dtype.name, layer.kernel.dtype.base_dtype.name)
c64 = tf.layers.conv2d(tf.ones([1, 3, 3, 1], tf.float64), 1, 2,
                       kernel_initializer=tf.ones_initializer())
print(c64.dtype.name)
bn = tf.layers.batch_normalization(tf.ones([2, 3], tf.float64), training=True)
print(bn.dtype.name, [v.dtype.base_dtype.name for v in tf.global_variables()][-4:])
f = tf.layers.flatten(tf.ones([2, 2, 2], tf.int32))
print(f.dtype.name, f.shape.as_list())
m = tf.layers.max_pooling2d(tf.ones([1, 2, 2, 1], tf.float64), 2, 2)
print(m.dtype.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([y64, y2, c64, bn])))
