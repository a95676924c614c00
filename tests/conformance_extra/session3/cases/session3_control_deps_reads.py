# Reads ordered after an update by control_dependencies see the new value.
from prelude import tf, np, rnd

v = tf.Variable(1.0, name="v")
up = v.assign_add(10.0)
with tf.control_dependencies([up]):
    r = v.read_value()
    r2 = tf.identity(v)
with tf.Session() as sess:
    sess.run(v.initializer)
    print(rnd(sess.run(r)))
    print(rnd(sess.run(r2)))
    print(rnd(sess.run(v)))
    print(r.op.type, [c.name for c in r.op.control_inputs])
