# Gradient ops go under gradient_tape/<the forward op's name scope>/; sums under the caller's.
from prelude import tf, np, rnd

x = tf.constant([0.5, 1.5], name="x")
with tf.name_scope("outer"):
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = tf.sin(x) * tf.cos(x)
        z = tf.exp(y)
n0 = len(tf.get_default_graph().get_operations())
with tf.name_scope("calc"):
    g = tape.gradient(z, x)
print(g.name)
print([op.name for op in tf.get_default_graph().get_operations()][n0:])
with tf.Session() as s:
    print(rnd(s.run(g)))
