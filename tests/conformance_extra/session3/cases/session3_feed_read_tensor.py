# Feeding a variable's read tensor, the variable, its handle; what TF allows.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0], name="v")
y = v * 2.0
with tf.Session() as sess:
    sess.run(v.initializer)
    print(rnd(sess.run(y)))
    try:
        print(rnd(sess.run(y, feed_dict={v: [10.0, 20.0]})))
    except Exception as e:
        print(type(e).__name__)
    try:
        print(rnd(sess.run(y, feed_dict={v.value(): [3.0, 4.0]})))
    except Exception as e:
        print(type(e).__name__)
    try:
        print(rnd(sess.run(v, feed_dict={v: [5.0, 6.0]})))
    except Exception as e:
        print(type(e).__name__)
    try:
        sess.run(y, feed_dict={v: [1.0]})
    except Exception as e:
        print(type(e).__name__)
    print(rnd(sess.run(v)))
    try:
        sess.run(y, feed_dict={v.handle: 1.0})
    except Exception as e:
        print(type(e).__name__)
