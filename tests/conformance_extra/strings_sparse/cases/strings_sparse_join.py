# tf.strings.join / tf.string_join: separator, broadcasting of scalars, shape errors, names.
from prelude import tf, np, rnd

a = tf.constant(["a", "b", "c"])
b = tf.constant(["x", "y", "z"])
j = tf.strings.join([a, b], separator="-")
j2 = tf.string_join([a, "!"])
j3 = tf.strings.join(["p", "q"], separator="+")
print(j.op.type, j.name, j.shape.as_list(), j2.shape.as_list(), j3.shape.as_list())
p = tf.placeholder(tf.string, [None])
j4 = tf.strings.join([p, a])
print(j4.shape.as_list())
with tf.Session() as sess:
    print([x.decode() for x in sess.run(j)], [x.decode() for x in sess.run(j2)], sess.run(j3).decode())
    print([x.decode() for x in sess.run(j4, {p: ["1", "2", "3"]})])
    try:
        sess.run(j4, {p: ["1", "2"]})
    except Exception as e:  # noqa: BLE001
        print("runtime mismatch", type(e).__name__)
try:
    tf.strings.join([a, tf.constant(["1", "2"])])
except Exception as e:  # noqa: BLE001
    print("static mismatch", type(e).__name__)
try:
    tf.strings.join([a, tf.constant([1, 2, 3])])
except Exception as e:  # noqa: BLE001
    print("non-string", type(e).__name__)
