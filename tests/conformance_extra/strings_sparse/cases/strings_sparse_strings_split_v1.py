# tf.strings.split (v1): sep=None whitespace splitting, explicit sep, maxsplit, SparseTensor result.
from prelude import tf, np, rnd

s = tf.constant(["  a  b c ", "x,y,,z", ""])
w = tf.strings.split(s)
c = tf.strings.split(s, sep=",")
m = tf.strings.split(s, sep=",", maxsplit=1)
mw = tf.strings.split(tf.constant(["a b c d"]), maxsplit=2)
ms = tf.strings.split(tf.constant(["a<>b<>c", "<>"]), sep="<>")
print(type(w).__name__, w.values.dtype.name, w.indices.op.type)
with tf.Session() as sess:
    for t in [w, c, m, mw, ms]:
        v = sess.run(t)
        print(v.indices.tolist(), [x.decode() for x in v.values], v.dense_shape.tolist())
