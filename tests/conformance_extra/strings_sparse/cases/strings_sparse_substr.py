# tf.strings.substr / tf.substr: scalar and vector pos/len, negative pos, UTF8_CHAR, out-of-range errors.
from prelude import tf, np, rnd

s = tf.constant(["hello", "world", "tf"])
a = tf.strings.substr(s, 1, 3)
b = tf.strings.substr(s, [0, 1, 0], [1, 2, 10])
c = tf.substr(s, -2, 2)
u = tf.strings.substr(tf.constant(["héllo", "añb"]), 1, 2, unit="UTF8_CHAR")
ub = tf.strings.substr(tf.constant("héllo"), 0, 2, unit="BYTE")
print(a.op.type, a.name, a.shape.as_list(), b.shape.as_list(), u.shape.as_list(), ub.shape.as_list())
m = tf.constant([["ab", "cd"], ["ef", "gh"]])
bc = tf.strings.substr(m, [1, 0], [1, 2])
print(bc.shape.as_list())
with tf.Session() as sess:
    print([x.decode() for x in sess.run(a)], [x.decode() for x in sess.run(b)], [x.decode() for x in sess.run(c)])
    print([x.decode() for x in sess.run(u)], sess.run(ub))
    print(np.vectorize(lambda x: x.decode())(sess.run(bc)).tolist())
    for pos in [5, 6, -5, -6]:
        try:
            print(pos, repr(sess.run(tf.strings.substr(tf.constant("hello"), pos, 1)).decode()))
        except Exception as e:  # noqa: BLE001
            print(pos, type(e).__name__)
    try:
        sess.run(tf.strings.substr(s, 0, -1))
        print("neg len ok")
    except Exception as e:  # noqa: BLE001
        print("neg len", type(e).__name__)
try:
    tf.strings.substr(s, [0, 1], 1)
except Exception as e:  # noqa: BLE001
    print("shape", type(e).__name__)
try:
    tf.strings.substr(s, 0, 1, unit="CHAR")
except Exception as e:  # noqa: BLE001
    print("unit", type(e).__name__)
