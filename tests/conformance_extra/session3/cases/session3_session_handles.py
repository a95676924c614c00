# tf.get_session_handle / get_session_tensor with variables.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0], name="v")
h_op = tf.get_session_handle(v.read_value() * 2.0)
with tf.Session() as sess:
    sess.run(v.initializer)
    h = sess.run(h_op)
    print(type(h).__name__)
    print(rnd(h.eval()))
    ph, t = tf.get_session_tensor(h.handle, tf.float32)
    y = t + v
    print(rnd(sess.run(y, feed_dict={ph: h.handle})))
    try:
        print(rnd(sess.run(y, feed_dict={ph: h})))
    except Exception as e:
        print(type(e).__name__)
    v.load([10.0, 20.0], sess)
    print(rnd(sess.run(y, feed_dict={ph: h.handle})))
    print(rnd(h.eval()))
    try:
        tf.get_session_handle(v)
    except Exception as e:
        print(type(e).__name__)
    hv = sess.run(tf.get_session_handle(v.value()))
    print(type(hv).__name__, rnd(hv.eval()))
    x = tf.placeholder(tf.float32, [2], name="x")
    print(rnd(sess.run(x * 3.0, feed_dict={x: h})))
    xi = tf.placeholder(tf.int32, [2], name="xi")
    try:
        sess.run(xi + 1, feed_dict={xi: h})
    except Exception as e:
        print(type(e).__name__)
    h.delete()
