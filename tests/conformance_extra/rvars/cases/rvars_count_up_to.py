# count_up_to on default int variables (method and tf.count_up_to), and its OutOfRange error.
from prelude import tf, np, rnd

v = tf.Variable(0, name="v")
w = tf.Variable(tf.constant(3, tf.int64), name="w")
c = v.count_up_to(3)
d = tf.count_up_to(w, 5)
for t in [c, d]:
    print(t.name, t.op.type, t.dtype.name, t.shape)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    out = []
    for _ in range(4):
        try:
            out.append(sess.run(c))
        except Exception as e:  # noqa: BLE001
            out.append(type(e).__name__)
    print(out, sess.run(v))
    print([sess.run(d), sess.run(d)])
    try:
        sess.run(d)
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
f = tf.Variable(1.0, name="f")
try:
    f.count_up_to(3)
    print("float ok")
except Exception as e:  # noqa: BLE001
    print("float", type(e).__name__)
