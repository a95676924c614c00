# Reads of default variables under control dependencies of updates see the update.
from prelude import tf, np, rnd

v = tf.Variable(1.0, name="v")
up = v.assign_add(1.0)
with tf.control_dependencies([up]):
    r = v.read_value()
    r2 = tf.identity(v)
    r3 = v + 0
print(r.name, r.op.type, [o.name for o in r.op.control_inputs])
print(r2.name, r2.op.inputs[0].op.type, [o.name for o in r2.op.inputs[0].op.control_inputs])
print(r3.name, [o.name for o in r3.op.inputs[0].op.control_inputs])
with tf.control_dependencies([up]):
    w = tf.Variable(5.0, name="w")
print([o.name for o in w.initializer.control_inputs], [o.name for o in w.initial_value.op.control_inputs])
with tf.Session() as sess:
    sess.run(v.initializer)
    print(sess.run(r), sess.run(r2), sess.run(r3), sess.run(v))
    sess.run(w.initializer)
    print(sess.run(v))
