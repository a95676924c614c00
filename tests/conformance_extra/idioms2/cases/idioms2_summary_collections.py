# Summary ops: family, custom collections, merge of a list, name uniquing and bad input errors.
from prelude import tf, np, rnd

x = tf.Variable(2.0, name="x")
a = tf.summary.scalar("loss", x, family="train")
b = tf.summary.scalar("loss", x * 2.0, family="train")
c = tf.summary.scalar("extra", x + 1.0, collections=["mine"])
d = tf.summary.scalar("weird name!", x)
print(a.op.name, b.op.name, c.op.name, d.op.name)
print(len(tf.get_collection(tf.GraphKeys.SUMMARIES)), len(tf.get_collection("mine")))
m = tf.summary.merge([a, c])
print(tf.summary.merge_all("nothing_here"))
with tf.Session() as sess:
    sess.run(x.initializer)
    for t in [a, b, c, d, m]:
        s = tf.Summary.FromString(sess.run(t))
        print([(v.tag, rnd(v.simple_value)) for v in s.value])
for bad in [lambda: tf.summary.scalar("v", tf.constant([1.0, 2.0])),
            lambda: tf.summary.merge([])]:
    try:
        r = bad()
        with tf.Session() as sess:
            print("built", r.dtype.name, sess.run(r) == b"" if r is not None else None)
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
