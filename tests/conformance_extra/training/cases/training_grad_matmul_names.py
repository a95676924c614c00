# Gradient op names and types for matmul / add / reductions.
from prelude import tf, np, rnd

a = tf.constant([[1.0, 2.0], [3.0, 4.0]], name="a")
b = tf.constant([[0.5], [-1.0]], name="b")
c = tf.matmul(a, b, name="mm")
loss = tf.reduce_sum(c * c, name="loss")
ga, gb = tf.gradients(loss, [a, b])
print(ga.name, ga.op.type)
print(gb.name, gb.op.type)
print(ga.op.get_attr("transpose_a"), ga.op.get_attr("transpose_b"))
print(gb.op.get_attr("transpose_a"), gb.op.get_attr("transpose_b"))
ga2 = tf.gradients(loss, a, name="mygrads")[0]
print(ga2.name)
ops = [op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("gradients/")]
print(ops[:3])
with tf.Session() as sess:
    print(rnd(sess.run([ga, gb])))
