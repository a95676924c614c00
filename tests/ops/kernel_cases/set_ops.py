"""Kernel cases for the tf.sets ops (tensorweave/ops/set_ops.py); the expected results were
recorded from TensorFlow 2.21. tests/ops/test_sets_ops.py covers the wrappers and errors."""

import numpy as np

from kernel_cases._common import I32, I64, Case

_A = np.array([[[1, 2], [3, 0]], [[4, 5], [6, 6]]], I32)
_B = np.array([[[1, 3], [3, 7]], [[5, 5], [0, 0]]], I32)
_SP_IDX = np.array([[0, 0, 0], [0, 0, 1], [1, 1, 0], [1, 1, 1]], I64)
_SP_VAL = np.array([2, 9, 6, 1], I32)
_SP_SHAPE = np.array([2, 2, 2], I64)


def _union_dd(a, b):
    return [np.array([[0, 0, 0], [0, 0, 1], [0, 0, 2], [0, 1, 0], [0, 1, 1], [0, 1, 2],
                      [1, 0, 0], [1, 0, 1], [1, 1, 0], [1, 1, 1]], I64),
            np.array([1, 2, 3, 0, 3, 7, 4, 5, 0, 6], I32), np.array([2, 2, 3], I64)]


def _intersection_ds(a, i, v, s):
    return [np.array([[0, 0, 0], [1, 1, 0]], I64), np.array([2, 6], I32),
            np.array([2, 2, 1], I64)]


def _union_ss(i1, v1, s1, i2, v2, s2):
    return [np.array([[0, 0, 0], [0, 0, 1], [1, 1, 0], [1, 1, 1]], I64),
            np.array([2, 9, 1, 6], I32), np.array([2, 2, 2], I64)]


_STR1 = np.array([[b"b", b"a", b"a"], [b"c", b"", b"d"]], dtype=object)
_STR2 = np.array([[b"a", b"c"], [b"x", b"d"]], dtype=object)


def _union_strings(a, b):
    return [np.array([[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2], [1, 3]], I64),
            np.array([b"a", b"b", b"c", b"", b"c", b"d", b"x"], dtype=object),
            np.array([2, 4], I64)]


CASES = {
    "DenseToDenseSetOperation": [
        Case([_A, _B], _union_dd, {"set_operation": "union"}, name="union"),
        Case([_STR1, _STR2], _union_strings, {"set_operation": "union"}, name="strings"),
        Case([np.array([[1, 2], [3, 4]], I32), np.array([[5], [6]], I32)],
             lambda a, b: [np.zeros((0, 2), I64), np.zeros(0, I32), np.array([2, 0], I64)],
             {"set_operation": "intersection"}, name="empty"),
    ],
    "DenseToSparseSetOperation": [
        Case([_A, _SP_IDX, _SP_VAL, _SP_SHAPE], _intersection_ds,
             {"set_operation": "intersection"}, name="intersection"),
    ],
    "SparseToSparseSetOperation": [
        Case([_SP_IDX, _SP_VAL, _SP_SHAPE, _SP_IDX, _SP_VAL, _SP_SHAPE], _union_ss,
             {"set_operation": "union"}, name="union"),
    ],
    "SetSize": [
        Case([_SP_IDX, _SP_VAL, _SP_SHAPE], lambda i, v, s: np.array([[2, 0], [0, 2]], I32),
             name="groups"),
    ],
}
