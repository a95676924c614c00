# An op and its output fetched together, fetches by str and by name, the
# same output via tensor and via name, op names inside structures.
from prelude import tf, np

x = tf.constant([1.0, 2.0], name="x")
y = tf.add(x, 1.0, name="y")
with tf.Session() as sess:
    print(sess.run([y.op, y]))
    print(sess.run([y, "y:0", y]))
    print(sess.run({"op": "y", "t": "y:0"}))
    print(sess.run(("y", y.op)))
    r = sess.run([x, y, x.op])
    print([type(v).__name__ for v in r])
    try:
        sess.run(b"y:0")
        print("bytes ok")
    except Exception as e:
        print(type(e).__name__)
    try:
        sess.run("y:1")
    except Exception as e:
        print(type(e).__name__)
    try:
        sess.run("nope")
    except Exception as e:
        print(type(e).__name__)
