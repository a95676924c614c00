# tf.strings.length with units, lower/upper, strip; shapes and dtypes.
from prelude import tf, np, rnd

s = tf.constant([["héllo", ""], ["  tf  ", "ÀB"]])
lb = tf.strings.length(s)
lc = tf.strings.length(s, unit="UTF8_CHAR")
lo = tf.strings.lower(tf.constant(["HeLLo", "ÀB"]))
lu = tf.strings.upper(tf.constant(["HeLLo", "àb"]), encoding="utf-8")
st = tf.strings.strip(tf.constant(["  a b \t\n", "x", "   "]))
print(lb.op.type, lb.dtype.name, lb.shape.as_list(), lo.op.type, st.op.type)
with tf.Session() as sess:
    print(sess.run(lb).tolist(), sess.run(lc).tolist())
    print([x.decode() for x in sess.run(lo)], [x.decode() for x in sess.run(lu)])
    print([repr(x.decode()) for x in sess.run(st)])
try:
    tf.strings.length(s, unit="CHAR")
except Exception as e:  # noqa: BLE001
    print("unit", type(e).__name__)
try:
    tf.strings.length(tf.constant([1]))
except Exception as e:  # noqa: BLE001
    print("non-string", type(e).__name__)
