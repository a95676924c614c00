# tf.signal.kaiser_window: lengths, beta values (0, default 12, tensor beta), float64, name scope.
from prelude import tf, np, rnd

ts = [
    tf.signal.kaiser_window(1),
    tf.signal.kaiser_window(2),
    tf.signal.kaiser_window(5),
    tf.signal.kaiser_window(6, beta=0.0),
    tf.signal.kaiser_window(7, beta=5.0, dtype=tf.float64),
    tf.signal.kaiser_window(4, beta=tf.constant(2.5)),
]
print(ts[0].name.split("/")[0], [t.dtype.name for t in ts], [t.shape.as_list() for t in ts])
with tf.Session() as sess:
    for v in sess.run(ts):
        print(rnd(v, 4))
try:
    tf.signal.kaiser_window(0)
    print("no error")
except Exception as e:  # noqa: BLE001
    print("len0", type(e).__name__)
beta = tf.constant(3.0)
g = tf.gradients(tf.reduce_sum(tf.signal.kaiser_window(5, beta=beta)), beta)[0]
with tf.Session() as sess:
    print(rnd(sess.run(g), 4))
