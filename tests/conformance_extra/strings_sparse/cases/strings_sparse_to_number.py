# tf.strings.to_number / tf.string_to_number: out_type variants, whitespace, hex, bad input and overflow errors.
from prelude import tf, np, rnd

s = tf.constant(["1.5", "-2", "3e2", " 7"])
f = tf.strings.to_number(s)
d = tf.string_to_number(s, out_type=tf.float64)
i = tf.strings.to_number(tf.constant(["12", "-3", "0"]), out_type=tf.int32)
l = tf.strings.to_number(tf.constant(["9223372036854775807"]), out_type=tf.int64)
print(f.op.type, f.dtype.name, d.dtype.name, i.dtype.name, l.dtype.name, f.shape.as_list())
with tf.Session() as sess:
    print(rnd(sess.run(f)), rnd(sess.run(d)), sess.run(i).tolist(), sess.run(l).tolist())
    print(rnd(sess.run(tf.strings.to_number(tf.constant(["inf", "-inf", "nan"])))))
    for val, ty in [("abc", tf.float32), ("1.5", tf.int32), ("", tf.float32), ("3000000000", tf.int32),
                    ("1e40", tf.float32), ("0x10", tf.int32), ("12abc", tf.int64), ("+4", tf.int32)]:
        try:
            print(val, rnd(sess.run(tf.strings.to_number(tf.constant(val), out_type=ty))))
        except Exception as e:  # noqa: BLE001
            print(val, type(e).__name__)
try:
    tf.strings.to_number(s, out_type=tf.int16)
except Exception as e:  # noqa: BLE001
    print("int16", type(e).__name__)
