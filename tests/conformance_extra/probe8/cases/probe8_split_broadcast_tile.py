# split with sizes and -1, broadcast_to, tile, space_to_depth errors.
from prelude import tf, np, rnd

sess = tf.Session()


def sh(x):
    return x.shape.as_list() if x.shape.ndims is not None else None


def _msg(e):
    """The kernel's own message: the line after "Node: ..." in a graph execution error."""
    lines = str(e).splitlines() or [""]
    for i, line in enumerate(lines[:-1]):
        if line.startswith("Node: "):
            return lines[i + 1][:200]
    return lines[0][:200]


def t(label, f, feed=None):
    """Build with f(); print static info, then run and print the value or the error."""
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "build!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200])
        return
    rs = r if isinstance(r, (list, tuple)) else [r]
    for x in rs:
        if hasattr(x, "dtype") and hasattr(x, "op"):
            print(label, x.op.type, x.dtype.name, sh(x))
    try:
        v = sess.run(r, feed)
        print(label, "=", rnd(v))
    except Exception as e:  # noqa: BLE001
        print(label, "run!!", type(e).__name__, _msg(e))
x = tf.constant(np.arange(12).reshape(3, 4))
t("split_neg1", lambda: tf.split(x, [1, -1, 1], axis=1))
t("split_two_neg", lambda: tf.split(x, [-1, -1], axis=1))
t("split_sum_bad", lambda: tf.split(x, [1, 1], axis=1))
t("split_num_uneven", lambda: tf.split(x, 3, axis=1))
t("split_tensor_sizes", lambda: tf.split(x, tf.constant([1, 3]), axis=1))
t("split_axis_tensor", lambda: tf.split(x, 3, axis=tf.constant(0)))
t("split_num_kw", lambda: tf.split(x, [2, 2], 1, num=2))
t("split_zero", lambda: tf.split(x, [0, 4], axis=1))
t("split_neg_axis", lambda: tf.split(x, 2, axis=-1))
p = tf.placeholder(tf.float32, [None, 6])
t("split_ph", lambda: tf.split(p, [2, -1], 1))
t("split_ph0", lambda: tf.split(p, 2, 0))
t("bt", lambda: tf.broadcast_to([1, 2], [3, 2]))
t("bt_bad", lambda: tf.broadcast_to([1, 2], [3, 3]))
t("bt_rank_smaller", lambda: tf.broadcast_to([[1, 2]], [2]))
t("bt_ph", lambda: tf.broadcast_to(tf.placeholder(tf.float32, [None, 1]), [4, 3]))
t("bt_dyn", lambda: tf.broadcast_to([1, 2], tf.placeholder(tf.int32, [3])))
t("bs", lambda: tf.broadcast_static_shape(tf.TensorShape([None, 1]), tf.TensorShape([3, 4])))
t("tile_neg", lambda: tf.tile([1, 2], [-1]))
t("tile_zero", lambda: tf.tile([[1, 2]], [0, 2]))
t("tile_i64", lambda: tf.tile([1, 2], tf.constant([2], tf.int64)))
t("tile_ph", lambda: tf.tile(p, [2, 3]))
t("s2d", lambda: tf.space_to_depth(tf.reshape(tf.range(16.0), [1, 4, 4, 1]), 2))
t("s2d_bad", lambda: tf.space_to_depth(tf.ones([1, 3, 4, 1]), 2))
t("s2d_bs1", lambda: tf.space_to_depth(tf.ones([1, 4, 4, 1]), 1))
t("d2s", lambda: tf.depth_to_space(tf.reshape(tf.range(8.0), [1, 1, 2, 4]), 2))
t("d2s_bad", lambda: tf.depth_to_space(tf.ones([1, 1, 1, 3]), 2))
t("s2b", lambda: tf.space_to_batch_nd(tf.ones([1, 4, 4, 1]), [2, 2], [[0, 0], [0, 0]]))
t("b2s", lambda: tf.batch_to_space_nd(tf.ones([4, 1, 1, 1]), [2, 2], [[0, 0], [0, 1]]))
