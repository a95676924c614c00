# tf.strings.regex_replace / regex_full_match: groups, replace_global, static vs dynamic patterns, bad regex.
from prelude import tf, np, rnd

s = tf.constant(["aaa bbb", "abc123", ""])
r1 = tf.strings.regex_replace(s, "a", "X")
r2 = tf.strings.regex_replace(s, "a", "X", replace_global=False)
r3 = tf.strings.regex_replace(s, r"([a-z]+)(\d+)", r"\2-\1")
r4 = tf.regex_replace(s, tf.constant("b+"), tf.constant("<\\0>"))
f1 = tf.strings.regex_full_match(s, "[a-z]+ [a-z]+")
f2 = tf.strings.regex_full_match(s, tf.constant(".*\\d.*"))
print(r1.op.type, r4.op.type, f1.op.type, f2.op.type, f1.dtype.name, f1.shape.as_list())
with tf.Session() as sess:
    for t in [r1, r2, r3, r4]:
        print([x.decode() for x in sess.run(t)])
    print(sess.run(f1).tolist(), sess.run(f2).tolist())
    for op in [lambda: tf.strings.regex_replace(s, "(", "x"), lambda: tf.strings.regex_full_match(s, "[a")]:
        try:
            sess.run(op())
        except Exception as e:  # noqa: BLE001
            print("bad regex", type(e).__name__)
