# string_to_number and other string parsing errors at run time.
from prelude import tf, np, rnd

s = tf.placeholder(tf.string, shape=[None], name="s")
f = tf.strings.to_number(s, name="f")
i = tf.string_to_number(s, out_type=tf.int32, name="i")
i64 = tf.strings.to_number(s, tf.int64)
print(f.dtype.name, i.dtype.name, i64.dtype.name, f.op.type)
with tf.Session() as sess:
    print(rnd(sess.run(f, {s: ["1.5", "-2", "3e2"]})))
    print(sess.run(i, {s: ["7", "-12"]}).tolist())
    for t, v in [(f, ["1.0", "abc"]), (i, ["1.5"]), (i, ["99999999999"]), (i64, ["x1"]), (f, [""])]:
        try:
            out = sess.run(t, {s: v})
            print("ok", rnd(out))
        except tf.errors.OpError as e:
            first = e.message
            print(type(e).__name__, e.op.name, e.op.type)
            print("StringToNumberOp could not correctly convert string: abc" in first,
                  "could not correctly convert string: 1.5" in first,
                  "could not correctly convert string: 99999999999" in first,
                  "could not correctly convert string: x1" in first)
    print(rnd(sess.run(f, {s: [" 2.5", "inf", "nan"]})))
