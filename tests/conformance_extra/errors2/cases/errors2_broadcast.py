# Broadcasting: incompatible static shapes at build, dynamic mismatch at run, broadcast_to / helpers.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        if isinstance(r, tf.TensorShape):
            print(label, "ok shape", r.as_list())
            return r
        print(label, "ok", r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


B("add 2x3 4x3", lambda: tf.zeros([2, 3]) + tf.zeros([4, 3]))
B("mul 3 vs 4", lambda: tf.multiply(tf.zeros([3]), tf.zeros([4])))
B("maximum 2x3 vs 2", lambda: tf.maximum(tf.zeros([2, 3]), tf.zeros([2])))
B("equal bad", lambda: tf.equal(tf.zeros([2]), tf.zeros([3])))
B("logical bad", lambda: tf.logical_and(tf.zeros([2], tf.bool), tf.zeros([3], tf.bool)))
B("add ok", lambda: tf.zeros([2, 1]) + tf.zeros([1, 4]))
B("broadcast_to bad", lambda: tf.broadcast_to(tf.zeros([3]), [2, 4]))
B("broadcast_to smaller rank", lambda: tf.broadcast_to(tf.zeros([2, 3]), [3]))
B("broadcast_to ok", lambda: tf.broadcast_to(tf.zeros([3]), [2, 3]))
B("broadcast_to negative", lambda: tf.broadcast_to(tf.zeros([3]), [-1, 3]))
B("static shape bad", lambda: tf.broadcast_static_shape(tf.TensorShape([2]), tf.TensorShape([3])))
B("static shape ok", lambda: tf.broadcast_static_shape(tf.TensorShape([2, 1]), tf.TensorShape([3])))
B("dynamic_shape bad", lambda: tf.broadcast_dynamic_shape(tf.constant([2]), tf.constant([3])))
p = tf.placeholder(tf.float32, [None])
q = tf.placeholder(tf.float32, [None])
s = p + q
bt = tf.broadcast_to(p, [2, 3])
sq = tf.squared_difference(p, q)
bd = tf.broadcast_dynamic_shape(tf.shape(p), tf.shape(q))
with tf.Session() as sess:
    for pv, qv in [([1.0, 2.0], [3.0]), ([1.0, 2.0], [3.0, 4.0, 5.0])]:
        for lab, t in [("add", s), ("sqdiff", sq), ("bds", bd)]:
            try:
                print(lab, rnd(sess.run(t, {p: pv, q: qv})))
            except Exception as e:  # noqa: BLE001
                print(lab, "run", type(e).__name__)
    for pv in [[1.0, 2.0, 3.0], [1.0, 2.0]]:
        try:
            print("bt", rnd(sess.run(bt, {p: pv})))
        except Exception as e:  # noqa: BLE001
            print("bt run", type(e).__name__)
