# sess.run([update, read]) where control dependencies make the read deterministic.
from prelude import tf, np, rnd

v = tf.Variable(1.0, name="v")
up = v.assign_add(1.0)
with tf.control_dependencies([up]):
    after = v.read_value()
    after2 = v + 0.0
    after_id = tf.identity(v)
up2 = v.assign(v * 3.0)
print(up.dtype.name, up.op.type, after.op.type, up2.op.type)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(after)), rnd(sess.run(after2)), rnd(sess.run(after_id)))
    print(rnd(sess.run([up, after])))
    print(rnd(sess.run(up2)), rnd(sess.run(v)))
    print(rnd(sess.run([after, after2])))
    print(rnd(sess.run(up)), rnd(sess.run(up)))
    x = sess.run(up.op)
    print(x, rnd(sess.run(v)))
