# pow on ints (negative exponent errors, dtype), float mod/floormod/truncatemod with negatives, sign/abs on ints.
from prelude import tf, np, rnd


def show(t):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list() if t.shape.ndims is not None else None)


f = tf.constant([5.5, -5.5, 5.5, -5.5, 0.0, -0.0])
g = tf.constant([2.0, 2.0, -2.0, -2.0, 3.0, 3.0])
i = tf.constant([-3, 0, 4, -2147483647], tf.int32)
outs = [tf.mod(f, g), tf.floormod(f, g), tf.truncatemod(f, g), tf.math.floormod(tf.constant([5, -5]), tf.constant([-3, 3])),
        tf.truncatemod(tf.constant([5, -5]), tf.constant([-3, 3])), tf.sign(i), tf.abs(i), tf.sign(tf.constant([-2, 0, 3], tf.int64)),
        tf.abs(tf.constant([-3, 4], tf.int8)), tf.pow(tf.constant([2, 3]), 2), tf.pow(tf.constant([2, -3], tf.int64), tf.constant([3, 3], tf.int64)),
        tf.pow(2.0, tf.constant([-1.0, 0.5])), tf.square(i),
        tf.sign(tf.constant([-1.5, 0.0, float("nan")])), tf.abs(tf.constant([-1 + 1j], tf.complex64)), tf.negative(i),
        tf.mod(tf.constant([7.0]), tf.constant([0.0])), tf.abs(tf.constant([-2.5, 1.5], tf.float16))]
for t in outs:
    show(t)
with tf.Session() as sess:
    for v in sess.run(outs):
        a = np.asarray(v)
        print(a.dtype.name, rnd(a))
    for bad in (lambda: tf.pow(tf.constant([2, 2]), tf.constant([1, -2])),
                lambda: tf.mod(tf.constant([3]), tf.constant([0])),
                lambda: tf.pow(tf.constant([-1, 1]), tf.constant([-1, -3]))):
        try:
            print(rnd(sess.run(bad())))
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
    try:
        tf.sign(tf.constant([True]))
        print("bool sign ok")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
    try:
        tf.abs(tf.constant(["a"]))
        print("string abs ok")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
