# A Sequential with Dropout and BatchNormalization called with training=True/False.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 4], name="x")
m = tf.keras.Sequential([tf.keras.layers.Dense(3, kernel_initializer="ones"),
                         tf.keras.layers.BatchNormalization(), tf.keras.layers.Dropout(0.5)])
a = m(x, training=False)
b = m(x)
print(a, b)
print([w.path for w in m.weights])
print(len(m.trainable_weights), len(m.non_trainable_weights))
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    xs = np.array([[1., 2., 3., 4.], [0., 0., 0., 1.]], np.float32)
    print(rnd(s.run(a, {x: xs}), 4))
