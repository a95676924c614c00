# tf.keras.layers.Dense in graph mode: output/variable names, collections, second call scope.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 3], name="x")
d = tf.keras.layers.Dense(2, activation="relu", name="fc")
print(d.name, d.built, d.units)
y = d(x)
print(y, d.built)
print(d.weights)
print([v.name for v in tf.global_variables()], [v.name for v in tf.trainable_variables()])
print(d.kernel.name, d.kernel.path, d.kernel.dtype, d.kernel.shape)
print(d.kernel.value)
print(d(x))
print(tf.get_collection(tf.GraphKeys.UPDATE_OPS))
