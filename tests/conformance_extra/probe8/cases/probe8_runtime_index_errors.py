# runtime InvalidArgumentError texts for bad indices fed at run time.
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
idx = tf.placeholder(tf.int32, [None])
nd = tf.placeholder(tf.int32, [None, None])
x = tf.constant(np.arange(12.0).reshape(3, 4), tf.float32)
t("gather", lambda: tf.gather(x, idx), {idx: [0, 3]})
t("gather_ax1", lambda: tf.gather(x, idx, axis=1), {idx: [-1]})
t("gather_nd", lambda: tf.gather_nd(x, nd), {nd: [[0, 4]]})
t("gather_nd_deep", lambda: tf.gather_nd(x, nd), {nd: [[0, 1, 2]]})
t("scatter_nd", lambda: tf.scatter_nd(nd, [1.0], [3]), {nd: [[3]]})
t("tsnu", lambda: tf.tensor_scatter_nd_update(x, nd, [1.0]), {nd: [[5, 0]]})
t("segment", lambda: tf.segment_sum([1.0, 2.0, 3.0], idx), {idx: [0, 2, 1]})
t("segment_neg", lambda: tf.segment_sum([1.0, 2.0, 3.0], idx), {idx: [-1, 0, 0]})
t("segment_len", lambda: tf.segment_sum([1.0, 2.0, 3.0], idx), {idx: [0, 0]})
t("useg", lambda: tf.unsorted_segment_sum([1.0, 2.0], idx, 2), {idx: [0, 2]})
t("onehot_neg", lambda: tf.one_hot(idx, 3), {idx: [-1, 5]})
t("embed", lambda: tf.nn.embedding_lookup(x, idx), {idx: [9]})
t("sp_xent", lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=idx, logits=x), {idx: [0, 1, 4]})
t("in_top_k", lambda: tf.nn.in_top_k(x, idx, 1), {idx: [0, 1, 4]})
t("slice", lambda: tf.slice(x, idx, [1, 1]), {idx: [3, 0]})
t("slice_size", lambda: tf.slice(x, [0, 0], idx), {idx: [4, 1]})
t("strided", lambda: tf.strided_slice(x, idx, [3, 4], [1, 1]), {idx: [0]})
t("reshape", lambda: tf.reshape(x, idx), {idx: [5, -1]})
t("reshape2", lambda: tf.reshape(x, idx), {idx: [-1, -1]})
t("tile", lambda: tf.tile(x, idx), {idx: [1]})
t("transpose", lambda: tf.transpose(x, idx), {idx: [0, 0]})
t("pad", lambda: tf.pad(x, nd), {nd: [[1, 1]]})
t("range_delta", lambda: tf.range(0, 5, tf.placeholder_with_default(0, [])))
t("batch_gather", lambda: tf.batch_gather(x, nd), {nd: [[0], [4], [1]]})
t("bincount", lambda: tf.bincount(idx), {idx: [-1, 2]})
t("matrix_band", lambda: tf.matrix_band_part(x, tf.placeholder_with_default(5, []), 0))
t("reverse_seq", lambda: tf.reverse_sequence(x, idx, 1), {idx: [1, 2, 7]})
t("dyn_partition", lambda: tf.dynamic_partition([1.0, 2.0], idx, 2), {idx: [0, 2]})
t("dyn_stitch", lambda: tf.dynamic_stitch([idx], [[1.0, 2.0]]), {idx: [0, -1]})
