# strings.join broadcasting, reduce_join axes/keepdims/separator, unicode_decode (non-batched).
from prelude import tf, np, rnd

j = tf.strings.join([tf.constant(["a", "b"]), "-", tf.constant(["x", "y"])])
j2 = tf.strings.join([tf.constant([["1"], ["2"]]), tf.constant(["p", "q"])], separator="|") if False else tf.strings.join([tf.constant("s"), tf.constant(["p", "q"])], separator="|")
m = tf.constant([["a", "b", "c"], ["d", "e", "f"]])
rj0 = tf.strings.reduce_join(m, axis=0)
rj1 = tf.strings.reduce_join(m, axis=1, separator=", ")
rjn = tf.strings.reduce_join(m)
rjk = tf.strings.reduce_join(m, axis=1, keepdims=True)
rjneg = tf.strings.reduce_join(m, axis=-1, separator="")
rj_v1 = tf.reduce_join(m, axis=0, keep_dims=True)
print(rj0.shape, rj1.shape, rjn.shape, rjk.shape, rj_v1.shape, rj0.op.type)
ud = tf.strings.unicode_decode(tf.constant("héy"), "UTF-8")
print(ud.dtype.name, ud.shape)
ud2 = tf.strings.unicode_decode(tf.constant("a\xffb".encode("latin-1")), "UTF-8", errors="replace", replacement_char=63)
us = tf.strings.unicode_split(tf.constant("añb"), "UTF-8")
ue = tf.strings.unicode_encode(tf.constant([104, 233, 121], tf.int32), "UTF-8")
ul = tf.strings.length(tf.constant("añb"), unit="UTF8_CHAR")
with tf.Session() as sess:
    r = sess.run([j, j2, rj0, rj1, rjn, rjk, rjneg, rj_v1])
    for v in r:
        print(v.tolist() if hasattr(v, "tolist") else v)
    print(sess.run(ud).tolist(), sess.run(ud2).tolist(), sess.run(us).tolist(), sess.run(ue).decode("utf-8"), int(sess.run(ul)))
try:
    tf.strings.reduce_join(m, axis=2)
except Exception as e:
    print(type(e).__name__)
try:
    tf.strings.join([tf.constant(["a", "b"]), tf.constant(["x", "y", "z"])])
except Exception as e:
    print(type(e).__name__)
