"""tensor_util.constant_value_as_shape edge cases (framework/tensor_util.py)."""

import tensorweave.compat.v1 as tf
from tensorweave.framework import tensor_util


def test_constant_value_as_shape_treats_negative_entries_as_unknown():
    shape = tensor_util.constant_value_as_shape(tf.constant([-2, 3, -1]))
    assert shape.as_list() == [None, 3, None]
