# String ops: split, join, substr, length, as_string, string_to_number, regex, case.
from prelude import tf, np, rnd

s = tf.constant(["hello world", "a,b,,c", ""])
sp = tf.string_split(s, delimiter=" ,")
j = tf.strings.join(["x", tf.constant(["1", "2"])], separator="-")
sub = tf.substr(tf.constant(["abcdef", "xy"]), 1, 3)
ln = tf.strings.length(s)
asn = tf.as_string(tf.constant([1.5, -2.0]), precision=2)
asi = tf.as_string(tf.constant([7, 42]), width=4, fill="0")
num = tf.string_to_number(tf.constant(["3.5", "-1e2"]))
numi = tf.strings.to_number(["12", "-3"], out_type=tf.int64)
rr = tf.regex_replace(s, "[aeiou]", "_")
up = tf.strings.upper(s)
rj = tf.reduce_join(tf.constant([["a", "b"], ["c", "d"]]), axis=1, separator="+")
for t in (j, sub, ln, asn, asi, num, numi, rr, up, rj):
    print(t.op.type, t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    r = sess.run([sp, j, sub, ln, asn, asi, num, numi, rr, up, rj])
    print(rnd(r[0].indices), r[0].values, rnd(r[0].dense_shape))
    for v in r[1:]:
        print(rnd(v))
