# custom_getter on variable_scope and get_variable: what it receives and what it returns.
from prelude import tf, np, rnd

seen = []
def getter(getter, name, *args, **kwargs):
    seen.append((name, str(kwargs.get("shape")), kwargs.get("trainable")))
    v = getter(name, *args, **kwargs)
    return v * 2.0
with tf.variable_scope("cg", custom_getter=getter):
    x = tf.get_variable("x", [2], initializer=tf.ones_initializer())
    y = tf.get_variable("y", [], trainable=False, initializer=tf.constant_initializer(5.0))
print(seen)
print(x.name, x.op.type, type(x).__name__)
print([v.name for v in tf.global_variables()], [v.name for v in tf.trainable_variables()])
def renamer(getter, name, *args, **kwargs):
    return getter(name + "_r", *args, **kwargs)
z = tf.get_variable("z", [1], custom_getter=renamer)
print(z.name, type(z).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([x, y])))
