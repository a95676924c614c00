# Nested tapes: second derivatives, and the names TF gives the gradient-of-gradient ops.
from prelude import tf, np, rnd

x = tf.constant([1.0, 2.0, 3.0], name="x")
n0 = len(tf.get_default_graph().get_operations())
with tf.GradientTape() as t1:
    t1.watch(x)
    with tf.GradientTape() as t2:
        t2.watch(x)
        y = x * x * x
    dy = t2.gradient(y, x)
d2 = t1.gradient(dy, x)
print(dy.name, d2.name)
print([op.name for op in tf.get_default_graph().get_operations()][n0:])
with tf.Session() as s:
    print(rnd(s.run([y, dy, d2])))
