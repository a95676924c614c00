# Image summary bad input: wrong rank/channels (build or run time), int32 dtype, placeholders of unknown shape.
from prelude import tf, np, rnd

for name, t in [("rank3", tf.zeros([2, 2, 3])), ("ch2", tf.zeros([1, 2, 2, 2])),
                ("ch5", tf.zeros([1, 2, 2, 5])), ("int32", tf.zeros([1, 2, 2, 3], tf.int32)),
                ("bool", tf.zeros([1, 2, 2, 3], tf.bool))]:
    try:
        s = tf.summary.image(name, t)
        print(name, "built", s.name)
        with tf.Session() as sess:
            sess.run(s)
        print(name, "ran")
    except Exception as e:  # noqa: BLE001
        print(name, type(e).__name__)
p = tf.placeholder(tf.float32, None)
s = tf.summary.image("ph", p)
with tf.Session() as sess:
    for shape in ([1, 2, 2, 1], [2, 2, 1], [1, 2, 2, 2], [0, 2, 2, 3]):
        try:
            out = tf.Summary.FromString(sess.run(s, {p: np.ones(shape)}))
            print(shape, len(out.value))
        except Exception as e:  # noqa: BLE001
            print(shape, type(e).__name__)
try:
    tf.summary.image("mo0", tf.zeros([1, 2, 2, 1]), max_outputs=0)
    print("mo0 built")
except Exception as e:  # noqa: BLE001
    print("mo0", type(e).__name__)
