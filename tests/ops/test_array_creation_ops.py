"""Array ops, part 3: zeros/ones(_like), fill, range, linspace, tile, broadcast_to, eye."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors, tensor_util


def run(fetches, feed=None):
    with tf.Session() as sess:
        return sess.run(fetches, feed)


# ----------------------------------------------------------------- zeros / ones
def test_small_zeros_is_a_constant_and_large_zeros_a_fill():
    small = tf.zeros([2, 3])
    assert (small.op.type, small.op.name, small.dtype) == ("Const", "zeros", tf.float32)
    big = tf.ones([200, 300], tf.int32)
    assert big.op.type == "Fill" and big.shape.as_list() == [200, 300]
    assert [i.op.name for i in big.op.inputs] == ["ones/shape_as_tensor", "ones/Const"]
    out = run(big)
    assert out.dtype == np.int32 and out.shape == (200, 300) and (out == 1).all()


def test_zeros_with_tensor_shape_and_list_with_tensors():
    s = tf.placeholder(tf.int32, [])
    z = tf.zeros([s, 3])
    assert z.op.type == "Fill" and z.shape.as_list() == [None, 3]
    assert run(z, {s: 2}).shape == (2, 3)
    z2 = tf.zeros(tf.constant([2, 3]), tf.int64)
    assert run(z2).dtype == np.int64
    assert run(tf.zeros(tf.constant(3))).shape == (3,)


@pytest.mark.parametrize("dtype,zero,one", [(tf.bool, False, True), (tf.string, b"", None),
                                            (tf.float64, 0.0, 1.0), (tf.int8, 0, 1)])
def test_zeros_and_ones_of_each_dtype(dtype, zero, one):
    z = run(tf.zeros([2], dtype))
    assert z.tolist() == [zero, zero]
    if one is not None:
        o = run(tf.ones([2], dtype))
        assert o.tolist() == [one, one] and o.dtype == dtype.as_numpy_dtype


def test_zeros_like_and_ones_like_keep_shape_and_dtype():
    c = tf.constant([[1, 2]])
    z = tf.zeros_like(c)
    assert (z.op.type, z.dtype, z.shape.as_list()) == ("Const", tf.int32, [1, 2])
    o = tf.ones_like(tf.constant([1.5, 2.5]))
    assert o.op.type == "Fill" and o.dtype == tf.float32
    assert run([z, o])[1].tolist() == [1.0, 1.0]
    p = tf.placeholder(tf.float32, [None, 2])
    zp = tf.zeros_like(p)
    assert zp.op.type == "ZerosLike" and zp.shape.as_list() == [None, 2]
    op_ = tf.ones_like(p, dtype=tf.int64)
    assert op_.shape.as_list() == [None, 2]
    out = run([zp, op_], {p: np.ones((3, 2), np.float32)})
    assert out[0].shape == (3, 2) and out[1].dtype == np.int64 and (out[1] == 1).all()


def test_zeros_like_with_other_dtype_on_unknown_shape_is_a_fill():
    p = tf.placeholder(tf.float32)
    z = tf.zeros_like(p, dtype=tf.int32)
    assert z.op.type == "Fill" and z.dtype == tf.int32
    assert run(z, {p: np.ones((2, 2))}).tolist() == [[0, 0], [0, 0]]


# ------------------------------------------------------------------------ fill
def test_fill_matches_numpy_full_and_static_shape():
    t = tf.fill([2, 3], 7)
    assert t.shape.as_list() == [2, 3] and t.dtype == tf.int32
    assert run(t).tolist() == [[7] * 3] * 2
    assert run(tf.fill([2], "ab")).tolist() == [b"ab", b"ab"]


def test_fill_errors():
    with pytest.raises(ValueError, match="rank 0"):
        tf.fill([2, 3], [1, 2])
    with pytest.raises(ValueError, match=">= 0"):
        tf.fill([-1, 3], 1)
    d = tf.placeholder(tf.int32, [2])
    with pytest.raises(errors.InvalidArgumentError, match="must be nonnegative"):
        run(tf.fill(d, 1.0), {d: [-1, 2]})


# ----------------------------------------------------------------------- range
def test_range_dtype_inference_and_names():
    r = tf.range(5)
    assert (r.op.name, r.dtype, r.shape.as_list()) == ("range", tf.int32, [5])
    assert [i.op.name for i in r.op.inputs] == ["range/start", "range/limit", "range/delta"]
    f = tf.range(1, 5.0)
    assert f.dtype == tf.float32 and [i.op.type for i in f.op.inputs] == ["Cast", "Const", "Cast"]
    assert tf.range(tf.constant(3, tf.int64)).dtype == tf.int64
    assert tf.range(0, 1, 0.25, dtype=tf.float64).dtype == tf.float64


def test_range_values_match_tf():
    out = run([tf.range(1, 10, 4), tf.range(5, 1, -2), tf.range(0.0, 1.0, 0.5), tf.range(0.0, 3.0, 0.1)])
    assert out[0].tolist() == [1, 5, 9] and out[1].tolist() == [5, 3]
    assert out[2].tolist() == [0.0, 0.5] and out[2].dtype == np.float32
    # 30 elements: TF's size is ceil(|limit - start| / |delta|) in float arithmetic.
    assert out[3].shape == (30,)
    np.testing.assert_allclose(out[3], np.arange(30) * np.float32(0.1), rtol=1e-6)


def test_range_errors():
    with pytest.raises(ValueError, match="Requires start <= limit when delta > 0"):
        tf.range(5, 1, 1)
    with pytest.raises(ValueError, match="delta != 0"):
        tf.range(5, 1, 0)
    d = tf.placeholder(tf.int32, [])
    with pytest.raises(errors.InvalidArgumentError, match="delta != 0"):
        run(tf.range(0, 5, d), {d: 0})


def test_range_constant_value_helps_static_shapes():
    assert tensor_util.constant_value(tf.range(3)).tolist() == [0, 1, 2]


# --------------------------------------------------------------------- linspace
def test_linspace_values_and_exact_endpoint():
    t = tf.linspace(1.0, 2.0, 5)
    assert t.shape.as_list() == [5] and t.dtype == tf.float32
    assert run(t).tolist() == [1.0, 1.25, 1.5, 1.75, 2.0]
    v = run(tf.linspace(0.0, 1.0, 7))
    assert v[-1] == 1.0
    np.testing.assert_allclose(v, np.linspace(0, 1, 7), rtol=1e-6)
    assert run(tf.linspace(3.0, 1.0, 1)).tolist() == [3.0]


# ------------------------------------------------------------------------ tile
def test_tile_matches_numpy():
    y = np.array([[10, 20, 30]])
    t = tf.tile(tf.constant(y), [2, 2])
    assert t.shape.as_list() == [2, 6] and t.op.inputs[1].op.name == "Tile/multiples"
    np.testing.assert_array_equal(run(t), np.tile(y, [2, 2]))
    assert run(tf.tile([[1, 2]], [0, 2])).shape == (0, 4)


def test_tile_wrong_multiples_length():
    with pytest.raises(ValueError, match="rank"):
        tf.tile(tf.zeros([2, 3]), [1, 2, 3])
    m = tf.placeholder(tf.int32, [None])
    with pytest.raises(errors.InvalidArgumentError, match="multiples"):
        run(tf.tile(tf.zeros([2, 3]), m), {m: [1]})


# ------------------------------------------------------------------- broadcast_to
def test_broadcast_to_matches_numpy():
    t = tf.broadcast_to([1, 2, 3], [2, 3])
    assert t.shape.as_list() == [2, 3]
    assert run(t).tolist() == [[1, 2, 3], [1, 2, 3]]


def test_broadcast_to_incompatible_shapes():
    with pytest.raises(ValueError, match="Dimensions must be equal"):
        tf.broadcast_to([1, 2, 3], [2, 2])
    s = tf.placeholder(tf.int32, [2])
    with pytest.raises(errors.InvalidArgumentError, match="Incompatible shapes"):
        run(tf.broadcast_to([1, 2, 3], s), {s: [2, 2]})


def test_broadcast_dynamic_shape():
    assert run(tf.broadcast_dynamic_shape([2, 1, 3], [4, 1])).tolist() == [2, 4, 3]


# ------------------------------------------------------------------------- eye
def test_eye_variants_match_numpy():
    out = run([tf.eye(2, 3, dtype=tf.int32), tf.eye(2, batch_shape=[3]), tf.eye(tf.constant(3))])
    np.testing.assert_array_equal(out[0], np.eye(2, 3, dtype=np.int32))
    assert out[1].shape == (3, 2, 2) and (out[1] == np.eye(2)).all()
    np.testing.assert_array_equal(out[2], np.eye(3, dtype=np.float32))
    assert out[2].dtype == np.float32
