# Attr values TF puts on graph-mode If / While nodes: lowering flag, read-only resource inputs,
# the original output count.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    v = tf.get_variable("v", initializer=[1.0, 2.0], use_resource=True)
    u = tf.get_variable("u", initializer=[0.5, 0.5], use_resource=True)
    x = tf.placeholder(tf.float32, [2], name="x")
    p = tf.placeholder(tf.bool, [], name="p")
    r1 = tf.cond(p, lambda: x * v.read_value(), lambda: x + u.read_value(), name="reads")
    r2 = tf.cond(p, lambda: v.assign_add(x), lambda: tf.identity(u.read_value()), name="writes")
    i, acc = tf.while_loop(lambda i, a: i < 3, lambda i, a: (i + 1, a + v.read_value()), [0, x], name="wl")
    j, acc2 = tf.while_loop(lambda j, a: j < 2, lambda j, a: (j + 1, a + tf.gather(u, [0, 1])), [0, x], name="wl2")
gd = g.as_graph_def()
for n in gd.node:
    if n.op in ("If", "StatelessIf", "While", "StatelessWhile"):
        a = n.attr
        print(n.name, n.op, a["_lower_using_switch_merge"].b, list(a["_read_only_resource_inputs"].list.i),
              a["_num_original_outputs"].i if "_num_original_outputs" in a else None,
              [t for t in (a["Tin"].list.type if "Tin" in a else a["T"].list.type)])
with g.as_default():
    dx = tf.gradients(acc, x)[0]
print(g.get_operation_by_name("wl").node_def.attr["_num_original_outputs"].i)
with tf.Session(graph=g) as s:
    s.run(tf.global_variables_initializer())
    print(s.run([r1, acc, acc2, dx], {x: [1.0, 1.0], p: True}))
