# Sequential with tf.keras.Input is built at construction; add() and a named model.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 3], name="x")
m = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(2, name="a"),
                         tf.keras.layers.Dense(1, name="b")], name="net")
print([l.name for l in m.layers], m.built, [w.path for w in m.weights])
print(m.output_shape, m.input_shape, m.count_params())
print(m(x))
m2 = tf.keras.Sequential(name="s2")
m2.add(tf.keras.layers.Dense(2))
print(m2(x), [w.path for w in m2.weights])
print([v.name for v in tf.global_variables()])
