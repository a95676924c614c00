# Feed keys: strings 'x:0', op names, Operations, variables' value tensors,
# ints, and non-placeholder tensors.
from prelude import tf, np

x = tf.placeholder(tf.float32, shape=[], name="x")
y = tf.multiply(x, 2.0, name="y")
z = tf.add(y, 1.0, name="z")
with tf.Session() as sess:
    print(sess.run(z, {"x:0": 3.0}))
    print(sess.run(z, {"y:0": 10.0}))
    print(sess.run(z, {x: 1.0, "y:0": 5.0}))
    for k in ["x", x.op, "nope:0", 7, "x:1"]:
        try:
            print(sess.run(z, {k: 1.0}))
        except Exception as e:
            print(type(e).__name__)
    try:
        sess.run(z, {b"x:0": 3.0})
        print("bytes ok")
    except Exception as e:
        print(type(e).__name__)
    print(sess.run(z, feed_dict={x: 0.0, y: 100.0}))
    print(sess.run([x, y], {y: 4.0, x: 1.0}))
