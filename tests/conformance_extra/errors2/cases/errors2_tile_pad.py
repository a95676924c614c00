# tf.tile / tf.pad / mirror pad: multiples and paddings shape errors, bad modes, negatives.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


x = tf.zeros([2, 3])
B("tile len 1", lambda: tf.tile(x, [2]))
B("tile len 3", lambda: tf.tile(x, [1, 1, 1]))
B("tile negative", lambda: tf.tile(x, [-1, 1]))
B("tile float", lambda: tf.tile(x, [1.0, 2.0]))
B("tile int64", lambda: tf.tile(x, tf.constant([1, 2], tf.int64)))
B("tile scalar", lambda: tf.tile(tf.constant(1.0), []))
B("pad shape [2]", lambda: tf.pad(x, [1, 1]))
B("pad shape [1,2]", lambda: tf.pad(x, [[1, 1]]))
B("pad shape [2,3]", lambda: tf.pad(x, [[1, 1, 1], [1, 1, 1]]))
B("pad negative", lambda: tf.pad(x, [[-1, 0], [0, 0]]))
B("pad mode bad", lambda: tf.pad(x, [[1, 1], [1, 1]], mode="WRAP"))
B("pad mode lower", lambda: tf.pad(x, [[1, 1], [1, 1]], mode="reflect"))
B("reflect too big", lambda: tf.pad(x, [[2, 2], [0, 0]], mode="REFLECT"))
B("symmetric ok", lambda: tf.pad(x, [[2, 2], [0, 0]], mode="SYMMETRIC"))
B("symmetric too big", lambda: tf.pad(x, [[3, 0], [0, 0]], mode="SYMMETRIC"))
B("pad constant_values dtype", lambda: tf.pad(x, [[1, 1], [1, 1]], constant_values=1))
B("pad constant_values str", lambda: tf.pad(x, [[1, 1], [1, 1]], constant_values="a"))
B("pad float paddings", lambda: tf.pad(x, [[1.0, 1.0], [1.0, 1.0]]))
m = tf.placeholder(tf.int32, [2])
pd = tf.placeholder(tf.int32, [None, 2])
t = tf.tile(x, m)
pp = tf.pad(x, pd)
rf = tf.pad(x, pd, mode="REFLECT")
print(t.shape.as_list(), pp.shape.as_list())
with tf.Session() as sess:
    for mv in [[2, 1], [-1, 1]]:
        try:
            print("tile", mv, sess.run(t, {m: mv}).shape)
        except Exception as e:  # noqa: BLE001
            print("tile", mv, "run", type(e).__name__)
    for pv in [[[1, 0], [0, 1]], [[1, 0]], [[-1, 0], [0, 0]], [[2, 0], [0, 0]]]:
        for lab, tt in [("pad", pp), ("reflect", rf)]:
            try:
                print(lab, pv, sess.run(tt, {pd: pv}).shape)
            except Exception as e:  # noqa: BLE001
                print(lab, pv, "run", type(e).__name__)
