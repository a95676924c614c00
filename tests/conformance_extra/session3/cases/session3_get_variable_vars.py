# get_variable default resource variables in sessions: types, handle op, read names.
from prelude import tf, np, rnd

with tf.variable_scope("sc"):
    v = tf.get_variable("v", shape=[2, 2], initializer=tf.constant_initializer(1.5))
print(v.name, v.op.type, v.op.name, v.dtype.name, v.shape)
print(v.value().op.type, v.value().name)
print(v.initializer.type, v.initializer.name)
with tf.Session() as sess:
    sess.run(v.initializer)
    r = sess.run(v)
    print(r.dtype, r.shape, rnd(r))
    with tf.variable_scope("sc", reuse=True):
        v2 = tf.get_variable("v")
    print(v2 is v, rnd(sess.run(v2)))
    sess.run(v.assign(v * 2.0))
    print(rnd(sess.run(v)))
