# partial_run_setup / partial_run with variable reads.
from prelude import tf, np, rnd

v = tf.Variable(2.0, name="v")
a = tf.placeholder(tf.float32, [], name="a")
b = tf.placeholder(tf.float32, [], name="b")
r1 = a * v
r2 = r1 + b
with tf.Session() as sess:
    sess.run(v.initializer)
    h = sess.partial_run_setup([r1, r2], [a, b])
    print(rnd(sess.partial_run(h, r1, feed_dict={a: 3.0})))
    print(rnd(sess.partial_run(h, r2, feed_dict={b: 1.0})))
    rv = v.value()
    h = sess.partial_run_setup([r1, r2, rv], [a, b])
    res = sess.partial_run(h, [r1, rv], feed_dict={a: 1.5})
    print(rnd(res))
    try:
        sess.partial_run(h, v.value())
    except Exception as e:
        print(type(e).__name__)
sess = tf.Session()
h = sess.partial_run_setup([r1], [a])
try:
    sess.partial_run(h, r1, feed_dict={a: 1.0})
except Exception as e:
    print(type(e).__name__)
sess.close()
