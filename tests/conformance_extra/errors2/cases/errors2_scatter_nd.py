# scatter_nd / tensor_scatter_nd_update: out-of-range indices, shape and dtype mismatches.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


idx = tf.constant([[0], [2]])
upd = tf.constant([1.0, 2.0])
B("ok", lambda: tf.scatter_nd(idx, upd, [4]))
B("updates len mismatch", lambda: tf.scatter_nd(idx, tf.constant([1.0, 2.0, 3.0]), [4]))
B("indices float", lambda: tf.scatter_nd(tf.constant([[0.0]]), tf.constant([1.0]), [4]))
B("shape float", lambda: tf.scatter_nd(idx, upd, [4.0]))
B("index depth > rank", lambda: tf.scatter_nd(tf.constant([[0, 1]]), tf.constant([1.0]), [4]))
B("updates rank bad", lambda: tf.scatter_nd(idx, tf.zeros([2, 3]), [4, 2]))
B("tsu dtype mismatch", lambda: tf.tensor_scatter_nd_update(tf.zeros([4]), idx, tf.constant([1, 2])))
B("tsu shape mismatch", lambda: tf.tensor_scatter_nd_update(tf.zeros([4]), idx, tf.zeros([3])))
B("tsa ok", lambda: tf.tensor_scatter_nd_add(tf.zeros([4, 2]), idx, tf.zeros([2, 2])))
B("tsa bad inner", lambda: tf.tensor_scatter_nd_add(tf.zeros([4, 2]), idx, tf.zeros([2, 3])))
oob = tf.scatter_nd(tf.constant([[5]]), tf.constant([1.0]), [4])
neg = tf.scatter_nd(tf.constant([[-1]]), tf.constant([1.0]), [4])
tsu = tf.tensor_scatter_nd_update(tf.zeros([4]), tf.constant([[4]]), tf.constant([1.0]))
sh = tf.placeholder(tf.int32, [1])
dyn = tf.scatter_nd(idx, upd, sh)
print(dyn.shape.as_list())
with tf.Session() as sess:
    for lab, t, fd in [("oob", oob, None), ("neg", neg, None), ("tsu oob", tsu, None),
                       ("dyn 4", dyn, {sh: [4]}), ("dyn 2", dyn, {sh: [2]})]:
        try:
            print(lab, rnd(sess.run(t, fd)))
        except Exception as e:  # noqa: BLE001
            print(lab, "run", type(e).__name__)
