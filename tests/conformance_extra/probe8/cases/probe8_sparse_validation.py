# SparseTensor: to_dense validation, reorder, add, reduce_sum, concat, value fetch/feed.
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
st = tf.SparseTensor([[1, 0], [0, 2]], [5.0, 7.0], [2, 3])
t("to_dense_unordered", lambda: tf.sparse.to_dense(st))
t("to_dense_unordered_v", lambda: tf.sparse.to_dense(st, validate_indices=True))
t("to_dense_default", lambda: tf.sparse_tensor_to_dense(st, default_value=-1.0))
t("reorder", lambda: tf.sparse.reorder(st).indices)
dup = tf.SparseTensor([[0, 0], [0, 0]], [1.0, 2.0], [2, 2])
t("dup_dense", lambda: tf.sparse.to_dense(dup))
t("dup_no_validate", lambda: tf.sparse.to_dense(dup, validate_indices=False))
oob = tf.SparseTensor([[3, 0]], [1.0], [2, 2])
t("oob_dense", lambda: tf.sparse.to_dense(oob))
t("std_sparse_to_dense", lambda: tf.sparse_to_dense([[0, 1], [1, 0]], [2, 2], [3, 4]))
t("std_bad_order", lambda: tf.sparse_to_dense([[1, 0], [0, 1]], [2, 2], [3, 4]))
t("std_scalar_val", lambda: tf.sparse_to_dense([0, 2], [4], 9, default_value=1))
a = tf.SparseTensor([[0, 0], [1, 1]], [1.0, 2.0], [2, 2])
b = tf.SparseTensor([[0, 0], [1, 0]], [3.0, -2.0], [2, 2])
t("add", lambda: tf.sparse.to_dense(tf.sparse.add(a, b)))
t("add_thresh", lambda: tf.sparse.add(a, b, threshold=2.5).values)
t("add_dense", lambda: tf.sparse.add(a, tf.ones([2, 2])))
t("add_shape_bad", lambda: tf.sparse.add(a, tf.SparseTensor([[0, 0]], [1.0], [3, 2])).values)
t("rsum", lambda: tf.sparse.reduce_sum(a))
t("rsum_ax", lambda: tf.sparse.reduce_sum(a, 1))
t("rsum_keep", lambda: tf.sparse.reduce_sum(a, 0, keepdims=True))
t("rsum_sparse", lambda: tf.sparse.reduce_sum_sparse(a, 1).indices)
t("rmax", lambda: tf.sparse.reduce_max(b, 1))
t("concat", lambda: tf.sparse.to_dense(tf.sparse.concat(1, [a, b])))
t("concat_expand", lambda: tf.sparse.concat(0, [a, tf.SparseTensor([[0, 2]], [1.0], [1, 3])], expand_nonconcat_dim=True).dense_shape)
t("concat_bad", lambda: tf.sparse.concat(0, [a, tf.SparseTensor([[0, 2]], [1.0], [1, 3])]).dense_shape)
v = sess.run(a)
print(type(v).__name__, rnd(v.indices), rnd(v.values), rnd(v.dense_shape))
sp = tf.sparse_placeholder(tf.float32, shape=[None, 3])
print("sp_ph", sp.indices.name, sp.values.name, sp.dense_shape.name, sh(sp.indices))
t("feed_value", lambda: tf.sparse.reduce_sum(sp, 1), {sp: tf.SparseTensorValue([[0, 1], [1, 2]], [2.0, 3.0], [2, 3])})
t("feed_tuple", lambda: tf.sparse.reduce_sum(sp, 1), {sp: ([[0, 1]], [4.0], [1, 3])})
t("feed_bad_shape", lambda: tf.sparse.reduce_sum(sp, 1), {sp: ([[0, 1]], [4.0], [1, 4])})
t("st_bad_rank", lambda: tf.SparseTensor([[0]], [1.0], [2, 2]).shape)
t("st_dtype", lambda: tf.SparseTensor([[0]], [1], [2]).values)
