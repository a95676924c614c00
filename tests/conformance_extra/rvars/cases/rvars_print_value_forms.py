# Printing forms: str()/repr() of default variables, update results, read tensors and scatter results.
from prelude import tf, np, rnd

v = tf.Variable([[1.0, 2.0]], name="v")
i = tf.get_variable("i", [3], dtype=tf.int32)
with tf.variable_scope("sc"):
    s = tf.get_variable("s", [], dtype=tf.string, initializer=tf.constant_initializer("x"))
print(v)
print(repr(i))
print(str(s))
print(v.assign([[3.0, 4.0]]))
print(v.assign_add([[1.0, 1.0]], read_value=False))
print(v.read_value())
print(v.value())
print(i.scatter_update(tf.IndexedSlices(tf.constant([1]), tf.constant([0]))))
print(v.handle)
print(v.initializer.type, v.initializer.name)
print(i.initial_value)
