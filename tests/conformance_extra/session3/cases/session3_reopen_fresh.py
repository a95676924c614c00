# Variable values after close and reopening: a new session starts uninitialized.
from prelude import tf, np, rnd

v = tf.Variable(1.0, name="v")
add = v.assign_add(1.0)
with tf.Session() as sess:
    sess.run(v.initializer)
    sess.run(add)
    print(rnd(sess.run(v)))
with tf.Session() as sess:
    try:
        sess.run(v)
    except Exception as e:
        print(type(e).__name__)
    try:
        sess.run(add)
    except Exception as e:
        print(type(e).__name__)
    print(sess.run(tf.report_uninitialized_variables()).tolist())
    sess.run(v.initializer)
    print(rnd(sess.run(v)))
