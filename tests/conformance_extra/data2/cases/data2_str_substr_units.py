# substr with BYTE/UTF8_CHAR units, negative pos, broadcasting; length units; errors.
from prelude import tf, np, rnd

u = tf.constant(["héllo", "wörld!", "abc"])
ln_b = tf.strings.length(u)
ln_c = tf.strings.length(u, unit="UTF8_CHAR")
sb = tf.strings.substr(u, 1, 3)
sc = tf.strings.substr(u, 1, 3, unit="UTF8_CHAR")
neg = tf.strings.substr(u, -2, 2, unit="UTF8_CHAR")
vec = tf.strings.substr(tf.constant(["abcdef", "ghijkl"]), [0, 2], [2, 3])
bc = tf.strings.substr(tf.constant([["abc", "def"], ["ghi", "jkl"]]), [1, 0], [1, 2])
over = tf.strings.substr(tf.constant("abc"), 1, 10)
print(ln_b.dtype.name, ln_b.shape, sb.op.type, bc.shape)
with tf.Session() as sess:
    r = sess.run([ln_b, ln_c, sb, sc, neg, vec, bc, over])
    print(r[0].tolist(), r[1].tolist())
    print([x.decode("utf-8", "replace") for x in r[2]], [x.decode() for x in r[3]], [x.decode() for x in r[4]])
    print(r[5].tolist(), r[6].tolist(), r[7])
    for pos in (5, -5):
        try:
            sess.run(tf.strings.substr(tf.constant(["abc"]), pos, 1))
            print("ok")
        except Exception as e:
            print(type(e).__name__)
try:
    tf.strings.substr(u, 0, 1, unit="CHAR")
except Exception as e:
    print(type(e).__name__)
print(tf.substr(tf.constant("xyz"), 0, 2).dtype.name)
