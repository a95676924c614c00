"""Array ops, part 4: split, pad, unique, one_hot, sequence_mask, meshgrid."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors


def run(fetches, feed=None):
    with tf.Session() as sess:
        return sess.run(fetches, feed)


X = np.arange(24, dtype=np.float32).reshape(2, 3, 4)


# ----------------------------------------------------------------------- split
def test_split_into_equal_parts_names_split_dim_after_the_op():
    parts = tf.split(tf.constant([1, 2, 3, 4]), 2, name="sp")
    assert [p.name for p in parts] == ["sp:0", "sp:1"]
    assert parts[0].op.type == "Split" and parts[0].op.inputs[0].op.name == "sp/split_dim"
    assert [v.tolist() for v in run(parts)] == [[1, 2], [3, 4]]


def test_split_by_sizes_with_minus_one_matches_numpy():
    parts = tf.split(tf.constant(X), [1, -1], axis=2)
    assert parts[0].op.type == "SplitV"
    assert [p.shape.as_list() for p in parts] == [[2, 3, 1], [2, 3, 3]]
    out = run(parts)
    np.testing.assert_array_equal(out[0], X[..., :1])
    np.testing.assert_array_equal(out[1], X[..., 1:])


def test_split_errors():
    with pytest.raises(ValueError, match="evenly divisible"):
        tf.split(tf.constant(X), 2, axis=1)
    with pytest.raises(ValueError, match="can't split axis of size 3"):
        tf.split(tf.constant(X), [1, 1], axis=1)
    with pytest.raises(ValueError, match="only have one -1"):
        tf.split(tf.constant(X), [-1, -1, 2], axis=2)
    p = tf.placeholder(tf.float32, [None])
    with pytest.raises(errors.InvalidArgumentError, match="evenly divide"):
        run(tf.split(p, 2), {p: np.zeros(3)})


def test_split_with_size_tensor_needs_num():
    sizes = tf.placeholder(tf.int32, [None])
    with pytest.raises(ValueError, match="Cannot infer argument `num`"):
        tf.split(tf.constant(X), sizes, axis=2)
    parts = tf.split(tf.constant(X), sizes, num=2, axis=2)
    out = run(parts, {sizes: [3, 1]})
    assert out[0].shape == (2, 3, 3) and out[1].shape == (2, 3, 1)


# ------------------------------------------------------------------------- pad
@pytest.mark.parametrize("mode", ["CONSTANT", "REFLECT", "SYMMETRIC", "reflect"])
def test_pad_modes_match_numpy(mode):
    x = np.arange(6, dtype=np.int32).reshape(2, 3)
    pads = [[1, 1], [2, 1]]
    t = tf.pad(tf.constant(x), pads, mode=mode)
    np_mode = {"CONSTANT": "constant", "REFLECT": "reflect", "SYMMETRIC": "symmetric"}[mode.upper()]
    ref = np.pad(x, pads, mode=np_mode)
    assert t.shape.as_list() == list(ref.shape)
    assert t.op.type == ("Pad" if mode == "CONSTANT" else "MirrorPad")
    np.testing.assert_array_equal(run(t), ref)


def test_pad_constant_values_uses_padv2():
    t = tf.pad(tf.constant([[10, 20, 30]]), [[0, 0], [1, 1]], constant_values=-1)
    assert t.op.type == "PadV2" and [i.op.name for i in t.op.inputs[1:]] == [
        "PadV2/paddings", "PadV2/constant_values"]
    assert run(t).tolist() == [[-1, 10, 20, 30, -1]]


def test_pad_errors():
    x = tf.constant([[1, 2], [3, 4]])
    with pytest.raises(ValueError, match="non-negative"):
        tf.pad(x, [[-1, 0], [0, 0]])
    with pytest.raises(ValueError, match="mode"):
        tf.pad(x, [[1, 0], [0, 0]], "FOO")
    # as TF's MirrorPad kernel: REFLECT pads stay below the size, SYMMETRIC ones up to it
    with pytest.raises(errors.InvalidArgumentError,
                       match="paddings must be less than the dimension size: 2, 0 not less than 2"):
        run(tf.pad(x, [[2, 0], [0, 0]], "REFLECT"))
    with pytest.raises(errors.InvalidArgumentError,
                       match="no greater than the dimension size: 3, 0 greater than 2"):
        run(tf.pad(x, [[3, 0], [0, 0]], "SYMMETRIC"))


def test_pad_with_unknown_dims_keeps_padded_known_dims():
    p = tf.placeholder(tf.float32, [None, 3])
    assert tf.pad(p, [[1, 1], [2, 0]]).shape.as_list() == [None, 5]


# ---------------------------------------------------------------------- unique
def test_unique_keeps_first_occurrence_order():
    y, idx = tf.unique([4, 1, 4, 2, 1, 7])
    assert y.shape.as_list() == [None] and idx.shape.as_list() == [6] and idx.dtype == tf.int32
    vy, vidx = run([y, idx])
    assert vy.tolist() == [4, 1, 2, 7] and vidx.tolist() == [0, 1, 0, 2, 1, 3]


def test_unique_variants():
    res = tf.unique(tf.constant([3.0, 1.0, 3.0]), out_idx=tf.int64)
    assert res.idx.dtype == tf.int64 and res.y.dtype == tf.float32
    assert run(res.idx).tolist() == [0, 1, 0]
    assert run(tf.unique(["b", "a", "b"]).y).tolist() == [b"b", b"a"]
    y, idx, count = run(list(tf.unique_with_counts([4, 1, 4, 2, 1, 7])))
    assert count.tolist() == [2, 2, 1, 1]
    with pytest.raises(ValueError, match="rank 1"):
        tf.unique([[1]])


# --------------------------------------------------------------------- one_hot
def test_one_hot_defaults_and_negative_index_gives_all_off_row():
    t = tf.one_hot([0, 2, -1], 3)
    assert t.dtype == tf.float32 and t.shape.as_list() == [3, 3]
    assert run(t).tolist() == [[1, 0, 0], [0, 0, 1], [0, 0, 0]]


def test_one_hot_values_axis_and_dtype():
    t = tf.one_hot([1, 0], 2, on_value=5, off_value=-5)
    assert t.dtype == tf.int32 and run(t).tolist() == [[-5, 5], [5, -5]]
    idx = np.array([[0, 2], [1, 5]])
    t0 = tf.one_hot(idx, 3, axis=0)
    assert t0.shape.as_list() == [3, 2, 2]
    ref = (idx[None] == np.arange(3)[:, None, None]).astype(np.float32)
    np.testing.assert_array_equal(run(t0), ref)
    t1 = tf.one_hot(idx, 3, axis=1, dtype=tf.int64)
    assert t1.dtype == tf.int64 and run(t1).shape == (2, 3, 2)


def test_one_hot_dtype_mismatch_is_type_error():
    with pytest.raises(TypeError):
        tf.one_hot([0], 3, on_value=1.0, dtype=tf.int32)
    with pytest.raises(TypeError):
        tf.one_hot([0], 3, on_value=1.0, off_value=0)


# --------------------------------------------------------------- sequence_mask
def test_sequence_mask_with_and_without_maxlen():
    m = tf.sequence_mask([1, 3], 4)
    assert m.dtype == tf.bool and m.shape.as_list() == [2, 4] and m.op.name == "SequenceMask/Less"
    assert run(m).tolist() == [[True, False, False, False], [True, True, True, False]]
    m2 = tf.sequence_mask(tf.constant([2, 0, 1], tf.int64))
    assert run(m2).tolist() == [[True, True], [False, False], [True, False]]
    m3 = tf.sequence_mask([[1, 3], [0, 2]], 3, dtype=tf.float32)
    assert m3.dtype == tf.float32 and run(m3).shape == (2, 2, 3)


# -------------------------------------------------------------------- meshgrid
@pytest.mark.parametrize("indexing", ["xy", "ij"])
def test_meshgrid_matches_numpy(indexing):
    a, b, c = np.array([1., 2.]), np.array([3., 4., 5.]), np.array([6., 7.])
    outs = tf.meshgrid(a, b, c, indexing=indexing)
    refs = np.meshgrid(a, b, c, indexing=indexing)
    assert [o.shape.as_list() for o in outs] == [list(r.shape) for r in refs]
    for o, r in zip(run(outs), refs):
        np.testing.assert_array_equal(o, r)


def test_meshgrid_bad_indexing():
    with pytest.raises(ValueError):
        tf.meshgrid([1], [2], indexing="zz")


# -------------------------------------------- ensure_shape, setdiff1d, invert_permutation
def test_ensure_shape_merges_static_shape_and_checks_at_run_time():
    p = tf.placeholder(tf.int32)
    e = tf.ensure_shape(p, [None, 2])
    assert e.shape.as_list() == [None, 2]
    assert run(e, {p: [[1, 2]]}).tolist() == [[1, 2]]
    with pytest.raises(errors.InvalidArgumentError, match="is not compatible with expected shape"):
        run(e, {p: [1, 2, 3]})
    with pytest.raises(ValueError):
        tf.ensure_shape(tf.zeros([3, 4]), [2, 4])


def test_setdiff1d_and_invert_permutation():
    r = tf.setdiff1d([1, 2, 3, 4, 5], [2, 4])
    assert r.out.op.type == "ListDiff"
    out, idx = run(list(r))
    assert out.tolist() == [1, 3, 5] and idx.tolist() == [0, 2, 4]
    assert run(tf.invert_permutation([2, 0, 1])).tolist() == [1, 2, 0]
    with pytest.raises(errors.InvalidArgumentError):
        run(tf.invert_permutation([0, 0, 1]))


def test_string_pad_fills_with_plain_bytes():
    padded = run(tf.pad(tf.constant([["a", "b"]]), [[0, 1], [2, 0]], constant_values="z"))
    assert padded.tolist() == [[b"z", b"z", b"a", b"b"], [b"z", b"z", b"z", b"z"]]
    default = run(tf.pad(tf.constant(["a"]), [[1, 1]]))
    assert default.tolist() == [b"", b"a", b""]
    assert all(type(v) is bytes for v in list(padded.ravel()) + list(default.ravel()))
