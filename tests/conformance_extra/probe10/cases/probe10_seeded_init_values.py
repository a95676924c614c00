# Seeded initializer values that must match TF's Philox streams (graph seed + op seed).
from prelude import tf, np, rnd
tf.disable_v2_behavior()

tf.set_random_seed(42)
a = tf.get_variable("a", [2, 2], initializer=tf.random_uniform_initializer(seed=1))
b = tf.get_variable("b", [3], initializer=tf.random_normal_initializer(seed=2))
c = tf.get_variable("c", [2, 2], initializer=tf.truncated_normal_initializer(seed=3))
d = tf.get_variable("d", [2, 3], initializer=tf.glorot_uniform_initializer(seed=4))
e = tf.Variable(tf.random_normal([3], seed=5), name="e")
f = tf.Variable(tf.random_uniform([2], maxval=10, dtype=tf.int32, seed=6), name="f")
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for v in (a, b, c, d, e, f):
        print(v.name, rnd(sess.run(v), 4))
