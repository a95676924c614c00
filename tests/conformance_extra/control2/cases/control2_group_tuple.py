# tf.group / tf.tuple with variable updates: op types, returned values and run counts.
from prelude import tf, np, rnd

a = tf.Variable(1.0, name="a")
b = tf.Variable(10, name="b")
ua = a.assign_add(1.0)
ub = b.assign_add(5)
g = tf.group(ua, ub, name="both")
print(g.type, g.name, sorted(op.name for op in g.control_inputs))
t = tf.tuple([ua, ub])
print([x.op.type for x in t], [x.dtype.name for x in t])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(g))
    print(rnd(sess.run([a, b])))
    print(rnd(sess.run(t)))
    print(rnd(sess.run([a, b])))
    with tf.control_dependencies([g]):
        r = a.read_value()
    print(rnd(sess.run(r)), rnd(sess.run(a)))
