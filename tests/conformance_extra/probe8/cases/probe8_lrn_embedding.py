# lrn parameters; embedding_lookup with partitioned params (mod/div), max_norm, errors.
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
x = tf.constant(np.arange(1.0, 13.0).reshape(1, 2, 1, 6) / 4, tf.float32)
t("lrn_default", lambda: tf.nn.lrn(x))
t("lrn_params", lambda: tf.nn.lrn(x, depth_radius=1, bias=2.0, alpha=0.5, beta=0.75))
t("lrn_r0", lambda: tf.nn.local_response_normalization(x, 0, 1.0, 1.0, 1.0))
t("lrn_rank_bad", lambda: tf.nn.lrn(tf.ones([2, 3])))
t("lrn_f64", lambda: tf.nn.lrn(tf.ones([1, 1, 1, 2], tf.float64)))
p0 = tf.constant([[0.0, 1.0], [2.0, 3.0], [4.0, 5.0]])
p1 = tf.constant([[10.0, 11.0], [12.0, 13.0]])
ids = tf.constant([0, 1, 2, 3, 4])
t("mod", lambda: tf.nn.embedding_lookup([p0, p1], ids, partition_strategy="mod"))
t("div", lambda: tf.nn.embedding_lookup([p0, p1], ids, partition_strategy="div"))
t("mod_2d_ids", lambda: tf.nn.embedding_lookup([p0, p1], [[4, 1], [0, 3]]))
t("single_list", lambda: tf.nn.embedding_lookup([p0], [2, 0]))
t("oob", lambda: tf.nn.embedding_lookup(p0, [3]))
t("oob_part", lambda: tf.nn.embedding_lookup([p0, p1], [7], partition_strategy="div"))
t("bad_strategy", lambda: tf.nn.embedding_lookup([p0, p1], [0], partition_strategy="zz"))
big = tf.constant([[3.0, 4.0], [0.3, 0.4], [6.0, 8.0]])
t("max_norm", lambda: tf.nn.embedding_lookup(big, [0, 1, 2], max_norm=1.0))
t("max_norm_parts", lambda: tf.nn.embedding_lookup([big, big], [0, 3, 5], max_norm=2.0))
t("empty_params", lambda: tf.nn.embedding_lookup([], [0]))
t("ids_float", lambda: tf.nn.embedding_lookup(p0, [0.0]))
t("ids_i64", lambda: tf.nn.embedding_lookup(p0, tf.constant([2], tf.int64)))
t("name", lambda: tf.nn.embedding_lookup(p0, [1], name="emb"))
v = tf.Variable(np.arange(6.0).reshape(3, 2), dtype=tf.float32)
sess.run(v.initializer)
t("var", lambda: tf.nn.embedding_lookup(v, [2, 2]))
t("var_parts", lambda: tf.nn.embedding_lookup([v, v], [1, 4]))
