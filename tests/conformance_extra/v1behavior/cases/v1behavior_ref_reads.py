# Ref variables after disable_v2_behavior: ops read them through the `v/read` snapshot, which
# forwards the variable's buffer; fetching a ref variable gives its value after the run.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
v = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name="v")
x = tf.placeholder(tf.float32, [None, 2], name="x")
y = tf.matmul(x, v)
z = v + 1
w = tf.get_variable("w", [2], initializer=tf.zeros_initializer())
u = w * 2
print([t.name for t in y.op.inputs], [t.name for t in z.op.inputs], [t.name for t in u.op.inputs])
print(v.value().name, w.value().name, tf.convert_to_tensor(v).name, tf.identity(v).op.inputs[0].name)
a = tf.assign_add(v, tf.ones([2, 2]))
print(a.dtype, [t.name for t in a.op.inputs])
nodes = {n.name: list(n.input) for n in tf.get_default_graph().as_graph_def().node}
print(nodes["MatMul"], nodes["add"], nodes["v/read"], nodes["AssignAdd"])
g = tf.gradients(tf.reduce_sum(y), [v, v.value()])
print([t.name for t in g])

c = tf.Variable(1.0, name="c")
inc = tf.assign_add(c, 1.0)
with tf.control_dependencies([inc]):
    after = c * 2
    after_read = c.read_value() * 2
independent = c * 10
gs = tf.train.get_or_create_global_step()
loss = tf.reduce_sum(w * w + tf.reduce_sum(v))
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss, global_step=gs)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(y, {x: [[1, 1]]})), rnd(sess.run(g[0], {x: [[1, 2]]})))
    print(sess.run(after), sess.run(after_read), sess.run(c))
    print(sess.run([inc, c]), sess.run([c, inc]), sess.run([independent, inc]))
    for _ in range(2):
        out = sess.run([train, gs, loss, v])
        print(out[1], rnd(out[2]), rnd(out[3]))
    print(rnd(sess.run([v.initializer, v])[1]), rnd(sess.run([a, v.value()])))
