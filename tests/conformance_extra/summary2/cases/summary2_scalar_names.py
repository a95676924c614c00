# tf.summary.scalar op names vs tags under nested name scopes, uniquifying, family and illegal chars.
from prelude import tf, np, rnd

x = tf.constant(1.5, name="x")
a = tf.summary.scalar("loss", x)
b = tf.summary.scalar("loss", x)
with tf.name_scope("train"):
    c = tf.summary.scalar("loss", x)
    with tf.name_scope("inner"):
        d = tf.summary.scalar("acc", x, family="fam")
        e = tf.summary.scalar("acc", x, family="fam")
f = tf.summary.scalar("bad name!", x)
g = tf.summary.scalar("/lead", x)
h = tf.summary.scalar("a:b", x, family="my fam")
ops_ = [a, b, c, d, e, f, g, h]
for t in ops_:
    print(t.name, t.op.type, t.dtype.name, t.shape, [i.name for i in t.op.inputs])
with tf.Session() as sess:
    for blob in sess.run(ops_):
        s = tf.Summary.FromString(blob)
        print([(v.tag, rnd(v.simple_value)) for v in s.value])
