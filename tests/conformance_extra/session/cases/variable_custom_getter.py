# custom_getter on variable_scope and get_variable: wrapping, renaming,
# nested getters order, kwargs seen by the getter.
from prelude import tf, np, rnd

log = []


def getter_a(getter, name, *args, **kwargs):
    log.append(("a", name, kwargs.get("trainable"), sorted(k for k in kwargs if kwargs[k] is not None)[:4]))
    return getter(name, *args, **kwargs)


def getter_b(getter, name, *args, **kwargs):
    log.append(("b", name))
    v = getter(name + "_b", *args, **kwargs)
    return v


def doubling(getter, *args, **kwargs):
    return getter(*args, **kwargs) * 2.0


with tf.variable_scope("s", custom_getter=getter_a):
    with tf.variable_scope("t", custom_getter=getter_b):
        v = tf.get_variable("v", [2], initializer=tf.ones_initializer())
print(v.name)
for entry in log:
    print(entry[:2])
with tf.variable_scope("d", custom_getter=doubling):
    w = tf.get_variable("w", [2], initializer=tf.ones_initializer())
print(isinstance(w, tf.Variable), w.op.type, w.dtype.name)
x = tf.get_variable("x", [1], initializer=tf.ones_initializer(), custom_getter=doubling)
print(isinstance(x, tf.Tensor))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(w)), rnd(sess.run(x)))
print(sorted(var.name for var in tf.global_variables()))
try:
    with tf.variable_scope("bad", custom_getter=5):
        pass
except Exception as e:
    print(type(e).__name__)
