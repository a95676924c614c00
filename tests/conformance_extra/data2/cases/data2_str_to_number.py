# string_to_number / to_number: dtypes, run-time errors, whitespace and special values.
from prelude import tf, np, rnd

f = tf.strings.to_number(tf.constant(["1.5", "-2", "1e3", "inf", "nan"]))
d = tf.strings.to_number(tf.constant(["0.1"]), out_type=tf.float64)
i32 = tf.string_to_number(tf.constant(["7", "-8"]), out_type=tf.int32)
i64 = tf.strings.to_number(tf.constant(["9223372036854775807"]), out_type=tf.int64)
print(f.dtype.name, d.dtype.name, i32.dtype.name, i64.dtype.name, f.op.type)
with tf.Session() as sess:
    r = sess.run([f, d, i32, i64])
    print([str(x) for x in r[0]], rnd(r[1], 10), r[2].tolist(), r[3].tolist())
    for vals, ty in ((["abc"], tf.float32), (["1.5"], tf.int32), (["2147483648"], tf.int32),
                     ([" 3"], tf.int32), (["3 "], tf.float32), ([""], tf.float32), (["0x10"], tf.int32),
                     (["1e2"], tf.int64)):
        try:
            print(vals, sess.run(tf.strings.to_number(tf.constant(vals), out_type=ty)).tolist())
        except Exception as e:
            print(vals, type(e).__name__)
try:
    tf.strings.to_number(tf.constant(["1"]), out_type=tf.string)
except Exception as e:
    print(type(e).__name__)
