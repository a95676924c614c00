# Dimensions as slice bounds, split counts and shape-list entries (known and unknown).
from prelude import tf, np, rnd

tf.disable_v2_behavior()
x = tf.placeholder(tf.float32, [None, 4], name="x")
n, d = x.shape[0], x.shape[1]


def t(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except Exception as err:  # noqa: BLE001
        print(label, type(err).__name__)


t("slice_half", lambda: x[:, :d // 2])
t("index_dim", lambda: x[d - 3])
t("step_dim", lambda: x[:, ::d // 2])
t("slice_unknown", lambda: x[:n])
t("index_unknown", lambda: x[n])
t("split_dim", lambda: tf.split(x, d, axis=1)[0])
t("split_unknown", lambda: tf.split(x, n, axis=0))
t("unstack_num", lambda: len(tf.unstack(x, num=d, axis=1)))
t("zeros_none", lambda: tf.zeros([None, 2]))
t("zeros_unknown_dim", lambda: tf.zeros([n, 2]))
t("ones_unknown_dim", lambda: tf.ones([n, 2]))
t("zeros_partial_shape", lambda: tf.zeros(tf.TensorShape([None, 2])))
t("zeros_shape_attr", lambda: tf.zeros(x.shape))
t("fill_unknown", lambda: tf.fill([n, 2], 1.0))
t("reshape_unknown", lambda: tf.reshape(x, [n, 2]))
t("tile_unknown", lambda: tf.tile(x, [n, 1]))
t("const_unknown", lambda: tf.constant([n, 2]))
t("gv_unknown", lambda: tf.get_variable("a", [n, 2]))
t("reshape_shape", lambda: tf.reshape(x, x.shape))
t("ph_from_shape", lambda: tf.placeholder(tf.float32, x.shape))
t("ph_from_dims", lambda: tf.placeholder(tf.float32, [n, d]))
t("one_hot_depth", lambda: tf.one_hot([1, 2], depth=d))
t("range_dim", lambda: tf.range(0, d, 2))
t("tile_dims", lambda: tf.tile(x, [1, d]))
t("cast_dim", lambda: tf.cast(d, tf.float32))
t("tensor_times_dim", lambda: x * d)
t("dim_times_tensor", lambda: d * x)
t("fmt_spec", lambda: "{:>3}".format(d))
t("fmt_plain", lambda: "{}".format(n))
t("float_dim", lambda: float(d))
t("np_array_dims", lambda: np.array([d, d]).tolist())
t("np_prod", lambda: int(np.prod(x.shape[1:])))
t("dim_in_shape", lambda: (4 in x.shape, None in x.shape))
with tf.Session() as sess:
    xv = np.arange(8, dtype=np.float32).reshape(2, 4)
    print(sess.run(x[:, d - 1], {x: xv}).tolist(), sess.run(x[:, :d // 2], {x: xv}).tolist())
    print([p.tolist() for p in sess.run(tf.split(x, d // 2, axis=1), {x: xv})])
    print(sess.run(tf.one_hot([1, 3], depth=d)).tolist())
