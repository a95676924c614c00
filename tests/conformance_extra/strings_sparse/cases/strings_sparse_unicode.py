# tf.strings.unicode_* dense forms: decode/split of scalars, encode of dense codepoints, transcode, errors.
from prelude import tf, np, rnd

d = tf.strings.unicode_decode(tf.constant("héllo"), "UTF-8")
dw, off = tf.strings.unicode_decode_with_offsets(tf.constant("aé€"), "UTF-8")
sp = tf.strings.unicode_split(tf.constant("añb"), "UTF-8")
en = tf.strings.unicode_encode(tf.constant([[104, 233], [8364, 97]]), "UTF-8")
en1 = tf.strings.unicode_encode(tf.constant([72, 105]), "UTF-16-BE")
tr = tf.strings.unicode_transcode(tf.constant(["héllo", "abc"]), "UTF-8", "UTF-16-BE")
bad = tf.strings.unicode_transcode(tf.constant([b"a\xffb"]), "UTF-8", "UTF-8")
bad2 = tf.strings.unicode_transcode(tf.constant([b"a\xffb"]), "UTF-8", "UTF-8", replacement_char=63)
print(d.dtype.name, d.shape.as_list(), off.dtype.name, sp.dtype.name, en.dtype.name, en.shape.as_list())
with tf.Session() as sess:
    print(sess.run(d).tolist(), sess.run(dw).tolist(), sess.run(off).tolist())
    print([x.decode() for x in sess.run(sp)], [x.decode() for x in sess.run(en)], sess.run(en1))
    print(sess.run(tr).tolist(), sess.run(bad).tolist(), sess.run(bad2).tolist())
    try:
        sess.run(tf.strings.unicode_transcode(tf.constant([b"a\xffb"]), "UTF-8", "UTF-8", errors="strict"))
    except Exception as e:  # noqa: BLE001
        print("strict", type(e).__name__)
try:
    tf.strings.unicode_decode(tf.constant("x"), "LATIN-9")
except Exception as e:  # noqa: BLE001
    print("encoding", type(e).__name__)
