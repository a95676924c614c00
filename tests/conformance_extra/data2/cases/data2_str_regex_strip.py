# regex_replace (replace_global), regex_full_match, strip, lower/upper, static_regex forms.
from prelude import tf, np, rnd

s = tf.constant(["  Hello World  ", "foo123bar", "\tTAB\n", ""])
st = tf.strings.strip(s)
r1 = tf.strings.regex_replace(s, r"[0-9]+", "#")
r2 = tf.strings.regex_replace(s, "o", "0", replace_global=False)
r3 = tf.strings.regex_replace(tf.constant(["abc-def"]), r"(\w+)-(\w+)", r"\2_\1")
m1 = tf.strings.regex_full_match(s, r".*[0-9].*")
m2 = tf.strings.regex_full_match(tf.constant(["abc", "ABC", "ab"]), "[a-z]{3}")
lo = tf.strings.lower(st)
up = tf.strings.upper(tf.constant("mIxEd"))
ph = tf.placeholder(tf.string, [])
dyn = tf.strings.regex_full_match(tf.constant(["a1", "bb"]), ph)
print(m1.dtype.name, m1.shape, st.op.type, r1.op.type, m2.op.type, dyn.op.type)
with tf.Session() as sess:
    r = sess.run([st, r1, r2, r3, m1, m2, lo, up])
    for v in r:
        print(v.tolist() if hasattr(v, "tolist") else v)
    print(sess.run(dyn, {ph: "[a-z][0-9]"}).tolist())
    try:
        sess.run(dyn, {ph: "(unclosed"})
    except Exception as e:
        print(type(e).__name__)
    try:
        sess.run(tf.strings.regex_replace(s, "(bad", "x"))
    except Exception as e:
        print(type(e).__name__)
