# String edge cases: reduce_join naming, utf-8 case mapping of invalid bytes, negative segment ids.
from prelude import tf, np, rnd

rj = tf.strings.reduce_join(tf.constant([["a", "b"]]), axis=1, name="rj")
rj2 = tf.reduce_join(tf.constant(["x", "y"]), separator="+")
print(rj.name, rj2.name, rj.op.type)
lo = tf.strings.lower(tf.constant([b"A\xffB", "ÀÉ".encode()]), encoding="utf-8")
up = tf.strings.upper(tf.constant([b"a\xffb", "straße".encode()]), encoding="utf-8")
raw = tf.strings.upper(tf.constant([b"a\xffb"]))
with tf.Session() as sess:
    print(sess.run(rj).tolist(), sess.run(rj2))
    print(sess.run(lo).tolist(), sess.run(up).tolist(), sess.run(raw).tolist())
    for ids in [[-1, 0], [0, 2], [1, 1]]:
        try:
            print(sess.run(tf.strings.unsorted_segment_join(tf.constant(["a", "b"]), ids, 2)).tolist())
        except Exception as e:  # noqa: BLE001
            print(ids, type(e).__name__)
