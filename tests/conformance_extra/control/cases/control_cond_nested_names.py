# cond inside cond: values, names of outer/inner ops, name scopes of branch outputs.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [], name="x")


def outer_true():
    return tf.cond(x > 10, lambda: x * 100, lambda: x * 10, name="inner")


with tf.name_scope("blk"):
    y = tf.cond(x > 0, outer_true, lambda: -x, name="outer")
print(y.name, y.op.type)
print(sorted(o.name for o in tf.get_default_graph().get_operations() if o.name.startswith("blk")))
z = tf.cond(x > 0, lambda: x, lambda: x)
z2 = tf.cond(x > 0, lambda: x, lambda: x)
print(z.name, z2.name)
c3 = tf.cond(x > 1, lambda: tf.cond(x > 2, lambda: tf.cond(x > 3, lambda: 4.0, lambda: 3.0), lambda: 2.0),
             lambda: 1.0)
gy = tf.gradients(y, x)[0]
with tf.Session() as sess:
    for v in [20.0, 5.0, -2.0]:
        print(rnd(sess.run([y, gy], {x: v})))
    print([rnd(sess.run(c3, {x: v})) for v in [0.5, 1.5, 2.5, 3.5]])
