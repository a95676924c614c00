# TensorArray run-time errors: out-of-range read/write, stack of unwritten, gather bad index.
from prelude import tf, np, rnd

ta = tf.TensorArray(tf.float32, size=2)
w = ta.write(0, 1.0)
cases = {
    "write_oob": lambda: ta.write(5, 1.0).stack(),
    "read_oob": lambda: w.read(3),
    "read_neg": lambda: w.read(-1),
    "gather_oob": lambda: w.write(1, 2.0).gather([0, 7]),
    "scatter_oob": lambda: ta.scatter([0, 9], [1.0, 2.0]).stack(),
}
with tf.Session() as sess:
    for k in sorted(cases):
        try:
            t = cases[k]()
            print(k, rnd(sess.run(t)))
        except Exception as e:  # noqa: BLE001
            print(k, type(e).__name__)
