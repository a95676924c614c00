# tf.strings.unsorted_segment_join and encode/decode_base64 round trips with padding.
from prelude import tf, np, rnd

x = tf.constant(["a", "b", "c", "d"])
j = tf.strings.unsorted_segment_join(x, [1, 0, 1, 2], 4, separator=":")
print(j.op.type, j.shape.as_list())
e = tf.io.encode_base64(tf.constant(["hi", "hello?>", ""]))
ep = tf.io.encode_base64(tf.constant(["hi", "hello?>"]), pad=True)
with tf.Session() as sess:
    print([v.decode() for v in sess.run(j)])
    print([v.decode() for v in sess.run(e)], [v.decode() for v in sess.run(ep)])
    print([v.decode() for v in sess.run(tf.io.decode_base64(e))])
    try:
        sess.run(tf.io.decode_base64(tf.constant(["a"])))
    except Exception as ex:  # noqa: BLE001
        print("bad b64", type(ex).__name__)
    try:
        sess.run(tf.strings.unsorted_segment_join(x, [0, 5, 0, 0], 2))
    except Exception as ex:  # noqa: BLE001
        print("seg oob", type(ex).__name__)
