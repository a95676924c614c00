# VariableScope properties: initializer/dtype/regularizer inheritance, custom getters composing.
from prelude import tf, np

with tf.variable_scope("a", initializer=tf.constant_initializer(3.0), dtype=tf.float64) as a:
    print(a.dtype.name, type(a.initializer).__name__)
    with tf.variable_scope("b") as b:
        print(b.dtype.name, type(b.initializer).__name__, b.reuse)
        v = tf.get_variable("v", [2])
    print(v.dtype.base_dtype.name, v.shape)
calls = []
def getter1(getter, name, *args, **kwargs):
    calls.append("g1:" + name)
    return getter(name, *args, **kwargs)
def getter2(getter, name, *args, **kwargs):
    calls.append("g2:" + name)
    return getter(name, *args, **kwargs)
with tf.variable_scope("c", custom_getter=getter1):
    with tf.variable_scope("d", custom_getter=getter2):
        w = tf.get_variable("w", [1])
print(calls, w.name)
with tf.variable_scope("e") as e:
    e.set_dtype(tf.int32)
    print(e.dtype.name)
    with tf.variable_scope("f") as f:
        print(f.dtype.name)
print(tf.get_variable_scope().dtype.name, tf.get_variable_scope().custom_getter)
try:
    with tf.variable_scope("bad", custom_getter=3):
        pass
except Exception as ex:
    print(type(ex).__name__)
with tf.variable_scope("p", partitioner=None, caching_device="/cpu:0") as p:
    print(p.caching_device, p.partitioner)
    with tf.variable_scope("q") as q:
        print(q.caching_device)
