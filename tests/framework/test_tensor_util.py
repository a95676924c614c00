"""tensor_util.constant_value_as_shape edge cases (framework/tensor_util.py)."""

import tensorweave.compat.v1 as tf
from tensorweave.framework import tensor_util


def test_constant_value_as_shape_treats_negative_entries_as_unknown():
    shape = tensor_util.constant_value_as_shape(tf.constant([-2, 3, -1]))
    assert shape.as_list() == [None, 3, None]


def test_list_of_nonscalar_arrays_is_refused_like_tf():
    import numpy as np
    import pytest

    with pytest.raises(ValueError, match=r"to be a dense tensor with shape \[2\], but got shape \[2, 2\]"):
        tf.constant([np.array([1.0, 2.0]), np.array([3.0, 4.0])])
    # lists nested through lists and tuples, and arrays of scalars, still convert
    assert tf.constant([[1, 2], np.array([3, 4])]).shape.as_list() == [2, 2]
    assert tf.constant([np.array(1), np.array(2)]).shape.as_list() == [2]


def test_ragged_list_with_dtype_raises_numpy_message():
    import pytest

    with pytest.raises(ValueError, match="^setting an array element with a sequence"):
        tf.constant([[1.0, 2.0], [3.0]], dtype=tf.float32)


def test_tensor_numpy_style_attributes_and_round():
    import copy
    import pytest

    t = tf.constant(2.5)
    with pytest.raises(AttributeError, match="numpy-related methods"):
        t.astype
    with pytest.raises(AttributeError, match="^'SymbolicTensor' object has no attribute 'foo'$"):
        t.foo
    with pytest.raises(AttributeError, match="'astype'"):
        round(t)
    with pytest.raises(TypeError, match="cannot pickle 'SymbolicTensor' object"):
        copy.deepcopy(t)
    assert hash(t) == id(t)
