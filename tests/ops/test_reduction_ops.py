"""Reductions, arg-extremes, scans, top_k, segment ops and the norm/clipping composites."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


_X = np.array([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]], np.float32)


@pytest.mark.parametrize("fn,ref,op_type", [
    (tf.reduce_sum, np.sum, "Sum"), (tf.reduce_mean, np.mean, "Mean"), (tf.reduce_max, np.max, "Max"),
    (tf.reduce_min, np.min, "Min"), (tf.reduce_prod, np.prod, "Prod"),
])
@pytest.mark.parametrize("axis", [None, 0, 1, -1, [0, 1], [-1, 0]])
@pytest.mark.parametrize("keepdims", [False, True])
def test_reductions_match_numpy(fn, ref, op_type, axis, keepdims):
    t = fn(tf.constant(_X), axis=axis, keepdims=keepdims)
    expected = ref(_X, axis=None if axis is None else tuple(np.atleast_1d(axis)), keepdims=keepdims)
    assert t.op.type == op_type
    assert t.shape.as_list() == list(np.shape(expected))
    out = run(t)
    assert out.dtype == np.float32
    np.testing.assert_allclose(out, expected, rtol=1e-6)


def test_reduction_op_schema_and_default_axes_constant():
    t = tf.reduce_sum(tf.constant(_X))
    assert [i.name for i in t.op.inputs][1].startswith("Const")
    assert t.op.inputs[1].op.type == "Const"
    assert t.op.get_attr("keep_dims") is False
    assert t.op.get_attr("Tidx") == tf.int32


def test_legacy_keep_dims_and_reduction_indices():
    x = tf.constant(_X)
    t = tf.reduce_sum(x, reduction_indices=[1], keep_dims=True)
    assert t.shape.as_list() == [2, 1] and run(t).tolist() == [[9.0], [12.0]]
    with pytest.raises(ValueError):
        tf.reduce_sum(x, axis=0, reduction_indices=0)
    with pytest.raises(ValueError):
        tf.reduce_sum(x, keepdims=True, keep_dims=True)


def test_integer_mean_truncates_toward_zero_and_keeps_dtype():
    t = tf.reduce_mean(tf.constant([[-7, 2], [3, 3]]), 1)
    assert t.dtype == tf.int32 and run(t).tolist() == [-2, 3]
    assert run(tf.reduce_mean(tf.constant([[1, 2], [3, 4]]))) == 2
    assert run(tf.reduce_mean(tf.zeros([0], tf.int32))) == 0


def test_integer_sum_and_prod_keep_int32():
    s = run(tf.reduce_sum(tf.constant([2 ** 30, 2 ** 30])))
    assert s.dtype == np.int32
    assert run(tf.reduce_prod([[2, 3], [4, 5]], 1)).tolist() == [6, 20]


def test_bool_reductions():
    b = tf.constant([[True, False, True], [True, True, True]])
    r = run([tf.reduce_any(tf.logical_not(b), 1), tf.reduce_all(b, 1), tf.reduce_all(b)])
    assert r[0].tolist() == [True, False] and r[1].tolist() == [False, True] and r[2] == False  # noqa: E712
    with pytest.raises(TypeError):
        tf.reduce_any([1.0])
    with pytest.raises(TypeError):
        tf.reduce_sum([True, False])


def test_empty_reductions():
    r = run([tf.reduce_max(tf.zeros([0])), tf.reduce_sum(tf.zeros([0, 3]), 0), tf.reduce_mean(tf.zeros([0, 3]), 0)])
    assert r[0] == -np.inf and r[1].tolist() == [0, 0, 0] and np.isnan(r[2]).all()


def test_reduction_shapes_with_unknown_inputs():
    p = tf.placeholder(tf.float32, [None, 3])
    assert tf.reduce_sum(p, 0).shape.as_list() == [3]
    assert tf.reduce_sum(p, 1).shape.as_list() == [None]
    assert tf.reduce_sum(p, keepdims=True).shape.as_list() == [1, 1]
    idx = tf.placeholder(tf.int32)
    assert tf.reduce_sum(p, idx).shape.ndims is None
    assert tf.reduce_sum(p, idx, keepdims=True).shape.as_list() == [None, None]
    u = tf.placeholder(tf.float32)
    t = tf.reduce_mean(u)
    assert t.shape.as_list() == []
    assert t.op.inputs[1].op.type == "Range"
    assert run(t, {u: np.ones((2, 2), np.float32)}) == 1.0


def test_bad_reduction_axis():
    with pytest.raises(ValueError, match="Invalid reduction dimension"):
        tf.reduce_sum(tf.ones([2, 3]), 2)
    idx = tf.placeholder(tf.int32)
    with pytest.raises(tf.errors.InvalidArgumentError):
        run(tf.reduce_sum(tf.ones([2, 3]), idx), {idx: 5})


def test_reduce_max_propagates_nan():
    assert np.isnan(run(tf.reduce_max(tf.constant([1.0, np.nan, 2.0]))))


def test_reduce_logsumexp():
    x = np.array([[1.0, 2.0, 3.0], [1000.0, 1000.0, -np.inf]], np.float32)
    t = tf.reduce_logsumexp(tf.constant(x), 1)
    assert t.name == "ReduceLogSumExp:0"
    np.testing.assert_allclose(run(t), [np.log(np.exp([1, 2, 3]).sum()), 1000 + np.log(2)], rtol=1e-6)
    assert run(tf.reduce_logsumexp([-np.inf, -np.inf])) == -np.inf
    assert tf.reduce_logsumexp(tf.constant(x), keepdims=True).shape.as_list() == [1, 1]


def test_count_nonzero():
    t = tf.count_nonzero([[0, 1], [2, 0]], axis=1, keepdims=True)
    assert t.dtype == tf.int64 and run(t).tolist() == [[1], [1]]
    assert run(tf.count_nonzero(tf.constant(_X))) == 6
    assert tf.count_nonzero([1.0], dtype=tf.int32).dtype == tf.int32


# ------------------------------------------------------------------- argmax
def test_argmax_argmin_dtypes_and_values():
    x = tf.constant(_X)
    a0, a1, m1, i32 = tf.argmax(x, 0), tf.argmax(x, 1), tf.argmin(x, axis=1), tf.argmax(x, 1, output_type=tf.int32)
    assert a0.dtype == tf.int64 and i32.dtype == tf.int32 and a0.shape.as_list() == [3]
    assert [v.tolist() for v in run([a0, a1, m1, i32])] == [[1, 0, 1], [1, 2], [0, 1], [1, 2]]
    assert tf.argmax(x, dimension=1).shape.as_list() == [2]
    assert run(tf.argmax([3, 1, 3])) == 0


def test_argmax_skips_nan():
    assert run(tf.argmax([np.nan, 1.0, 5.0])) == 2
    assert run(tf.argmin([np.nan, 1.0, 0.5])) == 2
    assert run(tf.argmax([np.nan, np.nan])) == 0


def test_argmax_bad_axis_is_value_error():
    with pytest.raises(ValueError):
        tf.argmax(tf.ones([2, 3]), 2)


# --------------------------------------------------------------------- scans
@pytest.mark.parametrize("exclusive", [False, True])
@pytest.mark.parametrize("reverse", [False, True])
@pytest.mark.parametrize("axis", [0, 1, -1])
def test_cumsum_cumprod_match_numpy(exclusive, reverse, axis):
    x = np.array([[1, 2, 3], [4, 5, 6]], np.int32)

    def ref(fn, identity):
        v = np.flip(x, axis) if reverse else x
        out = fn(v, axis=axis)
        if exclusive:
            out = np.concatenate([np.full_like(np.take(out, [0], axis), identity),
                                  np.delete(out, -1, axis)], axis)
        return np.flip(out, axis) if reverse else out

    s, p = run([tf.cumsum(x, axis, exclusive=exclusive, reverse=reverse),
                tf.cumprod(x, axis, exclusive=exclusive, reverse=reverse)])
    np.testing.assert_array_equal(s, ref(np.cumsum, 0))
    np.testing.assert_array_equal(p, ref(np.cumprod, 1))
    assert s.dtype == np.int32


def test_cumsum_bad_axis():
    with pytest.raises(tf.errors.InvalidArgumentError):
        run(tf.cumsum([1, 2], axis=1))


# ---------------------------------------------------------------------- top_k
def test_top_k_sorted_values_and_stable_indices():
    v, i = tf.nn.top_k(tf.constant([[1.0, 3.0, 3.0, 2.0], [4.0, 0.0, 4.0, 5.0]]), 3)
    assert v.op.type == "TopKV2" and i.dtype == tf.int32 and v.shape.as_list() == [2, 3]
    vv, ii = run([v, i])
    assert vv.tolist() == [[3.0, 3.0, 2.0], [5.0, 4.0, 4.0]]
    assert ii.tolist() == [[1, 2, 3], [3, 0, 2]]
    assert run(tf.nn.top_k([1.0, np.nan, 3.0], 3)[1]).tolist() == [2, 0, 1]
    assert run(tf.math.top_k([1.0, 2.0], 0)[0]).shape == (0,)


def test_top_k_errors():
    with pytest.raises(ValueError):
        tf.nn.top_k([1.0, 2.0], 3)
    k = tf.placeholder(tf.int32)
    with pytest.raises(tf.errors.InvalidArgumentError):
        run(tf.nn.top_k([1.0, 2.0], k), {k: 3})


# ------------------------------------------------------------------- segments
def test_sorted_segment_ops_fill_empty_segments_with_zero():
    d = tf.constant([1.0, 2.0, 3.0])
    ids = [0, 0, 2]
    r = run([tf.segment_sum(d, ids), tf.segment_max(-d, ids), tf.segment_min(d, ids),
             tf.segment_mean(tf.constant([1, 2, 4]), ids), tf.segment_prod(d, ids)])
    assert r[0].tolist() == [3.0, 0.0, 3.0]
    assert r[1].tolist() == [-1.0, 0.0, -3.0]
    assert r[2].tolist() == [1.0, 0.0, 3.0]
    assert r[3].tolist() == [1, 0, 4]
    assert r[4].tolist() == [2.0, 1.0, 3.0]
    assert tf.segment_sum(tf.ones([3, 2]), ids).shape.as_list() == [None, 2]


def test_sorted_segment_ids_must_increase():
    with pytest.raises(tf.errors.InvalidArgumentError):
        run(tf.segment_sum([1.0, 2.0, 4.0], [1, 0, 1]))
    with pytest.raises(tf.errors.InvalidArgumentError):
        run(tf.segment_sum([1.0, 2.0], [-1, 0]))


def test_unsorted_segment_ops():
    d = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    ids = tf.constant([1, -1, 1])
    s = tf.unsorted_segment_sum(d, ids, 3)
    assert s.shape.as_list() == [3, 2]
    r = run([s, tf.unsorted_segment_max(d, ids, 2), tf.unsorted_segment_min(tf.constant([1, 2]), [0, 0], 2),
             tf.unsorted_segment_mean(d, ids, 2), tf.unsorted_segment_prod(d, ids, 2)])
    assert r[0].tolist() == [[0, 0], [6, 8], [0, 0]]
    assert r[1].tolist() == [[np.finfo(np.float32).min] * 2, [5.0, 6.0]]
    assert r[2].tolist() == [1, np.iinfo(np.int32).max]
    assert r[3].tolist() == [[0.0, 0.0], [3.0, 4.0]]
    assert r[4].tolist() == [[1.0, 1.0], [5.0, 12.0]]
    with pytest.raises(tf.errors.InvalidArgumentError):
        run(tf.unsorted_segment_sum([1.0, 2.0], [0, 5], 2))


# ---------------------------------------------------------- norms and clipping
def test_l2_normalize():
    t = tf.nn.l2_normalize([3.0, 4.0])
    assert t.name == "l2_normalize:0"
    np.testing.assert_allclose(run(t), [0.6, 0.8], rtol=1e-6)
    np.testing.assert_allclose(run(tf.math.l2_normalize([[3.0, 4.0], [0.0, 0.0]], axis=1)),
                               [[0.6, 0.8], [0.0, 0.0]], rtol=1e-6)


def test_clip_by_norm():
    x = tf.constant(_X)
    out = run(tf.clip_by_norm(x, 1.0))
    np.testing.assert_allclose(out, _X / np.linalg.norm(_X), rtol=1e-6)
    small = run(tf.clip_by_norm(x, 100.0))
    np.testing.assert_allclose(small, _X)
    per_row = run(tf.clip_by_norm(x, 1.0, axes=[1]))
    np.testing.assert_allclose(per_row, _X / np.linalg.norm(_X, axis=1, keepdims=True), rtol=1e-6)
    assert run(tf.clip_by_norm(tf.zeros([2]), 1.0)).tolist() == [0.0, 0.0]


def test_global_norm_and_clip_by_global_norm():
    a, b = tf.constant([3.0, 4.0]), tf.constant([12.0])
    n = tf.global_norm([a, None, b])
    assert n.name == "global_norm/global_norm:0"
    assert run(n) == 13.0
    clipped, norm = tf.clip_by_global_norm([a, None, b], 6.5)
    assert clipped[1] is None
    r = run([clipped[0], clipped[2], norm])
    np.testing.assert_allclose(r[0], [1.5, 2.0], rtol=1e-6)
    np.testing.assert_allclose(r[1], [6.0], rtol=1e-6)
    assert r[2] == 13.0
    inf_clip, _ = tf.clip_by_global_norm([tf.constant([np.inf, 1.0])], 1.0)
    assert np.isnan(run(inf_clip[0])).all()
    with pytest.raises(TypeError):
        tf.global_norm(a)


def test_integer_mean_sums_in_64_bits_then_truncates():
    with tf.Graph().as_default(), tf.Session() as sess:
        u = sess.run(tf.reduce_mean(tf.constant([200, 100, 7], tf.uint8)))
        i8 = sess.run(tf.reduce_mean(tf.constant([[100, 100, -3], [-7, 0, 0]], tf.int8), 1))
    assert u.dtype == np.uint8 and int(u) == 102
    assert i8.dtype == np.int8 and i8.tolist() == [65, -2]


def test_reduce_mean_of_half_rounds_the_sum_to_half_before_dividing():
    # TF rounds the (float32-accumulated) sum to half first, so a sum past 65504 makes the mean inf.
    big = run(tf.reduce_mean(tf.constant([60000.0, 10000.0], tf.float16)))
    assert big.dtype == np.float16 and np.isinf(big)
    x = np.array([1.5, 2.25, 1000.0, 0.1], np.float16)
    out = run(tf.reduce_mean(tf.constant(x), 0))
    assert out == np.float16(np.float16(x.astype(np.float32).sum()) / np.float16(4))


def test_reducing_a_resource_variable_reads_it_inside_the_reduction_scope():
    v = tf.Variable([1.0, 2.0], name="v")
    s = tf.reduce_sum(v, name="s")
    names = [op.name for op in s.graph.get_operations()]
    # As in TF: the indices come from the variable's shape first, then Sum reads it.
    assert names[-3:] == ["Const", "s/ReadVariableOp", "s"]
    with tf.Session() as sess:
        sess.run(v.initializer)
        assert sess.run(s) == 3.0


@pytest.mark.parametrize("value", [3.0, [1.0, 2.0, 4.0], [[1.0, 2.0], [3.0, 0.5]], np.zeros([0, 2])])
def test_prod_and_mean_gradients_with_unknown_rank(value):
    p = tf.placeholder(tf.float32)
    gp = tf.gradients(tf.reduce_prod(p), p)[0]
    gm = tf.gradients(tf.reduce_mean(p), p)[0]
    x = np.asarray(value, np.float32)
    with tf.Session() as sess:
        vp, vm = sess.run([gp, gm], {p: x})
    assert vp.shape == vm.shape == x.shape
    expected = np.array([np.prod(np.delete(x.reshape(-1), i)) for i in range(x.size)]).reshape(x.shape)
    np.testing.assert_allclose(vp, expected)
    np.testing.assert_allclose(vm, np.full(x.shape, 1.0 / max(x.size, 1)))


def test_prod_gradient_with_axis_fed_at_run_time():
    x = tf.constant([[1.0, 0.0, 3.0], [2.0, 3.0, 4.0]])
    axis = tf.placeholder(tf.int32, [])
    g = tf.gradients(tf.reduce_prod(x, axis), x)[0]
    with tf.Session() as sess:
        np.testing.assert_allclose(sess.run(g, {axis: 1}), [[0.0, 3.0, 0.0], [12.0, 8.0, 6.0]])
        np.testing.assert_allclose(sess.run(g, {axis: -2}), [[2.0, 3.0, 4.0], [1.0, 0.0, 3.0]])
