# Functional tf.keras.Model(Input, outputs) called on a placeholder.
from prelude import tf, np, rnd

inp = tf.keras.Input(shape=(3,), name="inp")
print(inp)
h = tf.keras.layers.Dense(4, activation="relu", kernel_initializer="ones", name="h")(inp)
print(h)
out = tf.keras.layers.Dense(1, kernel_initializer="ones", name="out")(h)
model = tf.keras.Model(inp, out)
print([l.name for l in model.layers], [w.path for w in model.weights])
x = tf.placeholder(tf.float32, [None, 3])
y = model(x)
print(y.shape, y.dtype.name)
print([v.name for v in tf.global_variables()])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run(y, {x: [[1., -2., 3.], [-1., -1., -1.]]})))
