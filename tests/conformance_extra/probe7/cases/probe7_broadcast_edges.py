# Broadcasting edge cases: zero-size dims, rank mismatch, incompatible shapes, broadcast_to, broadcast_static_shape.
from prelude import tf, np, rnd

def t(label, f):
    try:
        r = f()
        if isinstance(r, tf.Tensor):
            with tf.Session() as s:
                out = s.run(r)
            print(label, "->", r.shape, rnd(out))
        else:
            print(label, "->", r)
    except Exception as e:
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200])

t("zero_dim", lambda: tf.ones([0, 3]) + tf.ones([1, 3]))
t("zero_vs_one", lambda: tf.ones([0]) * tf.ones([1]))
t("zero_vs_two", lambda: tf.ones([0]) * tf.ones([2]))
t("rank5", lambda: tf.ones([1, 1, 1, 1, 2]) + tf.ones([3, 1]))
t("incompat", lambda: tf.ones([2, 3]) + tf.ones([3, 2]))
t("incompat_msg_mul", lambda: tf.ones([4]) * tf.ones([3]))
t("scalar_vs_empty", lambda: tf.constant(1.0) + tf.ones([0, 2]))
t("broadcast_to", lambda: tf.broadcast_to([1, 2], [2, 2]))
t("broadcast_to_bad", lambda: tf.broadcast_to([1, 2, 3], [2, 2]))
t("broadcast_to_tensor_shape", lambda: tf.broadcast_to(1.0, tf.constant([2, 1])))
t("static_shape", lambda: tf.broadcast_static_shape(tf.TensorShape([2, 1]), tf.TensorShape([1, 3])))
t("static_shape_bad", lambda: tf.broadcast_static_shape(tf.TensorShape([2]), tf.TensorShape([3])))
t("static_shape_none", lambda: tf.broadcast_static_shape(tf.TensorShape([None, 1]), tf.TensorShape([1, 3])))
t("dynamic_shape", lambda: tf.broadcast_dynamic_shape([2, 1], [1, 3]))
t("dynamic_shape_bad", lambda: tf.broadcast_dynamic_shape([2], [3]))
p = tf.placeholder(tf.float32, [None, 1])
t("unknown_plus", lambda: (p + tf.ones([1, 4])).shape)
t("unknown_plus2", lambda: (p + tf.ones([5, 4])).shape)
q = tf.placeholder(tf.float32)
t("unknown_rank", lambda: (q + tf.ones([2])).shape)
with tf.Session() as s:
    t("run_bad", lambda: s.run(p + tf.ones([3, 2]), {p: np.ones([2, 1])}))
t("where_bcast", lambda: tf.where_v2([True, False], tf.ones([2, 2]), 0.0))
t("where_v1_bad", lambda: tf.where([True, False], tf.ones([2, 2]), tf.zeros([2, 2])))
t("maximum_bcast", lambda: tf.maximum(tf.ones([2, 1]), [0.0, 2.0, 3.0]))
t("squared_diff", lambda: tf.squared_difference(tf.ones([2, 1]), [0.0, 3.0]))
t("equal_bad", lambda: tf.equal(tf.ones([2]), tf.ones([3])))
t("equal_str_num", lambda: tf.equal(tf.constant("a"), tf.constant(1)))
