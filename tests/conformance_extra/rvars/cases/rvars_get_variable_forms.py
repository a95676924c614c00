# get_variable creation forms: initializers, dtypes, python-value initializers, trainable, collections.
from prelude import tf, np, rnd

a = tf.get_variable("a", [2], initializer=tf.constant_initializer(3.0))
b = tf.get_variable("b", [2], dtype=tf.int32, initializer=tf.zeros_initializer())
c = tf.get_variable("c", initializer=[1, 2, 3])
d = tf.get_variable("d", initializer=np.array([1.5, 2.5]))
e = tf.get_variable("e", [3], dtype=tf.float64)
f = tf.get_variable("f", [2, 2], initializer=tf.random_uniform_initializer(seed=3))
g = tf.get_variable("g", [], trainable=False)
h = tf.get_variable("h", [1], collections=["mine"])
i = tf.get_variable("i", [2], dtype=tf.int64)
j = tf.get_variable("j", [], dtype=tf.bool)
for v in [a, b, c, d, e, f, g, h, i, j]:
    print(v.name, v.dtype.name, v.shape, v.initial_value.name, v.initial_value.op.type)
print([v.name for v in tf.trainable_variables()])
print([v.name for v in tf.global_variables()])
print([v.name for v in tf.get_collection("mine")])
with tf.Session() as sess:
    sess.run(tf.variables_initializer([a, b, c, d, f, h, i, j]))
    print(rnd(sess.run([a, b, c, d, f, i, j]), 4), sess.run(h).shape)
