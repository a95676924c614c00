# tf.gather with axis / batch_dims, negative axis, partial shapes, bad indices.
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

x = tf.constant(np.arange(24).reshape(2, 3, 4))
t("ax1", lambda: tf.gather(x, [2, 0], axis=1))
t("ax_neg", lambda: tf.gather(x, [[1, 0]], axis=-1))
t("bd1", lambda: tf.gather(x, [[0, 2], [1, 1]], axis=1, batch_dims=1))
t("bd1_ax2", lambda: tf.gather(x, [[0, 3], [1, 1]], axis=2, batch_dims=1))
t("bd_neg", lambda: tf.gather(x, [[0, 2], [1, 1]], axis=-2, batch_dims=-1))
t("bd_gt_axis", lambda: tf.gather(x, [[0, 2], [1, 1]], axis=0, batch_dims=1))
t("scalar_idx", lambda: tf.gather(x, 1, axis=2))
t("oob", lambda: tf.gather(x, [3], axis=1))
t("neg_idx", lambda: tf.gather(x, [-1], axis=1))
t("ax_oob", lambda: tf.gather(x, [0], axis=3))
t("ax_tensor", lambda: tf.gather(x, [0], axis=tf.constant(1)))
t("i64", lambda: tf.gather(x, tf.constant([1], tf.int64)))
p = tf.placeholder(tf.float32, [None, 5])
t("ph_ax1", lambda: tf.gather(p, [0, 1, 2], axis=1))
t("ph_ax0", lambda: tf.gather(p, tf.placeholder(tf.int32, [None, 2])), {p: np.ones([1, 5])})
pu = tf.placeholder(tf.float32)
t("unk", lambda: tf.gather(pu, [0, 1], axis=1))
t("v1_gather_params", lambda: tf.gather(params=x, indices=[1], validate_indices=False))
t("bd_mismatch", lambda: tf.gather(x, [[0], [1], [0]], axis=1, batch_dims=1))
t("empty_idx", lambda: tf.gather(x, tf.zeros([0], tf.int32), axis=1))
