# max/avg pool with odd sizes, SAME borders, strides > ksize, pool v2, 1d/3d, errors.
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
x = tf.constant(np.arange(25.0).reshape(1, 5, 5, 1), tf.float32)
t("avg_same_3s2", lambda: tf.nn.avg_pool(x, [1, 3, 3, 1], [1, 2, 2, 1], "SAME"))
t("avg_same_2s2", lambda: tf.nn.avg_pool(x, [1, 2, 2, 1], [1, 2, 2, 1], "SAME"))
t("max_same_2s2", lambda: tf.nn.max_pool(x, [1, 2, 2, 1], [1, 2, 2, 1], "SAME"))
t("max_valid_3s3", lambda: tf.nn.max_pool(x, [1, 3, 3, 1], [1, 3, 3, 1], "VALID"))
t("avg_stride_gt_k", lambda: tf.nn.avg_pool(x, [1, 1, 1, 1], [1, 3, 3, 1], "SAME"))
t("avg_ksize_big_valid", lambda: tf.nn.avg_pool(x, [1, 6, 6, 1], [1, 1, 1, 1], "VALID"))
t("avg_ksize_big_same", lambda: tf.nn.avg_pool(x, [1, 6, 6, 1], [1, 1, 1, 1], "SAME"))
t("max_ksize_batch", lambda: tf.nn.max_pool(x, [2, 2, 2, 1], [1, 1, 1, 1], "VALID"))
t("max_int_ksize", lambda: tf.nn.max_pool2d(x, 2, 2, "VALID"))
t("avg_int", lambda: tf.nn.avg_pool(tf.constant([[[[1], [2]], [[3], [4]]]]), [1, 2, 2, 1], [1, 1, 1, 1], "VALID"))
t("max_int32", lambda: tf.nn.max_pool(tf.constant([[[[1], [2]], [[3], [4]]]]), [1, 2, 2, 1], [1, 1, 1, 1], "VALID"))
t("max_v2", lambda: tf.nn.max_pool_v2(x, [1, 2, 2, 1], [1, 2, 2, 1], "SAME"))
t("pool1d", lambda: tf.nn.avg_pool1d(tf.reshape(tf.range(7.0), [1, 7, 1]), 3, 2, "SAME"))
t("max1d", lambda: tf.nn.max_pool1d(tf.reshape(tf.range(7.0), [1, 7, 1]), 2, 2, "VALID"))
t("avg3d", lambda: tf.nn.avg_pool3d(tf.ones([1, 3, 3, 3, 1]), [1, 2, 2, 2, 1], [1, 2, 2, 2, 1], "SAME"))
t("max3d_bad", lambda: tf.nn.max_pool3d(tf.ones([1, 3, 3, 3, 1]), [1, 2, 2, 1], [1, 2, 2, 2, 1], "SAME"))
t("pool_generic", lambda: tf.nn.pool(x, [3, 3], "AVG", "SAME", strides=[2, 2]))
t("pool_bad_type", lambda: tf.nn.pool(x, [2, 2], "MIN", "VALID"))
t("rank_bad", lambda: tf.nn.max_pool(tf.ones([5, 5, 1]), [1, 2, 2, 1], [1, 1, 1, 1], "VALID"))
t("argmax", lambda: tf.nn.max_pool_with_argmax(x, [1, 2, 2, 1], [1, 2, 2, 1], "SAME"))
