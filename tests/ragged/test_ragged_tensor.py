"""RaggedTensor factories, accessors and conversions, checked against Python-list references."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def _run(x, feed=None):
    with tf.Session() as s:
        return s.run(x, feed)


def _random_rows(seed, nrows=6, maxlen=5):
    rng = np.random.RandomState(seed)
    return [rng.randint(-9, 10, size=rng.randint(0, maxlen)).tolist() for _ in range(nrows)]


def test_factories_build_the_same_rows():
    rows = [[1, 2], [], [3, 4, 5]]
    flat = [1, 2, 3, 4, 5]
    rts = [tf.RaggedTensor.from_row_splits(flat, [0, 2, 2, 5]),
           tf.RaggedTensor.from_row_lengths(flat, [2, 0, 3]),
           tf.RaggedTensor.from_value_rowids(flat, [0, 0, 2, 2, 2]),
           tf.RaggedTensor.from_row_starts(flat, [0, 2, 2]),
           tf.RaggedTensor.from_row_limits(flat, [2, 2, 5]),
           tf.ragged.constant(rows)]
    for value in _run(rts):
        assert value.to_list() == rows
    assert all(rt.shape.as_list() == [3, None] for rt in rts)
    assert all(rt.row_splits.dtype == tf.int64 for rt in rts)


def test_from_value_rowids_nrows_pads_empty_rows_and_checks_statically():
    rt = tf.RaggedTensor.from_value_rowids([1, 2, 3], [0, 0, 1], nrows=4)
    assert rt.shape.as_list() == [4, None]
    assert _run(rt).to_list() == [[1, 2], [3], [], []]
    with pytest.raises(ValueError, match="nrows"):
        tf.RaggedTensor.from_value_rowids([1, 2, 3], [0, 0, 2], nrows=2)


@pytest.mark.parametrize("splits", [[0, 2, 4], [1, 2, 3], [0, 2, 1, 3]])
def test_invalid_row_splits_fail_at_run_time(splits):
    ph = tf.placeholder(tf.int64, [None])
    rt = tf.RaggedTensor.from_row_splits([1, 2, 3], ph)
    with pytest.raises(tf.errors.InvalidArgumentError, match="from_row_splits"):
        _run(rt, {ph: splits})


def test_validate_false_builds_no_checks():
    ph = tf.placeholder(tf.int64, [None])
    rt = tf.RaggedTensor.from_row_splits(tf.constant([1, 2, 3]), ph, validate=False)
    assert rt.row_splits is ph


def test_build_time_argument_errors():
    with pytest.raises(ValueError, match="rank 1"):
        tf.RaggedTensor.from_row_splits([1, 2], [[0, 2]])
    with pytest.raises(ValueError, match="int32 or int64"):
        tf.RaggedTensor.from_row_splits([1, 2], [0., 2.])
    with pytest.raises(ValueError, match="private"):
        tf.RaggedTensor(tf.constant([1]), tf.constant([0, 1], tf.int64))
    with pytest.raises(ValueError, match="eager"):
        tf.ragged.constant([[1]]).to_list()
    with pytest.raises(ValueError, match="not both"):
        tf.RaggedTensor.from_tensor([[1, 0]], lengths=[1], padding=0)


def test_nested_factories_and_accessors():
    rt = tf.RaggedTensor.from_nested_row_lengths([1, 2, 3, 4, 5], [[2, 1], [1, 2, 2]])
    assert rt.ragged_rank == 2 and rt.shape.as_list() == [2, None, None]
    value, flat, lengths, bbox = _run([rt, rt.flat_values, rt.nested_row_lengths(),
                                       rt.bounding_shape()])
    assert value.to_list() == [[[1], [2, 3]], [[4, 5]]]
    assert flat.tolist() == [1, 2, 3, 4, 5]
    assert [x.tolist() for x in lengths] == [[2, 1], [1, 2, 2]]
    assert bbox.tolist() == [2, 2, 2]


@pytest.mark.parametrize("seed", range(4))
def test_to_tensor_matches_padded_lists(seed):
    rows = _random_rows(seed)
    width = max([len(r) for r in rows] + [0])
    expected = [r + [-1] * (width - len(r)) for r in rows]
    rt = tf.ragged.constant(rows, dtype=tf.int32)
    dense = _run(rt.to_tensor(-1))
    assert dense.tolist() == expected
    cropped = _run(rt.to_tensor(0, shape=[3, 2]))
    assert cropped.tolist() == [(r + [0, 0])[:2] for r in rows[:3]]


def test_to_tensor_shape_pads_rows_and_columns():
    rt = tf.ragged.constant([[1, 2], [], [3, 4, 5]])
    assert _run(rt.to_tensor(shape=[4, 4])).tolist() == [[1, 2, 0, 0], [0, 0, 0, 0],
                                                         [3, 4, 5, 0], [0, 0, 0, 0]]


def test_from_tensor_padding_and_lengths_against_numpy():
    t = np.array([[1, 2, 0], [3, 0, 4], [0, 0, 0]], np.int32)
    by_pad = _run(tf.RaggedTensor.from_tensor(t, padding=0)).to_list()
    # Trailing padding is dropped, padding inside a row is kept.
    assert by_pad == [[1, 2], [3, 0, 4], []]
    by_len = _run(tf.RaggedTensor.from_tensor(t, lengths=[3, 1, 0])).to_list()
    assert by_len == [t[0, :3].tolist(), t[1, :1].tolist(), []]
    rr2 = tf.RaggedTensor.from_tensor(np.arange(24).reshape(2, 3, 4), ragged_rank=2)
    assert rr2.shape.as_list() == [2, 3, 4]
    assert _run(rr2).to_list() == np.arange(24).reshape(2, 3, 4).tolist()


def test_sparse_round_trip():
    rows = [[1, 2], [], [3, 4, 5]]
    sp = _run(tf.ragged.constant(rows).to_sparse())
    assert sp.indices.tolist() == [[0, 0], [0, 1], [2, 0], [2, 1], [2, 2]]
    assert sp.dense_shape.tolist() == [3, 3]
    st = tf.SparseTensor([[0, 0], [0, 1], [2, 0]], [1, 2, 3], [4, 3])
    assert _run(tf.RaggedTensor.from_sparse(st)).to_list() == [[1, 2], [], [3], []]
    gap = tf.SparseTensor([[0, 1]], [1], [1, 3])
    with pytest.raises(tf.errors.InvalidArgumentError):
        _run(tf.RaggedTensor.from_sparse(gap))


def test_merge_dims():
    m = tf.ragged.constant([[[1, 2], [3]], [[4, 5, 6]]])
    assert _run(m.merge_dims(1, 2)).to_list() == [[1, 2, 3], [4, 5, 6]]
    assert _run(m.merge_dims(0, 1)).to_list() == [[1, 2], [3], [4, 5, 6]]
    assert _run(m.merge_dims(0, 2)).tolist() == [1, 2, 3, 4, 5, 6]
    u = tf.ragged.constant([[[1, 2]], [[3, 4], [5, 6]]], ragged_rank=1)
    assert _run(u.merge_dims(1, 2)).to_list() == [[1, 2], [3, 4, 5, 6]]


@pytest.mark.parametrize("seed", range(3))
def test_getitem_matches_python_slicing(seed):
    rows = _random_rows(seed, nrows=5)
    rt = tf.ragged.constant(rows, dtype=tf.int32)
    row_keys = [slice(1, 3), slice(None, -1), slice(-2, None), slice(None, None, 2), slice(4, 9)]
    col_keys = [slice(None, 2), slice(1, None), slice(-2, None), slice(1, -1), slice(-9, 9)]
    outs = [rt[k] for k in row_keys] + [rt[:, k] for k in col_keys] + [rt[i] for i in (0, -1)]
    values = _run(outs)
    expected = [rows[k] for k in row_keys] + [[r[k] for r in rows] for k in col_keys]
    expected += [rows[0], rows[-1]]
    got = [v.to_list() if hasattr(v, "to_list") else v.tolist() for v in values]
    assert got == expected
    with pytest.raises(ValueError, match="inner ragged"):
        rt[:, 1]


def test_row_accessors_dtypes_and_values():
    rt = tf.ragged.constant([[1, 2], [], [3, 4, 5]], row_splits_dtype=tf.int32)
    parts = [rt.row_lengths(), rt.row_starts(), rt.row_limits(), rt.value_rowids(), rt.nrows()]
    assert {p.dtype for p in parts} == {tf.int32}
    assert [np.asarray(v).tolist() for v in _run(parts)] == [[2, 0, 3], [0, 2, 2], [2, 2, 5],
                                                            [0, 0, 2, 2, 2], 3]


def test_spec_and_type_spec():
    rt = tf.ragged.constant([[1, 2], [3]])
    spec = tf.RaggedTensorSpec.from_value(rt)
    assert repr(spec) == "RaggedTensorSpec(TensorShape([2, None]), tf.int32, 1, tf.int64)"
    assert spec == tf.RaggedTensorSpec([2, None], tf.int32, 1)
    with pytest.raises(ValueError):
        tf.RaggedTensorSpec([None, None], tf.float32, 2)
