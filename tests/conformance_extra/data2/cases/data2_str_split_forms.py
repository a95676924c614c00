# tf.string_split (v1) delimiters/skip_empty, tf.strings.split sep/maxsplit, split on whitespace.
from prelude import tf, np, rnd

s = tf.constant(["a b  c", "", "d,e", " x "])
sp1 = tf.string_split(s)
sp2 = tf.string_split(s, delimiter=" ", skip_empty=False)
sp3 = tf.string_split(s, delimiter=", ")
sp4 = tf.string_split(tf.constant(["abc", "de"]), delimiter="")
print(type(sp1).__name__, sp1.values.dtype.name, sp1.indices.dtype.name, sp1.dense_shape.shape)
with tf.Session() as sess:
    for sp in (sp1, sp2, sp3, sp4):
        r = sess.run(sp)
        print(r.indices.tolist(), r.values.tolist(), r.dense_shape.tolist())
v2 = tf.strings.split(tf.constant(["a,b,,c", "x"]), sep=",")
print(type(v2).__name__)
v3 = tf.strings.split(tf.constant(["a b c", "d e"]), maxsplit=1)
with tf.Session() as sess:
    for v in (v2, v3):
        r = sess.run(v)
        print(type(r).__name__, r.indices.tolist(), r.values.tolist(), r.dense_shape.tolist())
sc = tf.strings.split(tf.constant("p q r"))
print(type(sc).__name__, sc.dtype.name)
with tf.Session() as sess:
    r = sess.run(sc)
    print(r.indices.tolist(), r.values.tolist(), r.dense_shape.tolist())
try:
    tf.string_split(tf.constant([["a b"]]))
except Exception as e:
    print(type(e).__name__)
