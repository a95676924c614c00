# Error classes for uninitialized reads in different fetch forms.
from prelude import tf, np, rnd

v = tf.Variable([1.0], name="v")
t = v + 1.0
x = tf.placeholder(tf.float32, [1])
up = v.assign(x)
with tf.Session() as sess:
    for f in (v, t, v.value(), v.read_value(), [v, t], {"k": v}):
        try:
            sess.run(f)
        except Exception as e:
            print(type(e).__name__)
    print(rnd(sess.run(up, feed_dict={x: [4.0]})))
    print(rnd(sess.run(t)))
