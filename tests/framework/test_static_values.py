"""Partial shapes read from shape tensors and tf.get_static_value (framework/tensor_util.py)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import tensor_util


def _sx():
    return tf.shape(tf.placeholder(tf.float32, [None, 3, 4]))


@pytest.mark.parametrize("slicer, expected", [
    (lambda s: s[1:], [3, 4]),
    (lambda s: s[:-1], [None, 3]),
    (lambda s: s[::2], [None, 4]),
    (lambda s: s[2:0:-1], [4, 3]),
    (lambda s: s[:0:-1], []),      # TF's Subshape starts a masked begin at 0 even for stride -1
    (lambda s: s[5:], []),
    (lambda s: s[2:1], []),
])
def test_strided_slice_of_shape_reads_like_tf_subshape(slicer, expected):
    assert tf.zeros(slicer(_sx())).shape.as_list() == expected


@pytest.mark.parametrize("slicer", [lambda s: s[::-1], lambda s: s[1::-1], lambda s: s[-5:]])
def test_strided_slice_of_shape_out_of_subshape_bounds_is_value_error(slicer):
    with pytest.raises(ValueError):
        tf.zeros(slicer(_sx()))


def test_reversed_constant_shape_is_value_error_like_tf():
    with pytest.raises(ValueError):
        tf.zeros(tf.constant([2, 3])[::-1])


def test_strided_slice_with_tensor_begin_gives_unknown_rank():
    c = tf.constant([2, 3])
    assert tf.zeros(c[tf.placeholder(tf.int32, []):]).shape.ndims is None


def test_only_single_known_dims_of_partial_shapes_fold():
    sx = _sx()
    assert tf.zeros([sx[1] * 2]).shape.as_list() == [6]
    assert tf.zeros(tf.stack([tf.reduce_prod(sx[1:]), 2])).shape.as_list() == [None, 2]
    assert tf.zeros(sx[1:] * 2).shape.as_list() == [None, None]


def test_get_static_value_folds_only_tf_python_ops():
    c = tf.constant([1, 2, 3])
    a = tf.placeholder(tf.float32, [None, 3])
    assert tf.get_static_value(c[1]) is None
    assert tf.get_static_value(c + 1) is None
    assert tf.get_static_value(tf.shape(a)[1]) is None
    assert tf.get_static_value(tf.reshape(c, [3, 1])) is None
    assert tf.get_static_value(tf.unstack(c)[1]) == 2
    assert tf.get_static_value(tf.stop_gradient(c)).tolist() == [1, 2, 3]
    assert tf.get_static_value(tf.equal(c, 2)).tolist() == [False, True, False]
    assert tf.get_static_value(tf.concat([c, c], 0)).tolist() == [1, 2, 3, 1, 2, 3]
    assert tf.get_static_value(tf.cast(c, tf.float32)).dtype == np.float32
    assert tf.get_static_value(tf.fill([2], 3)).tolist() == [3, 3]
    assert tf.get_static_value(tf.range(3)).tolist() == [0, 1, 2]


def test_get_static_value_partial_pack_and_non_tensors():
    a = tf.placeholder(tf.float32, [None, 3])
    packed = tf.stack([1, tf.shape(a)[0]])
    assert tf.get_static_value(packed) is None
    assert tf.get_static_value(packed, partial=True).tolist() == [1, None]
    assert tf.get_static_value(np.array(3)) == 3
    assert tf.get_static_value([1, 2]) == [1, 2]
    assert tf.get_static_value(tf.Variable([1.0])) is None


def test_internal_constant_value_still_folds_arithmetic():
    assert tensor_util.constant_value(tf.constant(2) * 3) == 6
