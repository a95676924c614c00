"""Static broadcasting of partially known shapes (framework/common_shapes.py)."""

import pytest

from tensorweave.framework.common_shapes import broadcast_shape
from tensorweave.framework.tensor_shape import TensorShape


@pytest.mark.parametrize("a, b, expected", [
    ([0, 3], [None, 3], [None, 3]),      # unknown vs 0 stays unknown: it may be 1 at run time
    ([None, 1], [0, 3], [None, 3]),
    ([None, 3], [1, 3], [None, 3]),
    ([None], [4], [4]),
    ([0], [1], [0]),
    ([0], [0], [0]),
    ([None], [None], [None]),
])
def test_broadcast_shape_with_unknown_dims(a, b, expected):
    assert broadcast_shape(TensorShape(a), TensorShape(b)).as_list() == expected
    assert broadcast_shape(TensorShape(b), TensorShape(a)).as_list() == expected


def test_broadcast_shape_rejects_unequal_known_dims():
    with pytest.raises(ValueError):
        broadcast_shape(TensorShape([2, 3]), TensorShape([4, 3]))
