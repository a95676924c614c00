# tf.as_string / tf.strings.as_string: precision, width, fill, scientific, shortest, ints, bools, errors.
from prelude import tf, np, rnd

f = tf.constant([3.14159, -0.5, 1234.5678])
i = tf.constant([7, -42, 0])
print([x.decode() for x in tf.Session().run(tf.as_string(f))])
with tf.Session() as sess:
    for kw in [{}, {"precision": 2}, {"scientific": True}, {"shortest": True}, {"width": 10},
               {"width": 10, "fill": "0", "precision": 1}, {"precision": 3, "scientific": True}]:
        print(kw, [x.decode() for x in sess.run(tf.strings.as_string(f, **kw))])
    for kw in [{}, {"width": 5}, {"width": 5, "fill": "0"}]:
        print(kw, [x.decode() for x in sess.run(tf.as_string(i, **kw))])
    print([x.decode() for x in sess.run(tf.as_string(tf.constant([True, False])))])
    print([x.decode() for x in sess.run(tf.as_string(tf.constant([1, 2], tf.int64), width=3))])
    print([x.decode() for x in sess.run(tf.as_string(tf.constant([1.5], tf.float64), precision=4))])
    print(sess.run(tf.as_string(tf.constant(2.0))).decode())
for kw in [{"scientific": True, "shortest": True}, {"fill": "ab"}]:
    try:
        sess2 = tf.Session()
        sess2.run(tf.as_string(f, **kw))
        print("ok", kw)
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
try:
    tf.as_string(i, precision=2)
    print("int precision build ok")
    tf.Session().run(tf.as_string(i, precision=2))
except Exception as e:  # noqa: BLE001
    print("int precision", type(e).__name__)
t = tf.as_string(tf.constant([[1, 2]]))
print(t.op.type, t.dtype.name, t.shape.as_list())
