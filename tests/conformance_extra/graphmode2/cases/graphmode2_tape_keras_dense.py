# GradientTape with a tf.keras Dense layer in graph mode: its trainable weights are watched.
from prelude import tf, np, rnd

layer = tf.keras.layers.Dense(2, kernel_initializer=tf.constant_initializer([[1.0, -1.0], [0.5, 2.0]]),
                              bias_initializer=tf.constant_initializer([0.1, -0.1]))
x = tf.constant([[1.0, 2.0], [3.0, -1.0]])
with tf.GradientTape() as t:
    y = layer(x)
    loss = tf.reduce_sum(tf.square(y))
grads = t.gradient(loss, layer.trainable_variables)
print(len(t.watched_variables()), [g.shape for g in grads])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run([loss] + grads)))
