# Entering the same variable_scope name repeatedly: vscope name stays, name scope uniquifies.
from prelude import tf, np

g = tf.get_default_graph()
names = []
for i in range(3):
    with tf.variable_scope("L", reuse=tf.AUTO_REUSE) as s:
        w = tf.get_variable("w", [1])
        c = tf.constant(0.0, name="c")
        names.append((s.name, s.original_name_scope, w.name, c.name, g.get_name_scope()))
for n in names:
    print(*n)
with tf.name_scope("L"):
    d = tf.constant(0.0, name="d")
print(d.name)
with tf.variable_scope("L/sub") as ss:
    e = tf.constant(0.0, name="e")
print(ss.name, ss.original_name_scope, e.name)
with tf.variable_scope("L"):
    with tf.variable_scope("sub") as ss2:
        f = tf.constant(0.0, name="f")
print(ss2.name, ss2.original_name_scope, f.name)
with tf.variable_scope("Q", reuse=True):
    try:
        tf.get_variable("w", [1])
    except Exception as ex:
        print(type(ex).__name__)
print(tf.get_variable_scope().name == "", tf.get_variable_scope().original_name_scope == "")
