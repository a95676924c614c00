# as_string precision/width/fill/scientific/shortest, bool and int forms; tf.strings.format.
from prelude import tf, np, rnd

fl = tf.constant([3.14159, -0.5, 1234.5])
outs = [tf.as_string(fl), tf.as_string(fl, precision=1), tf.as_string(fl, width=10),
        tf.as_string(fl, precision=2, width=9, fill=" "), tf.as_string(fl, scientific=True),
        tf.as_string(fl, shortest=True), tf.as_string(tf.constant([5, -12]), width=5, fill="0"),
        tf.as_string(tf.constant([True, False])), tf.as_string(tf.constant([1, 255], tf.uint8)),
        tf.as_string(tf.constant([1.0, 2.5], tf.float64), precision=3)]
with tf.Session() as sess:
    for v in sess.run(outs):
        print(v.tolist())
for kw in ({"precision": 2, "scientific": True, "shortest": True}, {"fill": "ab"}):
    try:
        tf.as_string(fl, **kw)
        print("ok")
    except Exception as e:
        print(type(e).__name__)
try:
    tf.as_string(tf.constant([1]), precision=2)
    print("ok")
except Exception as e:
    print(type(e).__name__)
fm = tf.strings.format("x={} y={}", (tf.constant(3), tf.constant([1.5, 2.0])))
fm2 = tf.strings.format("{}", tf.constant([[1, 2], [3, 4]]))
fm3 = tf.strings.format("v: {}", tf.constant("s"))
print(fm.dtype.name, fm.shape, fm.op.type)
with tf.Session() as sess:
    for v in sess.run([fm, fm2, fm3]):
        print(v.decode())
try:
    tf.strings.format("{} {}", tf.constant(1))
except Exception as e:
    print(type(e).__name__)
