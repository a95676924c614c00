# Fetching operations (result None), operation names, tensor names, a
# variable's op, and initializer ops; a list of only ops.
from prelude import tf, np, rnd

v = tf.Variable(2.0, name="v")
c = tf.multiply(v, 3.0, name="c")
with tf.Session() as sess:
    print(sess.run(v.initializer))
    print(sess.run("v/Assign") if False else "skip")
    print(sess.run(tf.global_variables_initializer()))
    print(rnd(sess.run("c:0")))
    print(sess.run("c"))
    print(sess.run(c.op))
    print(sess.run([c.op, c.op]))
    r = sess.run([c.op, "c:0", c])
    print(r[0], rnd(r[1]), rnd(r[2]))
    print(rnd(sess.run(v)))
    r = sess.run({"init": v.initializer, "value": c})
    print(sorted(r), r["init"], rnd(r["value"]))
    g = tf.group(c, v.initializer, name="grp")
    print(g.type, g.name, sess.run(g))
