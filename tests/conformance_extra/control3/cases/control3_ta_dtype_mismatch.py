# TensorArray dtype mismatch on write/unstack/scatter/split: build-time error classes.
from prelude import tf, np, rnd

ta = tf.TensorArray(tf.float32, size=2)
for name, fn in [
    ("unstack_int", lambda: ta.unstack(tf.constant([1, 2]))),
    ("scatter_int", lambda: ta.scatter([0, 1], tf.constant([1, 2]))),
    ("split_int", lambda: ta.split(tf.constant([1, 2]), [1, 1])),
    ("unstack_list", lambda: ta.unstack([1, 2])),
    ("write_pyint", lambda: ta.write(0, 3)),
]:
    try:
        out = fn()
        print(name, "ok", out.element_shape)
    except Exception as e:  # noqa: BLE001
        print(name, type(e).__name__)
ti = tf.TensorArray(tf.int32, size=1)
try:
    t = ti.write(0, tf.constant(1.5)).stack()
    with tf.Session() as sess:
        print(sess.run(t))
except Exception as e:  # noqa: BLE001
    print("write_float_into_int", type(e).__name__)
