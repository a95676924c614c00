# Read ordering under control_dependencies on ref variables; identity vs raw ref reads.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

v = tf.Variable(1.0, name="v")
inc = tf.assign_add(v, 1.0)
with tf.control_dependencies([inc]):
    after = tf.identity(v, name="after")
    read = v.read_value()
    plus = v + 0.0
print(after.op.type, read.op.type, read.name, [c.name for c in after.op.control_inputs])
print(plus.op.inputs[0].name, plus.op.inputs[0].op.type, [c.name for c in plus.op.control_inputs])
with tf.Session() as sess:
    sess.run(v.initializer)
    print(sess.run(after), sess.run(read), sess.run(plus), sess.run(v))
    x, y = sess.run([inc, v])
    print(x, y)
w = tf.Variable([0.0, 0.0], name="w")
upd = tf.assign(w, [5.0, 6.0])
with tf.control_dependencies([upd]):
    s = tf.reduce_sum(w)
    ident = w.value()
print(ident.op.type, ident.name, s.op.control_inputs[0].name if s.op.control_inputs else None)
with tf.Session() as sess:
    sess.run(w.initializer)
    print(sess.run(s), sess.run(ident).tolist())
