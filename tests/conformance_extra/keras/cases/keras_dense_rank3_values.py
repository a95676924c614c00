# Dense on a rank-3 tensor computes the product along the last axis.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [2, 2, 3])
d = tf.keras.layers.Dense(2, kernel_initializer="ones", bias_initializer=tf.keras.initializers.Constant(0.5))
y = d(x)
print(y.shape, y.dtype.name)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run(y, {x: np.arange(12, dtype=np.float32).reshape(2, 2, 3)})))
