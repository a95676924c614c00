# Sequential called on a placeholder: variable names, output name, layers and weights.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 3], name="x")
m = tf.keras.Sequential([tf.keras.layers.Dense(4, activation="relu"), tf.keras.layers.Dense(1)])
print(m.name, m.built, [l.name for l in m.layers])
y = m(x)
print(y)
print(m.built, [w.name for w in m.weights], [w.path for w in m.weights])
print([v.name for v in tf.global_variables()])
print(m(x))
