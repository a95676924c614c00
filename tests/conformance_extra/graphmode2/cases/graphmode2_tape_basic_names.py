# tf.GradientTape in graph mode: a watched constant, the gradient ops' names and values.
from prelude import tf, np, rnd

x = tf.constant([1.0, 2.0, 3.0], name="x")
with tf.GradientTape() as tape:
    tape.watch(x)
    y = tf.reduce_sum(x * x, name="y")
n0 = len(tf.get_default_graph().get_operations())
g = tape.gradient(y, x)
print(g.name, g.op.type, g.dtype.name, g.shape)
print([i.name for i in g.op.inputs])
print([op.name for op in tf.get_default_graph().get_operations()][n0:])
with tf.Session() as s:
    print(rnd(s.run(g)))
