# tf.where / where_v2 / select: condition dtype, x/y dtype and shape mismatches.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.op.type, r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


c = tf.constant([True, False, True])
x = tf.constant([1.0, 2.0, 3.0])
y = tf.constant([4.0, 5.0, 6.0])
B("where cond int", lambda: tf.where(tf.constant([1, 0, 1]), x, y))
B("where cond float", lambda: tf.where(tf.constant([1.0, 0.0, 1.0]), x, y))
B("where x/y dtype", lambda: tf.where(c, x, tf.constant([1, 2, 3])))
B("where y python", lambda: tf.where(c, x, [7, 8, 9]))
B("where shape mismatch", lambda: tf.where(c, x, tf.zeros([2])))
B("where cond rank1 x rank2", lambda: tf.where(c, tf.zeros([3, 2]), tf.zeros([3, 2])))
B("where cond rank1 len mismatch", lambda: tf.where(tf.constant([True, False]), tf.zeros([3, 2]), tf.zeros([3, 2])))
B("where x only", lambda: tf.where(c, x))
B("where one arg int", lambda: tf.where(tf.constant([1, 0, 2])))
B("where one arg float", lambda: tf.where(tf.constant([1.0, 0.0])))
B("where one arg string", lambda: tf.where(tf.constant(["a", ""])))
B("where_v2 broadcast", lambda: tf.where_v2(tf.constant([[True], [False]]), x, 0.0))
B("where_v2 bad broadcast", lambda: tf.where_v2(tf.constant([True, False]), x, y))
B("where_v2 dtype", lambda: tf.where_v2(c, x, tf.constant([1, 2, 3])))
B("where_v2 cond int", lambda: tf.where_v2(tf.constant([1, 0, 1]), x, y))
B("select", lambda: tf.raw_ops.Select(condition=c, x=x, y=y))
p = tf.placeholder(tf.bool, [None])
w = tf.where(p, x, y)
w2 = tf.where_v2(p, x, y)
with tf.Session() as sess:
    print(rnd(sess.run(tf.where(tf.constant([1, 0, 2])))), sess.run(tf.where(tf.constant([1, 0, 2]))).dtype)
    for pv in [[True, False, True], [True, False]]:
        for lab, t in [("where", w), ("where_v2", w2)]:
            try:
                print(lab, rnd(sess.run(t, {p: pv})))
            except Exception as e:  # noqa: BLE001
                print(lab, "run", type(e).__name__)
