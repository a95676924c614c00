# Graph.control_dependencies(None) and mixing graphs; control inputs already reached via inputs.
from prelude import tf, np

g = tf.get_default_graph()
a = tf.constant(1.0, name="a")
b = tf.constant(2.0, name="b")
with g.control_dependencies([a]):
    with g.control_dependencies(None):
        c = tf.constant(3.0, name="c")
        with g.control_dependencies([b]):
            d = tf.constant(4.0, name="d")
    e = tf.constant(5.0, name="e")
    f = tf.add(e, 1.0, name="f")
    k = tf.identity(a, name="k")
for t in (c, d, e, f, k):
    print(t.op.name, [o.name for o in t.op.control_inputs])
h = tf.Graph()
with h.as_default():
    z = tf.constant(0.0, name="z")
try:
    with g.control_dependencies([z]):
        pass
    print("ok")
except Exception as ex:
    print(type(ex).__name__)
try:
    with tf.control_dependencies([z]):
        tf.constant(1.0)
    print("ok2")
except Exception as ex:
    print(type(ex).__name__)
try:
    with g.control_dependencies(a):
        pass
    print("ok3")
except Exception as ex:
    print(type(ex).__name__)
with g.control_dependencies([a]):
    with tf.control_dependencies([b]):
        m = tf.add(a, b, name="m")
        n = tf.identity(c, name="n")
print([o.name for o in m.op.control_inputs], sorted(o.name for o in n.op.control_inputs))
