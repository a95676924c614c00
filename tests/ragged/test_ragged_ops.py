"""tf.ragged functions and RaggedTensor dispatch of core ops, against NumPy references."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def _run(x, feed=None):
    with tf.Session() as s:
        return s.run(x, feed)


def _rows(seed, nrows=5):
    rng = np.random.RandomState(seed)
    return [rng.uniform(-5, 5, size=rng.randint(0, 4)).round(2).tolist() for _ in range(nrows)]


@pytest.mark.parametrize("seed", range(3))
def test_reductions_match_numpy_per_row(seed):
    rows = _rows(seed)
    rt = tf.ragged.constant(rows, dtype=tf.float64)
    s, mx, mean, total = _run([tf.reduce_sum(rt, axis=1), tf.reduce_max(rt, axis=1),
                               tf.reduce_mean(rt, axis=1), tf.reduce_sum(rt)])
    np.testing.assert_allclose(s, [np.sum(r) for r in rows])
    np.testing.assert_allclose(mx, [np.max(r) if r else np.finfo(np.float64).min for r in rows])
    with np.errstate(invalid="ignore"):
        np.testing.assert_allclose(mean, [np.mean(r) if r else np.nan for r in rows])
    np.testing.assert_allclose(total, sum(sum(r) for r in rows))
    width = max([len(r) for r in rows] + [0])
    cols = [[r[j] for r in rows if j < len(r)] for j in range(width)]
    np.testing.assert_allclose(_run(tf.reduce_sum(rt, axis=0)), [np.sum(c) for c in cols])


def test_reduce_over_inner_ragged_axis():
    m = tf.ragged.constant([[[1, 2], [3]], [[4, 5, 6]], []])
    assert _run(tf.reduce_sum(m, axis=1)).to_list() == [[4, 2], [4, 5, 6], []]
    assert _run(tf.reduce_sum(m, axis=2)).to_list() == [[3, 3], [15], []]
    assert _run(tf.reduce_sum(m, axis=[1, 2])).tolist() == [6, 15, 0]


def test_ragged_range_matches_numpy_arange():
    starts, limits, deltas = [0, 5, 8, 3], [3, 3, 12, -4], [1, 2, 2, -3]
    value = _run(tf.ragged.range(starts, limits, deltas))
    assert value.to_list() == [np.arange(s, l, d).tolist()
                               for s, l, d in zip(starts, limits, deltas)]
    floats = _run(tf.ragged.range([1., 2.], 4., 0.5)).to_list()
    assert floats == [np.arange(1., 4., .5).tolist(), np.arange(2., 4., .5).tolist()]
    with pytest.raises(tf.errors.InvalidArgumentError, match="delta"):
        _run(tf.ragged.range([1], [3], [0]))


def test_segment_ids_round_trip():
    ids = tf.ragged.row_splits_to_segment_ids([0, 2, 2, 5])
    splits = tf.ragged.segment_ids_to_row_splits(ids, num_segments=4)
    assert _run(ids).tolist() == [0, 0, 2, 2, 2]
    assert _run(splits).tolist() == [0, 2, 2, 5, 5]


def test_boolean_mask_and_stack_dynamic_partitions():
    rt = tf.ragged.constant([[1, 2], [], [3, 4, 5]])
    assert _run(tf.ragged.boolean_mask(rt, rt > 1)).to_list() == [[2], [], [3, 4, 5]]
    assert _run(tf.ragged.boolean_mask(rt, [False, True, True])).to_list() == [[], [3, 4, 5]]
    parts = tf.ragged.stack_dynamic_partitions([10, 20, 30, 40], [1, 0, 1, 3], 4)
    assert parts.shape.as_list() == [4, None]
    assert _run(parts).to_list() == [[20], [10, 30], [], [40]]


def test_concat_and_stack():
    a = tf.ragged.constant([[1, 2], [], [3]])
    b = tf.ragged.constant([[4], [5, 6], []])
    assert _run(tf.concat([a, b], 0)).to_list() == [[1, 2], [], [3], [4], [5, 6], []]
    assert _run(tf.concat([a, b], 1)).to_list() == [[1, 2, 4], [5, 6], [3]]
    assert _run(tf.stack([a, b], 1)).to_list() == [[[1, 2], [4]], [[], [5, 6]], [[3], []]]
    assert _run(tf.ragged.stack([a, b])).to_list() == [[[1, 2], [], [3]], [[4], [5, 6], []]]
    # Dense inputs keep the original functions' behaviour.
    assert _run(tf.concat([[1], [2]], 0)).tolist() == [1, 2]


def test_operators_broadcast_and_mismatch():
    rt = tf.ragged.constant([[1, 2], [], [3, 4, 5]])
    assert _run(rt * tf.constant([[1], [2], [3]])).to_list() == [[1, 2], [], [9, 12, 15]]
    assert _run(10 - rt).to_list() == [[9, 8], [], [7, 6, 5]]
    with pytest.raises(tf.errors.InvalidArgumentError):
        _run(rt + tf.ragged.constant([[1, 2], [3]]))


def test_map_flat_values_and_dispatched_elementwise_ops():
    rt = tf.ragged.constant([[1., 4.], [9.]])
    assert _run(tf.ragged.map_flat_values(tf.sqrt, rt)).to_list() == [[1., 2.], [3.]]
    assert _run(tf.math.sqrt(rt)).to_list() == [[1., 2.], [3.]]
    assert _run(tf.where(rt > 2, rt, -rt)).to_list() == [[-1., 4.], [9.]]
    assert _run(tf.size(rt)) == 3
    assert tf.is_tensor(rt)
    # The wrappers keep the wrapped functions' names and signatures.
    assert tf.add.__name__ == "add" and tf.reduce_sum.__wrapped__ is not None


def test_strings_split_to_ragged():
    rt = tf.strings.split(["a b", "c d e", ""], result_type="RaggedTensor")
    assert rt.shape.as_list() == [3, None]
    assert _run(rt).to_list() == [[b"a", b"b"], [b"c", b"d", b"e"], []]


def test_gradients_flow_through_values():
    x = tf.constant([1., 2., 3., 4.])
    rt = tf.RaggedTensor.from_row_lengths(x * x, [1, 3])
    g1 = tf.gradients(tf.reduce_sum(tf.reduce_sum(rt, axis=1) * [1., 10.]), x)[0]
    g2 = tf.gradients(tf.reduce_sum(rt.to_tensor()), x)[0]
    np.testing.assert_allclose(_run(g1), [2., 40., 60., 80.])
    np.testing.assert_allclose(_run(g2), [2., 4., 6., 8.])


def test_constant_errors_and_inner_shape():
    with pytest.raises(ValueError, match="same nesting depth"):
        tf.ragged.constant([[1, [2]], [3]])
    rt = tf.ragged.constant([[[1, 2]], [[3, 4], [5, 6]]], inner_shape=(2,))
    assert rt.ragged_rank == 1 and rt.shape.as_list() == [2, None, 2]


def test_dense_operands_broadcast_against_rows_and_columns():
    rows = [[1, 2], [], [3, 4, 5]]
    rt = tf.ragged.constant(rows)
    per_row = np.array([[10], [20], [30]], np.int32)
    got = _run(rt + tf.constant(per_row)).to_list()
    assert got == [[v + int(per_row[i, 0]) for v in r] for i, r in enumerate(rows)]
    square = tf.ragged.constant([[1, 2, 3], [4, 5, 6]])
    assert _run(square * tf.constant([[1, 10, 100]])).to_list() == [[1, 20, 300], [4, 50, 600]]
    with pytest.raises(tf.errors.InvalidArgumentError, match="broadcast"):
        _run(rt + tf.constant([1, 2, 3]))


def test_reduce_keepdims_and_gather_rows():
    rt = tf.ragged.constant([[1, 2], [], [3, 4, 5]])
    kept = tf.reduce_sum(rt, axis=1, keepdims=True)
    assert kept.shape.as_list() == [3, 1]
    assert _run(kept).tolist() == [[3], [0], [12]]
    assert _run(tf.gather(rt, [2, 0])).to_list() == [[3, 4, 5], [1, 2]]
    assert _run(tf.gather(rt, 0)).tolist() == [1, 2]
    with pytest.raises(NotImplementedError, match="DynamicRaggedShape"):
        tf.shape(rt)


def test_cross_matches_recorded_tf_values():
    a = tf.ragged.constant([["a", "b"], ["c"]])
    b = tf.ragged.constant([["d"], ["e", "f"]])
    crossed, hashed = _run([tf.ragged.cross([a, b]), tf.ragged.cross_hashed([a, b], 10)])
    assert crossed.to_list() == [[b"a_X_d", b"b_X_d"], [b"c_X_e", b"c_X_f"]]
    assert hashed.to_list() == [[2, 4], [1, 8]]  # recorded from TF 2.21
    with pytest.raises(ValueError, match="dtype"):
        tf.ragged.cross([tf.ragged.constant([[1.]])])


def test_strings_split_of_a_matrix_and_tensor_axes():
    words = [["a b", "c"], ["", "d e f"]]
    rt = tf.strings.split(words, result_type="RaggedTensor")
    assert rt.shape.as_list() == [2, 2, None] and rt.ragged_rank == 2
    expected = [[[w.encode() for w in s.split()] for s in row] for row in words]
    assert _run(rt).to_list() == expected
    nums = tf.ragged.constant([[1, 2], [], [3, 4, 6]])
    assert _run(tf.reduce_sum(nums, axis=tf.constant(1))).tolist() == [3, 0, 13]
    assert _run(tf.reduce_mean(nums)) == pytest.approx(16 / 5)
