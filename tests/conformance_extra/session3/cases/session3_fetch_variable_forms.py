# sess.run on a variable object, v.initializer, v.op, v.value(), v.read_value().
from prelude import tf, np, rnd

v = tf.Variable([[1.0, 2.0]], name="v")
with tf.Session() as sess:
    print(sess.run(v.initializer))
    r = sess.run(v)
    print(type(r).__name__, r.dtype, r.shape, rnd(r))
    print(sess.run(v.op))
    print(v.op.type, v.initializer.type, v.initializer.name)
    print(rnd(sess.run(v.value())), rnd(sess.run(v.read_value())))
    print(sess.run("v:0").dtype.name if hasattr(sess.run("v:0"), "dtype") and hasattr(sess.run("v:0").dtype, "name") else type(sess.run("v:0")).__name__)
    print(sess.run("v/Read/ReadVariableOp:0").tolist())
    print(sess.run("v/Assign"))
    print(sess.run(v.initial_value).tolist())
