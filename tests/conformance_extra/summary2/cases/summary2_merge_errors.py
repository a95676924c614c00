# tf.summary.merge: duplicate tags at run time, non-string inputs, empty list, unparseable strings.
from prelude import tf, np, rnd

x = tf.constant(1.0)
a = tf.summary.scalar("dup", x)
b = tf.summary.scalar("dup", x, collections=[])
m = tf.summary.merge([a, a])
print(m.name, m.op.type, m.op.get_attr("N"), m.dtype.name, m.shape)
for args in ([tf.constant(1.0)], [], [tf.constant("garbage")], [tf.constant(["x", "y"])]):
    try:
        mm = tf.summary.merge(args)
        print("built", mm.name)
        with tf.Session() as sess:
            print(len(tf.Summary.FromString(sess.run(mm)).value))
    except Exception as e:  # noqa: BLE001
        print(len(args), type(e).__name__)
with tf.Session() as sess:
    try:
        sess.run(m)
        print("no error")
    except Exception as e:  # noqa: BLE001
        print("dup", type(e).__name__)
    m2 = tf.summary.merge([a, b])
    print([v.tag for v in tf.Summary.FromString(sess.run(m2)).value])
    blob = sess.run(a)
    m3 = tf.summary.merge([tf.constant(blob), tf.constant([b"", b""])], name="raw")
    print(m3.name, [v.tag for v in tf.Summary.FromString(sess.run(m3)).value])
