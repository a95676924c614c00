# Running ops by name string and Operation for variable updates; None for ops.
from prelude import tf, np, rnd

v = tf.Variable(0, name="v")
inc = tf.assign_add(v, 1, name="inc")
print(inc.op.name, inc.op.type, inc.name)
with tf.Session() as sess:
    print(sess.run("v/Assign"))
    print(sess.run(inc.op.name))
    print(sess.run(v))
    print(sess.run([inc.op.name, v]))
    print(sess.run(v.read_value()))
    print(sess.run([inc.op, inc.op]), sess.run(v))
    print(sess.run(inc.op.name), sess.run(v))
    try:
        sess.run("nonexistent")
    except Exception as e:
        print(type(e).__name__)
    try:
        sess.run("v:1")
    except Exception as e:
        print(type(e).__name__)
