# control_dependencies edge cases: None clears, nesting accumulates, tensors accepted,
# ops created inside the block, duplicates.
from prelude import tf, np

a = tf.constant(1.0, name="a")
b = tf.constant(2.0, name="b")
with tf.control_dependencies([a]):
    c = tf.identity(b, name="c")
    with tf.control_dependencies([b.op]):
        d = tf.identity(a, name="d")
        e = tf.constant(3.0, name="e")
    with tf.control_dependencies(None):
        f = tf.constant(4.0, name="f")
        with tf.control_dependencies([b]):
            f2 = tf.constant(4.0, name="f2")
    g = tf.add(c, 1.0, name="g")
print([o.name for o in c.op.control_inputs])
print([o.name for o in d.op.control_inputs])
print([o.name for o in e.op.control_inputs])
print([o.name for o in f.op.control_inputs])
print([o.name for o in f2.op.control_inputs])
print([o.name for o in g.op.control_inputs])
with tf.control_dependencies([a, a, a.op]):
    h = tf.identity(b, name="h")
print([o.name for o in h.op.control_inputs])
with tf.control_dependencies([]):
    i = tf.identity(b, name="i")
print([o.name for o in i.op.control_inputs])
try:
    with tf.control_dependencies([1.0]):
        pass
except Exception as ex:
    print(type(ex).__name__)
with tf.control_dependencies([a]):
    j = tf.identity(a, name="j")
print([o.name for o in j.op.control_inputs])
v = tf.Variable(1.0, name="v")
with tf.control_dependencies([v.initializer]):
    k = tf.identity(b, name="k")
print([o.name for o in k.op.control_inputs])
gr = tf.get_default_graph()
with gr.control_dependencies([a]):
    m = tf.constant(0.0, name="m")
print([o.name for o in m.op.control_inputs])
with tf.control_dependencies([c]) as ctx:
    pass
print(ctx is None)
n = tf.no_op(name="n")
with tf.control_dependencies([n]):
    o = tf.group(a, b, name="o")
print(o.type, sorted(x.name for x in o.control_inputs))
