# tf.summary.scalar with non-scalar values (run-time InvalidArgumentError), string/bool/complex inputs (build errors).
from prelude import tf, np, rnd

p = tf.placeholder(tf.float32, None, name="p")
s = tf.summary.scalar("p", p)
print(s.name, s.shape)
v = tf.summary.scalar("vec", tf.constant([1.0, 2.0]))
print(v.name, v.shape)
with tf.Session() as sess:
    print(tf.Summary.FromString(sess.run(s, {p: 3.0})).value[0].simple_value)
    for feed in ([1.0, 2.0], [[1.0]], np.zeros([0], np.float32)):
        try:
            sess.run(s, {p: feed})
            print("no error")
        except Exception as e:  # noqa: BLE001
            print(np.shape(feed), type(e).__name__)
    try:
        sess.run(v)
        print("no error")
    except Exception as e:  # noqa: BLE001
        print("vec", type(e).__name__)
for name, val in [("str", tf.constant("a")), ("bool", tf.constant(True)),
                  ("complex", tf.constant(1 + 2j, tf.complex64))]:
    try:
        t = tf.summary.scalar(name, val)
        print(name, "built", t.name)
    except Exception as e:  # noqa: BLE001
        print(name, type(e).__name__)
try:
    tf.summary.scalar("py", 2.5)
    print("py ok")
except Exception as e:  # noqa: BLE001
    print("py", type(e).__name__)
