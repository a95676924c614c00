# Feeding the ReadVariableOp output of a variable named by string; fetching after.
from prelude import tf, np, rnd

v = tf.Variable(3.0, name="v")
r = v.read_value()
z = r + 1.0
with tf.Session() as sess:
    sess.run(v.initializer)
    print(r.op.type, r.name)
    print(rnd(sess.run(z)), rnd(sess.run(z, feed_dict={r: 10.0})))
    print(rnd(sess.run(z, feed_dict={r.name: 20.0})))
    print(rnd(sess.run(r, feed_dict={r: 7.0})))
    try:
        sess.run(z, feed_dict={r: "x"})
    except Exception as e:
        print(type(e).__name__)
    try:
        sess.run(z, feed_dict={"v/Read/ReadVariableOp:0": [1.0, 2.0]})
    except Exception as e:
        print(type(e).__name__)
    print(rnd(sess.run(v)))
