# custom_getter composition across two nested scopes plus a get_variable getter.
from prelude import tf, np, rnd

log = []


def make(tag, scale=None):
    def getter(getter, name, *args, **kwargs):
        log.append((tag, name, kwargs.get("shape") and list(kwargs["shape"])))
        v = getter(name, *args, **kwargs)
        return v * scale if scale is not None else v
    return getter


with tf.variable_scope("outer", custom_getter=make("outer", 2.0)):
    with tf.variable_scope("inner", custom_getter=make("inner", 10.0)):
        x = tf.get_variable("x", [2], initializer=tf.ones_initializer())
        y = tf.get_variable("y", [1], initializer=tf.ones_initializer(), custom_getter=make("call"))
    z = tf.get_variable("z", [1], initializer=tf.ones_initializer())
print(log)
print([v.name for v in tf.global_variables()])
print(isinstance(x, tf.Variable), isinstance(x, tf.Tensor), x.dtype.name)


def rename(getter, name, *args, **kwargs):
    return getter(name + "_renamed", *args, **kwargs)


with tf.variable_scope("ren", custom_getter=rename):
    r = tf.get_variable("r", [1])
    with tf.variable_scope("again", custom_getter=rename):
        r2 = tf.get_variable("r2", [1])
print(r.name, r2.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([x, y, z])))
