# A Keras Dense layer trained with a tf.train optimizer in a session.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 2])
t = tf.placeholder(tf.float32, [None, 1])
layer = tf.keras.layers.Dense(1, kernel_initializer="zeros")
y = layer(x)
loss = tf.reduce_mean(tf.keras.losses.MSE(t, y))
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
print(loss, train.type)
print([v.name for v in tf.global_variables()])
xs = np.array([[1., 2.], [2., 1.], [0., 1.]], np.float32)
ts = np.array([[3.], [3.], [1.]], np.float32)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    for i in range(50):
        _, l = s.run([train, loss], {x: xs, t: ts})
    print(rnd(l, 4))
    print(rnd(s.run(layer.kernel.value), 3), rnd(s.run(layer.bias.value), 3))
