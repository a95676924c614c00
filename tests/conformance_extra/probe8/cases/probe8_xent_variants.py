# sigmoid/softmax/sparse cross entropy variants: shapes, labels errors, dtypes, names.
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
lg = tf.constant([[2.0, -1.0, 0.5], [0.0, 3.0, -2.0]])
lb = tf.constant([[0.0, 1.0, 0.0], [0.5, 0.5, 0.0]])
t("sm_v2", lambda: tf.nn.softmax_cross_entropy_with_logits_v2(labels=lb, logits=lg))
t("sm_v1", lambda: tf.nn.softmax_cross_entropy_with_logits(labels=lb, logits=lg))
t("sm_axis0", lambda: tf.nn.softmax_cross_entropy_with_logits_v2(labels=lb, logits=lg, axis=0))
t("sm_shape_bad", lambda: tf.nn.softmax_cross_entropy_with_logits_v2(labels=lb[:, :2], logits=lg))
t("sm_1d", lambda: tf.nn.softmax_cross_entropy_with_logits_v2(labels=[0.0, 1.0], logits=[1.0, 2.0]))
t("sm_3d", lambda: tf.nn.softmax_cross_entropy_with_logits_v2(labels=tf.ones([2, 2, 3]) / 3, logits=tf.ones([2, 2, 3])))
t("sm_positional", lambda: tf.nn.softmax_cross_entropy_with_logits(lb, lg))
t("sp", lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[1, 0], logits=lg))
t("sp_i64", lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.constant([2, 2], tf.int64), logits=lg))
t("sp_oob", lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[3, 0], logits=lg))
t("sp_neg", lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[-1, 0], logits=lg))
t("sp_rank_bad", lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[[1], [0]], logits=lg))
t("sp_float_labels", lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[1.0, 0.0], logits=lg))
t("sp_3d", lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[[1, 0]], logits=tf.ones([1, 2, 3])))
t("sig", lambda: tf.nn.sigmoid_cross_entropy_with_logits(labels=lb, logits=lg))
t("sig_bad", lambda: tf.nn.sigmoid_cross_entropy_with_logits(labels=lb[:1], logits=lg))
t("sig_int", lambda: tf.nn.sigmoid_cross_entropy_with_logits(labels=[1], logits=[1]))
t("wce", lambda: tf.nn.weighted_cross_entropy_with_logits(labels=lb, logits=lg, pos_weight=2.0))
t("wce_v1", lambda: tf.nn.weighted_cross_entropy_with_logits(targets=lb, logits=lg, pos_weight=2.0))
t("l2", lambda: tf.nn.l2_loss(lg))
t("l2_int", lambda: tf.nn.l2_loss(tf.constant([1, 2])))
t("log_softmax", lambda: tf.nn.log_softmax(tf.constant([1000.0, 0.0, -1000.0])))
t("log_softmax_ax0", lambda: tf.nn.log_softmax(lg, axis=0))
t("log_softmax_bad", lambda: tf.nn.log_softmax(lg, axis=2))
t("softmax_int", lambda: tf.nn.softmax(tf.constant([1, 2])))
