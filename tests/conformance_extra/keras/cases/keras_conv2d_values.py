# Conv2D with constant kernels computes sums over windows.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [1, 4, 4, 1])
c = tf.keras.layers.Conv2D(1, 2, kernel_initializer="ones", bias_initializer=tf.keras.initializers.Constant(1.0))
y = c(x)
p = tf.keras.layers.MaxPooling2D()(y)
a = tf.keras.layers.AveragePooling2D(pool_size=2, strides=1, padding="same")(x)
print(y.shape, p.shape, a.shape)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    v = np.arange(16, dtype=np.float32).reshape(1, 4, 4, 1)
    yv, pv, av = s.run([y, p, a], {x: v})
    print(rnd(yv[0, :, :, 0]), rnd(pv[0, :, :, 0]), rnd(av[0, :, :, 0]))
