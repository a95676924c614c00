# Summaries under control_dependencies and device scopes: control inputs, devices, run order effects.
from prelude import tf, np, rnd

v = tf.Variable(0.0, name="v")
inc = tf.assign_add(v, 1.0)
with tf.control_dependencies([inc]):
    s = tf.summary.scalar("after_inc", v.read_value())
with tf.device("/cpu:0"):
    h = tf.summary.histogram("dev", tf.constant([1.0]))
print([c.name for c in s.op.inputs[1].op.control_inputs], h.op.device, h.device)
with tf.control_dependencies([s]):
    z = tf.identity(tf.constant(5.0), name="z")
print([c.name for c in z.op.control_inputs])
with tf.Session() as sess:
    sess.run(v.initializer)
    print(tf.Summary.FromString(sess.run(s)).value[0].simple_value)
    print(tf.Summary.FromString(sess.run(s)).value[0].simple_value)
    print(sess.run(z), sess.run(v))
